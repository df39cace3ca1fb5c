<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
  <context>
    <name>AggregatePreview</name>
    <message>
      <location filename="../ui/stats/preview.py" line="56" />
      <source>Year</source>
      <translation>Anno</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="58" />
      <source>Quarter</source>
      <translation>Trimestre</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="60" />
      <source>Quarter %1</source>
      <translation>Trimestre %1</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="61" />
      <source>Whole year</source>
      <translation>Anno intero</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="63" />
      <source>&amp;Year</source>
      <translation>&amp;Anno</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="63" />
      <source>&amp;Quarter</source>
      <translation>&amp;Trimestre</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="66" />
      <source>&amp;Preview</source>
      <translation>&amp;Anteprima</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="67" />
      <source>Preview the report</source>
      <translation>Anteprima del resoconto</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="69" />
      <source>&amp;Send to the cabina di regia</source>
      <translation>&amp;Invia alla cabina di regia</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="70" />
      <source>Send the report to the cabina di regia</source>
      <translation>Invia il resoconto alla cabina di regia</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="75" />
      <source>These are exactly the cells that will leave the centre. “&lt;5”: a count from 1 to 4; “—”: hidden so that a small count cannot be worked out. No names, no codes, no dates of a woman.</source>
      <translation>Queste sono esattamente le celle che lasceranno il centro. “&lt;5”: un numero da 1 a 4; “—”: nascosto perché un numero piccolo non si possa ricavare. Nessun nome, nessun codice, nessuna data riferita a una donna.</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="82" />
      <source>Cells that will be sent</source>
      <translation>Celle che verranno inviate</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="132" />
      <source>Table</source>
      <translation>Tabella</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="132" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="132" />
      <source>Column</source>
      <translation>Colonna</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="132" />
      <source>Value sent</source>
      <translation>Valore inviato</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="143" />
      <source>Not sent: too few to be anonymous</source>
      <translation>Non inviato: troppo pochi per restare anonimi</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="146" />
      <source>%1 cells, %2 of them hidden. Network: %3.</source>
      <translation>%1 celle, di cui %2 nascoste. Rete: %3.</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="164" />
      <source>Report queued for the cabina di regia; it leaves at the next sync.</source>
      <translation>Resoconto in coda per la cabina di regia; partirà alla prossima sincronizzazione.</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../ui/cases/model.py" line="32" />
      <source>Code</source>
      <translation>Codice</translation>
    </message>
    <message>
      <location filename="../ui/cases/model.py" line="33" />
      <source>Name or alias</source>
      <translation>Nome o pseudonimo</translation>
    </message>
    <message>
      <location filename="../ui/cases/model.py" line="34" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/cases/model.py" line="35" />
      <source>First contact</source>
      <translation>Primo contatto</translation>
    </message>
  </context>
  <context>
    <name>CasesView</name>
    <message>
      <location filename="../ui/cases/view.py" line="25" />
      <source>Search by code, name or note…</source>
      <translation>Cerca per codice, nome o nota…</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="26" />
      <source>Search cases</source>
      <translation>Cerca nei casi</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="30" />
      <source>Cases</source>
      <translation>Casi</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="57" />
      <source>More than %1 cases (showing %2)</source>
      <translation>Più di %1 casi (ne vedi %2)</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="58" />
      <source>%1 cases (showing %2)</source>
      <translation>%1 casi (ne vedi %2)</translation>
    </message>
  </context>
  <context>
    <name>Controller</name>
    <message>
      <location filename="../app.py" line="56" />
      <source>Demo: the passphrase is “%1”.</source>
      <translation>Demo: la passphrase è «%1».</translation>
    </message>
  </context>
  <context>
    <name>ExportButtons</name>
    <message>
      <location filename="../ui/stats/widgets.py" line="198" />
      <source>Export &amp;CSV</source>
      <translation>Esporta &amp;CSV</translation>
    </message>
    <message>
      <location filename="../ui/stats/widgets.py" line="199" />
      <source>Export &amp;Excel</source>
      <translation>Esporta &amp;Excel</translation>
    </message>
    <message>
      <location filename="../ui/stats/widgets.py" line="200" />
      <source>&amp;Print report (PDF)</source>
      <translation>&amp;Stampa resoconto (PDF)</translation>
    </message>
  </context>
  <context>
    <name>FirstRunView</name>
    <message>
      <location filename="../ui/signin/views.py" line="125" />
      <location filename="../ui/signin/views.py" line="134" />
      <source>Username</source>
      <translation>Nome utente</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="126" />
      <location filename="../ui/signin/views.py" line="135" />
      <source>Full name</source>
      <translation>Nome e cognome</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="127" />
      <location filename="../ui/signin/views.py" line="136" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="128" />
      <location filename="../ui/signin/views.py" line="137" />
      <source>Repeat the passphrase</source>
      <translation>Ripeti la passphrase</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="139" />
      <source>Create the vault</source>
      <translation>Crea l'archivio</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="140" />
      <source>Try the demo (synthetic data)</source>
      <translation>Prova la demo (dati fittizi)</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="147" />
      <source>Welcome. Ponte keeps the centre's case records encrypted on this computer. Create the vault and its first administrator account, or try the demo.</source>
      <translation>Benvenuta. Ponte conserva le schede del centro cifrate su questo computer. Crea l'archivio e il primo account di amministrazione, oppure prova la demo.</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="154" />
      <source>Ponte — first start</source>
      <translation>Ponte — primo avvio</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="165" />
      <source>The two passphrases differ.</source>
      <translation>Le due passphrase non coincidono.</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="168" />
      <source>Username and full name are required.</source>
      <translation>Servono nome utente e nome e cognome.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../main_window.py" line="55" />
      <source>Main</source>
      <translation>Principale</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="57" />
      <source>Lock</source>
      <translation>Blocca</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="59" />
      <source>Lock now (Ctrl+L)</source>
      <translation>Blocca subito (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="64" />
      <source>Not connected to a hub</source>
      <translation>Non collegato a un hub</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="65" />
      <source>Sync status</source>
      <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="68" />
      <location filename="../main_window.py" line="83" />
      <source>DEMO — synthetic data</source>
      <translation>DEMO — dati fittizi</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="124" />
      <source>Online · %1 waiting · last sync %2</source>
      <translation>In linea · %1 in attesa · ultima sincronizzazione %2</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="129" />
      <source>Offline · %1 waiting</source>
      <translation>Non in linea · %1 in attesa</translation>
    </message>
  </context>
  <context>
    <name>NetworkDashboardView</name>
    <message>
      <location filename="../ui/stats/network.py" line="64" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="68" />
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="72" />
      <source>Table</source>
      <translation>Tabella</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="74" />
      <source>&amp;Refresh</source>
      <translation>&amp;Aggiorna</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="75" />
      <source>Refresh the received reports</source>
      <translation>Aggiorna i resoconti ricevuti</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="79" />
      <source>&amp;Period</source>
      <translation>&amp;Periodo</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="80" />
      <source>&amp;Area</source>
      <translation>A&amp;rea</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="81" />
      <source>T&amp;able</source>
      <translation>Ta&amp;bella</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="86" />
      <source>No reports received yet.</source>
      <translation>Nessun resoconto ricevuto finora.</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="94" />
      <source>Combined counts</source>
      <translation>Conteggi complessivi</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="96" />
      <source>Chart of the table</source>
      <translation>Grafico della tabella</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="97" />
      <source>New contacts by network</source>
      <translation>Nuovi contatti per rete</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="103" />
      <source>Counts from the centres' reports. “&lt;5”: from 1 to 4; “—”: hidden by a centre so that a small count cannot be worked out; “≥n”: at least n (some centres hid their count).</source>
      <translation>Conteggi dai resoconti dei centri. “&lt;5”: da 1 a 4; “—”: nascosto da un centro perché un numero piccolo non si possa ricavare; “≥n”: almeno n (alcuni centri hanno nascosto il loro numero).</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="163" />
      <source>%1 centre reports from %2 networks.</source>
      <translation>%1 resoconti di centri da %2 reti.</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="183" />
      <source>New contacts and active cases by network</source>
      <translation>Nuovi contatti e casi attivi per rete</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="232" />
      <source>Period: %1 – %2</source>
      <translation>Periodo: %1 – %2</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="236" />
      <source>“&lt;5”: from 1 to 4. “—”: hidden so that a small count cannot be worked out.</source>
      <translation>“&lt;5”: da 1 a 4. “—”: nascosto perché un numero piccolo non si possa ricavare.</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="239" />
      <source>Network statistics</source>
      <translation>Statistiche della rete</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyView</name>
    <message>
      <location filename="../ui/signin/views.py" line="202" />
      <location filename="../ui/signin/views.py" line="217" />
      <source>Recovery key</source>
      <translation>Chiave di recupero</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="205" />
      <source>This is the recovery key. Write it on paper now and keep it locked away: it opens the vault if every passphrase is lost. It will not be shown again.</source>
      <translation>Questa è la chiave di recupero. Scrivila ora su carta e custodiscila sotto chiave: apre l'archivio se tutte le passphrase vanno perse. Non verrà più mostrata.</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="210" />
      <source>I have written the recovery key down</source>
      <translation>Ho scritto la chiave di recupero</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="211" />
      <source>Continue</source>
      <translation>Continua</translation>
    </message>
  </context>
  <context>
    <name>SignInView</name>
    <message>
      <location filename="../ui/signin/views.py" line="68" />
      <location filename="../ui/signin/views.py" line="78" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="71" />
      <location filename="../ui/signin/views.py" line="79" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="75" />
      <location filename="../ui/signin/views.py" line="100" />
      <location filename="../ui/signin/views.py" line="109" />
      <source>Sign in</source>
      <translation>Accedi</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="82" />
      <source>Ponte — sign in</source>
      <translation>Ponte — accesso</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="94" />
      <source>Opening…</source>
      <translation>Apertura in corso…</translation>
    </message>
  </context>
  <context>
    <name>StatsExport</name>
    <message>
      <location filename="../ui/stats/widgets.py" line="49" />
      <source>Export</source>
      <extracomment>Asks where to save an export of this format; None when she cancels.</extracomment>
      <translation>Esporta</translation>
    </message>
  </context>
  <context>
    <name>StatsTableModel</name>
    <message>
      <location filename="../ui/stats/widgets.py" line="110" />
      <source>At least this many: some centres hid their count</source>
      <translation>Almeno questo numero: alcuni centri hanno nascosto il loro</translation>
    </message>
    <message>
      <location filename="../ui/stats/widgets.py" line="113" />
      <source>From 1 to 4: too few to show</source>
      <translation>Da 1 a 4: troppo pochi per mostrarli</translation>
    </message>
    <message>
      <location filename="../ui/stats/widgets.py" line="115" />
      <source>Hidden so that a small count cannot be worked out from the totals</source>
      <translation>Nascosto perché un numero piccolo non si possa ricavare dai totali</translation>
    </message>
  </context>
  <context>
    <name>StatsView</name>
    <message>
      <location filename="../ui/stats/centre.py" line="82" />
      <source>From</source>
      <translation>Dal</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="82" />
      <source>To</source>
      <translation>Al</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="86" />
      <source>&amp;From</source>
      <translation>&amp;Dal</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="86" />
      <source>&amp;To</source>
      <translation>A&amp;l</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="89" />
      <source>&amp;Show</source>
      <translation>&amp;Mostra</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="90" />
      <source>Show the statistics for this period</source>
      <translation>Mostra le statistiche di questo periodo</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="94" />
      <source>Table</source>
      <translation>Tabella</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="96" />
      <source>T&amp;able</source>
      <translation>Ta&amp;bella</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="106" />
      <source>Counts</source>
      <translation>Conteggi</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="108" />
      <source>Chart of the table</source>
      <translation>Grafico della tabella</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="109" />
      <location filename="../ui/stats/centre.py" line="179" />
      <source>New contacts by month</source>
      <translation>Nuovi contatti per mese</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="113" />
      <source>Exports hide every count from 1 to 4 (“&lt;5”) and what would reveal it (“—”).</source>
      <translation>Le esportazioni nascondono ogni numero da 1 a 4 (“&lt;5”) e ciò che permetterebbe di ricavarlo (“—”).</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="164" />
      <source>%1 new contacts, %2 active cases, %3 referrals.</source>
      <translation>%1 nuovi contatti, %2 casi attivi, %3 invii.</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="168" />
      <source>First answer to a referral after %1 days (median of %2).</source>
      <translation>Prima risposta a un invio dopo %1 giorni (mediana su %2).</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="211" />
      <source>Centre statistics</source>
      <translation>Statistiche del centro</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="213" />
      <source>Period: %1 – %2</source>
      <translation>Periodo: %1 – %2</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="217" />
      <source>“&lt;5”: from 1 to 4. “—”: hidden so that a small count cannot be worked out.</source>
      <translation>“&lt;5”: da 1 a 4. “—”: nascosto perché un numero piccolo non si possa ricavare.</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>A vault already exists in this data folder. Nothing was overwritten.</source>
      <translation>In questa cartella esiste già un archivio. Non è stato sovrascritto nulla.</translation>
    </message>
    <message>
      <source>A vault file is damaged or truncated. Nothing was changed: restore from a backup or ask for help.</source>
      <translation>Un file dell'archivio è danneggiato o incompleto. Non è stato modificato nulla: ripristina da una copia di sicurezza o chiedi aiuto.</translation>
    </message>
    <message>
      <source>No vault was found in this data folder. Create one, or choose the right folder.</source>
      <translation>In questa cartella non c'è un archivio. Creane uno o scegli la cartella giusta.</translation>
    </message>
    <message>
      <source>Ponte met an unexpected problem. Nothing was lost; the details are in the log.</source>
      <translation>Ponte ha incontrato un problema imprevisto. Non è andato perso nulla; i dettagli sono nel registro.</translation>
    </message>
    <message>
      <source>Some fields are not valid. Check the highlighted fields.</source>
      <translation>Alcuni campi non sono validi. Controlla i campi evidenziati.</translation>
    </message>
    <message>
      <source>Something went wrong. Nothing was changed; please try again.</source>
      <translation>Qualcosa non ha funzionato. Non è stato modificato nulla; riprova.</translation>
    </message>
    <message>
      <source>That account cannot be used this way.</source>
      <translation>Questo account non si può usare così.</translation>
    </message>
    <message>
      <source>The account or passphrase is not right. Check it and try again.</source>
      <translation>Account o passphrase non corretti. Controlla e riprova.</translation>
    </message>
    <message>
      <source>The audit log has been altered or damaged. Keep this computer as it is and ask for help.</source>
      <translation>Il registro delle attività è stato alterato o danneggiato. Lascia il computer com'è e chiedi aiuto.</translation>
    </message>
    <message>
      <source>The backup could not be read or written. The vault was not changed.</source>
      <translation>Non è stato possibile leggere o scrivere la copia di sicurezza. L'archivio non è stato modificato.</translation>
    </message>
    <message>
      <source>The case vault could not be used.</source>
      <translation>Non è stato possibile usare l'archivio dei casi.</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was lost; free some space and try again.</source>
      <translation>Il disco è pieno. Non è andato perso nulla; libera spazio e riprova.</translation>
    </message>
    <message>
      <source>The hub asked us to slow down. Sending will resume shortly.</source>
      <translation>L'hub ha chiesto di rallentare. L'invio riprenderà a breve.</translation>
    </message>
    <message>
      <source>The hub cannot be reached. Work continues offline; packets are sent when the connection is back.</source>
      <translation>L'hub non è raggiungibile. Si continua a lavorare senza rete; i pacchetti partono quando la connessione torna.</translation>
    </message>
    <message>
      <source>The hub did not accept this workstation's signature. Check the clock and the enrolment.</source>
      <translation>L'hub non ha accettato la firma di questa postazione. Controlla l'orologio e la registrazione.</translation>
    </message>
    <message>
      <source>The hub refused the request.</source>
      <translation>L'hub ha rifiutato la richiesta.</translation>
    </message>
    <message>
      <source>The hub's certificate is not the one this workstation trusts. Nothing was sent; ask the hub administrator.</source>
      <translation>Il certificato dell'hub non è quello di cui questa postazione si fida. Non è stato inviato nulla; rivolgiti all'amministrazione dell'hub.</translation>
    </message>
    <message>
      <source>The network directory could not be verified. Check the provisioning file or ask the hub administrator.</source>
      <translation>Non è stato possibile verificare l'elenco della rete. Controlla il file di configurazione o rivolgiti all'amministrazione dell'hub.</translation>
    </message>
    <message>
      <source>The operation was cancelled.</source>
      <translation>L'operazione è stata annullata.</translation>
    </message>
    <message>
      <source>The packet could not be decrypted with this service's key. It was not opened.</source>
      <translation>Il pacchetto non si decifra con la chiave di questo servizio. Non è stato aperto.</translation>
    </message>
    <message>
      <source>The packet has expired. Ask the sender to send it again.</source>
      <translation>Il pacchetto è scaduto. Chiedi a chi l'ha inviato di rimandarlo.</translation>
    </message>
    <message>
      <source>The packet header is not in canonical form. Ask the sender to update Ponte.</source>
      <translation>L'intestazione del pacchetto non è in forma canonica. Chiedi a chi l'ha inviato di aggiornare Ponte.</translation>
    </message>
    <message>
      <source>The packet is addressed to another service. It was not opened.</source>
      <translation>Il pacchetto è indirizzato a un altro servizio. Non è stato aperto.</translation>
    </message>
    <message>
      <source>The packet is damaged or not a Ponte packet. Ask the sender to send it again.</source>
      <translation>Il pacchetto è danneggiato o non è un pacchetto Ponte. Chiedi a chi l'ha inviato di rimandarlo.</translation>
    </message>
    <message>
      <source>The packet is larger than Ponte allows. Ask the sender to send less.</source>
      <translation>Il pacchetto è più grande di quanto Ponte consenta. Chiedi a chi l'ha inviato di mandare meno dati.</translation>
    </message>
    <message>
      <source>The packet uses a version or cipher suite this Ponte does not know. Update Ponte.</source>
      <translation>Il pacchetto usa una versione o una cifratura che questo Ponte non conosce. Aggiorna Ponte.</translation>
    </message>
    <message>
      <source>The packet was refused: it is damaged or not meant for this service.</source>
      <translation>Il pacchetto è stato rifiutato: è danneggiato o non è destinato a questo servizio.</translation>
    </message>
    <message>
      <source>The packet's sender is not in the network directory. Refresh the directory or ask the hub administrator.</source>
      <translation>Il mittente del pacchetto non è nell'elenco della rete. Aggiorna l'elenco o rivolgiti all'amministrazione dell'hub.</translation>
    </message>
    <message>
      <source>The packet's signature is not valid: it may have been altered. It was not opened.</source>
      <translation>La firma del pacchetto non è valida: potrebbe essere stato alterato. Non è stato aperto.</translation>
    </message>
    <message>
      <source>The provisioning file is not valid, has expired, or was altered. Ask the hub administrator for a new one.</source>
      <translation>Il file di configurazione non è valido, è scaduto o è stato alterato. Chiedine uno nuovo all'amministrazione dell'hub.</translation>
    </message>
    <message>
      <source>The record was not found. It may have been erased or purged.</source>
      <translation>La scheda non è stata trovata. Potrebbe essere stata cancellata o eliminata per scadenza.</translation>
    </message>
    <message>
      <source>The recovery key or shares are not right. Check each word or group and try again.</source>
      <translation>La chiave o le parti di recupero non sono corrette. Controlla ogni parola o gruppo e riprova.</translation>
    </message>
    <message>
      <source>The vault check found a problem. Do not delete anything; restore from a backup or ask for help.</source>
      <translation>Il controllo dell'archivio ha trovato un problema. Non cancellare nulla; ripristina da una copia di sicurezza o chiedi aiuto.</translation>
    </message>
    <message>
      <source>The vault is locked. Sign in again to continue.</source>
      <translation>L'archivio è bloccato. Accedi di nuovo per continuare.</translation>
    </message>
    <message>
      <source>There is no valid consent for this recipient and purpose. Record her consent first.</source>
      <translation>Non c'è un consenso valido per questo destinatario e questa finalità. Registra prima il suo consenso.</translation>
    </message>
    <message>
      <source>This packet was already received. Nothing was added twice.</source>
      <translation>Questo pacchetto era già arrivato. Non è stato aggiunto due volte.</translation>
    </message>
    <message>
      <source>This vault was made by a newer version of Ponte. Update Ponte to open it.</source>
      <translation>Questo archivio è stato creato da una versione più recente di Ponte. Aggiorna Ponte per aprirlo.</translation>
    </message>
    <message>
      <source>Too many wrong passphrases. Wait a moment before trying again.</source>
      <translation>Troppe passphrase sbagliate. Attendi un momento prima di riprovare.</translation>
    </message>
    <message>
      <source>Your role does not allow this. Ask a coordinator or an administrator.</source>
      <translation>Il tuo ruolo non lo consente. Rivolgiti a una coordinatrice o a un'amministratrice.</translation>
    </message>
  </context>
</TS>