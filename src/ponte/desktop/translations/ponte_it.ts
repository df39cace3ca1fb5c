<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
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
    <name>ConflictFields</name>
    <message>
      <location filename="../ui/conflicts/labels.py" line="25" />
      <source>Name or pseudonym</source>
      <extracomment>Fields a person may settle by typing a new value (the others hold codes: pick a side).</extracomment>
      <translation>Nome o pseudonimo</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="26" />
      <source>Codice fiscale</source>
      <translation>Codice fiscale</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="29" />
      <source>Age band</source>
      <translation>Fascia d'età</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="30" />
      <source>Comune</source>
      <translation>Comune</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="31" />
      <source>Education</source>
      <translation>Istruzione</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="32" />
      <source>Employment</source>
      <translation>Lavoro</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="33" />
      <source>Housing</source>
      <translation>Situazione abitativa</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="34" />
      <source>Case status</source>
      <translation>Stato della presa in carico</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="35" />
      <source>Assigned to</source>
      <translation>Assegnata a</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="36" />
      <source>Safety plan</source>
      <translation>Piano di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="37" />
      <source>Plan step status</source>
      <translation>Stato della tappa del progetto</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="38" />
      <source>Plan step outcome</source>
      <translation>Esito della tappa del progetto</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="41" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="42" />
      <source>Contact summary</source>
      <translation>Sintesi del contatto</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="49" />
      <source>(empty)</source>
      <translation>(vuoto)</translation>
    </message>
  </context>
  <context>
    <name>ConflictsView</name>
    <message>
      <location filename="../ui/conflicts/view.py" line="81" />
      <source>Edits that disagree</source>
      <translation>Modifiche in disaccordo</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="87" />
      <source>Two workstations changed the same field while they were not connected. Nothing was lost: both versions are kept until you choose.</source>
      <translation>Due postazioni hanno modificato lo stesso campo mentre non erano collegate. Non si è perso nulla: entrambe le versioni restano finché non scegli.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="93" />
      <source>Open conflicts</source>
      <translation>Conflitti aperti</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="97" />
      <source>This version</source>
      <translation>Questa versione</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="97" />
      <source>Keep this</source>
      <translation>Tieni questa</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="98" />
      <source>That version</source>
      <translation>Quella versione</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="98" />
      <source>Keep that</source>
      <translation>Tieni quella</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="103" />
      <source>New value</source>
      <translation>Nuovo valore</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="104" />
      <source>Or write the right value…</source>
      <translation>Oppure scrivi il valore giusto…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="105" />
      <source>&amp;New value:</source>
      <translation>&amp;Nuovo valore:</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="107" />
      <source>Use this text</source>
      <translation>Usa questo testo</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="111" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="149" />
      <source>Open conflicts: %1</source>
      <translation>Conflitti aperti: %1</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="185" />
      <source>Other versions: %1. Choosing one settles them all.</source>
      <translation>Altre versioni: %1. Sceglierne una le risolve tutte.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="153" />
      <source>No conflicts: every workstation agrees.</source>
      <translation>Nessun conflitto: tutte le postazioni sono d'accordo.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="179" />
      <source>Field: %1</source>
      <translation>Campo: %1</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="206" />
      <source>Saving…</source>
      <translation>Salvataggio…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="209" />
      <source>Saved. The other workstations get it at their next sync.</source>
      <translation>Salvato. Le altre postazioni lo ricevono alla prossima sincronizzazione.</translation>
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
    <name>DevicesView</name>
    <message>
      <location filename="../ui/conflicts/devices.py" line="49" />
      <source>Workstations of this centre</source>
      <translation>Postazioni di questo centro</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="55" />
      <source>These workstations share the centre's case files, encrypted end to end: the hub passes them on without being able to read them.</source>
      <translation>Queste postazioni condividono le cartelle del centro, cifrate da un capo all'altro: l'hub le inoltra senza poterle leggere.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="61" />
      <source>Workstations</source>
      <translation>Postazioni</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="63" />
      <source>Workstation</source>
      <translation>Postazione</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="63" />
      <source>Added</source>
      <translation>Aggiunta il</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="63" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="63" />
      <source>Check code</source>
      <translation>Codice di verifica</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="69" />
      <source>Ask to join…</source>
      <translation>Chiedi di unirti…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="70" />
      <source>Add a workstation…</source>
      <translation>Aggiungi una postazione…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="71" />
      <source>Open a join offer…</source>
      <translation>Apri un invito…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="72" />
      <source>Remove workstation</source>
      <translation>Rimuovi postazione</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="81" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="95" />
      <source>Save file</source>
      <translation>Salva file</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="99" />
      <source>Open file</source>
      <translation>Apri file</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="103" />
      <source>Please confirm</source>
      <translation>Conferma</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="114" />
      <source> (this one)</source>
      <translation> (questa)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="115" />
      <source>removed</source>
      <translation>rimossa</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="115" />
      <source>active</source>
      <translation>attiva</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="122" />
      <source>This workstation does not share case files with others yet.</source>
      <translation>Questa postazione non condivide ancora le cartelle con altre.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="150" />
      <source>Join request saved. Take it to an administrator of the centre; the code on her screen must be %1.</source>
      <translation>Richiesta salvata. Portala a un'amministratrice del centro: il codice sul suo schermo deve essere %1.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="165" />
      <source>Cannot read it.</source>
      <translation>Impossibile leggerlo.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="169" />
      <source>Add the workstation “%1”? Its screen must show the code %2.</source>
      <translation>Aggiungere la postazione «%1»? Il suo schermo deve mostrare il codice %2.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="185" />
      <source>Added. Open the join offer on the new workstation.</source>
      <translation>Aggiunta. Apri l'invito sulla nuova postazione.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="197" />
      <source>Joined. The centre's case files arrive with the next synchronisation.</source>
      <translation>Fatto. Le cartelle del centro arrivano con la prossima sincronizzazione.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="205" />
      <source>Choose a workstation in the list first.</source>
      <translation>Prima scegli una postazione nell'elenco.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="208" />
      <source>Remove “%1”? It will receive nothing written from now on.</source>
      <translation>Rimuovere «%1»? Non riceverà più nulla di quanto scritto da ora in poi.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="215" />
      <source>Removed. New case data is locked with a new key.</source>
      <translation>Rimossa. I nuovi dati sono protetti da una nuova chiave.</translation>
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
    <name>SideBox</name>
    <message>
      <location filename="../ui/conflicts/view.py" line="55" />
      <source>an account of that workstation</source>
      <translation>un account di quella postazione</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="59" />
      <source>Written by %1 on %2, at %3 (UTC)</source>
      <translation>Scritto da %1 su %2, alle %3 (UTC)</translation>
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