<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
  <context>
    <name>AccountsSection</name>
    <message>
      <location filename="../ui/admin/accounts.py" line="54" />
      <source>Username</source>
      <translation>Nome utente</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="54" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="54" />
      <source>Role</source>
      <translation>Ruolo</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="55" />
      <source>Accounts</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="56" />
      <source>&amp;Remove account…</source>
      <translation>&amp;Rimuovi account…</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="69" />
      <source>&amp;Add account</source>
      <translation>&amp;Aggiungi account</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="71" />
      <source>&amp;Username</source>
      <translation>&amp;Nome utente</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="72" />
      <source>Full &amp;name</source>
      <translation>Nome &amp;completo</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="73" />
      <source>R&amp;ole</source>
      <translation>R&amp;uolo</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="74" />
      <source>First &amp;passphrase</source>
      <translation>&amp;Passphrase iniziale</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="76" />
      <source>Repeat it</source>
      <translation>Ripetila</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="78" />
      <source>Add an account</source>
      <translation>Aggiungi un account</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="84" />
      <source>Set the new passphrase</source>
      <translation>Imposta la nuova passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="89" />
      <source>For a colleague who forgot hers: choose the account in the list, set a new passphrase and give it to her in person.</source>
      <translation>Per una collega che ha dimenticato la sua: scegli l'account nell'elenco, imposta una nuova passphrase e consegnagliela di persona.</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="94" />
      <source>New passphrase</source>
      <translation>Nuova passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="97" />
      <source>Repeat the new passphrase</source>
      <translation>Ripeti la nuova passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="100" />
      <source>Reset a passphrase</source>
      <translation>Reimposta una passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="108" />
      <source>Accounts and roles</source>
      <translation>Account e ruoli</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="112" />
      <source>Each person has her own account and passphrase. Operatrici see their own cases; coordinatrici see every case; amministratrici also manage accounts, backups and keys.</source>
      <translation>Ogni persona ha il proprio account e la propria passphrase. Le operatrici vedono i propri casi; le coordinatrici vedono tutti i casi; le amministratrici gestiscono anche account, backup e chiavi.</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="132" />
      <source>Operatrice (case worker)</source>
      <translation>Operatrice</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="133" />
      <source>Coordinatrice (coordinator)</source>
      <translation>Coordinatrice</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="134" />
      <source>Amministratrice (administrator)</source>
      <translation>Amministratrice</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="166" />
      <location filename="../ui/admin/accounts.py" line="223" />
      <source>The two passphrases differ.</source>
      <translation>Le due passphrase non coincidono.</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="172" />
      <source>Adding the account…</source>
      <translation>Aggiunta dell'account…</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="179" />
      <source>Account %1 added. She can sign in now.</source>
      <translation>Account %1 aggiunto. Ora può accedere.</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="198" />
      <source>Remove the account %1? She will no longer be able to sign in: her key slot is deleted. The records she wrote stay.</source>
      <translation>Rimuovere l'account %1? Non potrà più accedere: la sua chiave d'accesso viene eliminata. I dati che ha registrato restano.</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="201" />
      <source>Remove %1</source>
      <translation>Rimuovi %1</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="211" />
      <source>Account %1 removed.</source>
      <translation>Account %1 rimosso.</translation>
    </message>
    <message>
      <location filename="../ui/admin/accounts.py" line="236" />
      <source>New passphrase set for %1. Her old one no longer works.</source>
      <translation>Nuova passphrase impostata per %1. Quella vecchia non funziona più.</translation>
    </message>
  </context>
  <context>
    <name>AdminView</name>
    <message>
      <location filename="../ui/admin/view.py" line="54" />
      <source>Administration sections</source>
      <extracomment>The vault was replaced by a backup and is locked: return to sign-in. New idle-lock delay in minutes (already saved in Settings). New UI language ("it"/"en"), saved; it applies at the next start.</extracomment>
      <translation>Sezioni di amministrazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/view.py" line="62" />
      <source>Accounts</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../ui/admin/view.py" line="64" />
      <source>My passphrase</source>
      <translation>La mia passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/view.py" line="68" />
      <source>Backup</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../ui/admin/view.py" line="71" />
      <source>Retention</source>
      <translation>Conservazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/view.py" line="73" />
      <source>Audit log</source>
      <translation>Registro delle attività</translation>
    </message>
    <message>
      <location filename="../ui/admin/view.py" line="78" />
      <source>Case file fields</source>
      <translation>Campi della cartella</translation>
    </message>
    <message>
      <location filename="../ui/admin/view.py" line="81" />
      <source>Import</source>
      <translation>Importa</translation>
    </message>
    <message>
      <location filename="../ui/admin/view.py" line="84" />
      <source>Key rotation</source>
      <translation>Cambio della chiave</translation>
    </message>
    <message>
      <location filename="../ui/admin/view.py" line="86" />
      <source>Documents</source>
      <translation>Documenti</translation>
    </message>
    <message>
      <location filename="../ui/admin/view.py" line="90" />
      <source>Language and lock</source>
      <translation>Lingua e blocco</translation>
    </message>
  </context>
  <context>
    <name>AggregatePreview</name>
    <message>
      <location filename="../ui/stats/preview.py" line="58" />
      <source>Year</source>
      <translation>Anno</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="60" />
      <source>Quarter</source>
      <translation>Trimestre</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="62" />
      <source>Quarter %1</source>
      <translation>Trimestre %1</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="63" />
      <source>Whole year</source>
      <translation>Anno intero</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="65" />
      <source>&amp;Year</source>
      <translation>&amp;Anno</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="65" />
      <source>&amp;Quarter</source>
      <translation>&amp;Trimestre</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="68" />
      <source>&amp;Preview</source>
      <translation>&amp;Anteprima</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="69" />
      <source>Preview the report</source>
      <translation>Anteprima del resoconto</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="71" />
      <source>&amp;Send to the cabina di regia</source>
      <translation>&amp;Invia alla cabina di regia</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="72" />
      <source>Send the report to the cabina di regia</source>
      <translation>Invia il resoconto alla cabina di regia</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="77" />
      <source>These are exactly the cells that will leave the centre. “&lt;5”: a count from 1 to 4; “—”: hidden so that a small count cannot be worked out. No names, no codes, no dates of a woman.</source>
      <translation>Queste sono esattamente le celle che lasceranno il centro. “&lt;5”: un numero da 1 a 4; “—”: nascosto perché un numero piccolo non si possa ricavare. Nessun nome, nessun codice, nessuna data riferita a una donna.</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="85" />
      <source>Cells that will be sent</source>
      <translation>Celle che verranno inviate</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="135" />
      <source>Table</source>
      <translation>Tabella</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="135" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="135" />
      <source>Column</source>
      <translation>Colonna</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="135" />
      <source>Value sent</source>
      <translation>Valore inviato</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="146" />
      <source>Not sent: too few to be anonymous</source>
      <translation>Non inviato: troppo pochi per restare anonimi</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="149" />
      <source>%1 cells, %2 of them hidden. Network: %3.</source>
      <translation>%1 celle, di cui %2 nascoste. Rete: %3.</translation>
    </message>
    <message>
      <location filename="../ui/stats/preview.py" line="167" />
      <source>Report queued for the cabina di regia; it leaves at the next sync.</source>
      <translation>Statistiche pronte per la cabina di regia: partono al prossimo collegamento con la rete.</translation>
    </message>
  </context>
  <context>
    <name>AppointmentDialog</name>
    <message>
      <location filename="../ui/calendar/editor.py" line="98" />
      <source>Appointment</source>
      <translation>Appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="98" />
      <source>New appointment</source>
      <translation>Nuovo appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="101" />
      <source>Day</source>
      <translation>Giorno</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="104" />
      <source>Time</source>
      <translation>Ora</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="106" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="107" />
      <source>Length in minutes</source>
      <translation>Durata in minuti</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="110" />
      <source>Place</source>
      <translation>Luogo</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="116" />
      <source>Who takes part</source>
      <translation>Chi partecipa</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="127" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="128" />
      <source>short, for the team (never on her card)</source>
      <translation>breve, per l'équipe (mai sul suo promemoria)</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="135" />
      <source>&amp;Day</source>
      <translation>&amp;Giorno</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="136" />
      <source>&amp;Time</source>
      <translation>&amp;Ora</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="137" />
      <source>&amp;Length</source>
      <translation>&amp;Durata</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="138" />
      <source>&amp;What</source>
      <translation>&amp;Cosa</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="139" />
      <source>&amp;Where</source>
      <translation>Do&amp;ve</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="140" />
      <source>W&amp;ho</source>
      <translation>C&amp;hi</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="141" />
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="152" />
      <source>Cancel the appointment</source>
      <translation>Annulla l'appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="154" />
      <source>Print &amp;card for her…</source>
      <translation>Stampa il pro&amp;memoria per lei…</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="178" />
      <source>Moved on two workstations</source>
      <translation>Spostato su due postazioni</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="182" />
      <source>Two people moved this appointment while not connected. Which time is right?</source>
      <translation>Due persone hanno spostato questo appuntamento mentre non erano collegate. Qual è l'orario giusto?</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="188" />
      <source>Keep %1</source>
      <translation>Tieni %1</translation>
    </message>
    <message>
      <location filename="../ui/calendar/editor.py" line="248" />
      <source>Tick at least one person who takes part.</source>
      <translation>Spunta almeno una persona che partecipa.</translation>
    </message>
  </context>
  <context>
    <name>AuditSection</name>
    <message>
      <location filename="../ui/admin/audit_log.py" line="47" />
      <location filename="../ui/admin/audit_log.py" line="63" />
      <source>Action</source>
      <translation>Azione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="48" />
      <source>Every action</source>
      <translation>Tutte le azioni</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="49" />
      <source>&amp;From</source>
      <translation>&amp;Dal</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="51" />
      <source>From date</source>
      <translation>Dalla data</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="52" />
      <source>&amp;To</source>
      <translation>&amp;Al</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="54" />
      <source>To date</source>
      <translation>Alla data</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="57" />
      <source>&amp;Show</source>
      <translation>&amp;Mostra</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="60" />
      <source>No.</source>
      <translation>N.</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="61" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="69" />
      <location filename="../ui/admin/audit_log.py" line="94" />
      <source>Activity log</source>
      <translation>Registro delle attività</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="72" />
      <source>&amp;Check that the log is intact</source>
      <translation>&amp;Controlla che il registro sia intatto</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="75" />
      <source>Result of the check</source>
      <translation>Esito del controllo</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="123" />
      <source>Everything about %1</source>
      <translation>Tutte le voci: %1</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="162" />
      <source>Ponte itself</source>
      <translation>Ponte stesso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="163" />
      <source>Ponte (sending and receiving)</source>
      <translation>Ponte (invio e ricezione)</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="193" />
      <source>BROKEN: the log was altered or damaged. Keep this computer as it is, do not delete anything, and ask for help.</source>
      <translation>ROTTO: il registro è stato alterato o danneggiato. Lascia questo computer com'è, non cancellare nulla e chiedi aiuto.</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="62" />
      <source>Who</source>
      <translation>Chi</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="64" />
      <source>Record</source>
      <translation>Riguarda</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="65" />
      <source>Details</source>
      <translation>Dettagli</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="78" />
      <source>&amp;Action</source>
      <translation>&amp;Azione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="98" />
      <source>Every sign-in, change and export is recorded with ids and counts, never a name. Each entry seals the one before it, so a changed or removed entry breaks the chain.</source>
      <translation>Ogni accesso, modifica ed esportazione è registrato con identificativi e conteggi, mai con un nome. Ogni voce sigilla quella precedente: una voce modificata o rimossa spezza la catena.</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="169" />
      <source>Verifying every entry…</source>
      <translation>Verifica di tutte le voci…</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_log.py" line="182" />
      <source>Intact: all %1 entries follow one another unchanged.</source>
      <translation>Integra: tutte le %1 voci si susseguono senza modifiche.</translation>
    </message>
  </context>
  <context>
    <name>AuditWords</name>
    <message>
      <location filename="../ui/admin/audit_words.py" line="40" />
      <source>created the archive</source>
      <translation>ha creato l'archivio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="41" />
      <source>signed in</source>
      <translation>ha fatto l'accesso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="42" />
      <source>locked</source>
      <translation>ha bloccato</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="43" />
      <source>made a backup</source>
      <translation>ha fatto una copia di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="44" />
      <source>checked a backup</source>
      <translation>ha controllato una copia di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="45" />
      <source>restored a backup</source>
      <translation>ha ripristinato una copia di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="46" />
      <source>changed the archive's key</source>
      <translation>ha cambiato la chiave dell'archivio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="47" />
      <source>added an account</source>
      <translation>ha aggiunto un account</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="48" />
      <source>removed an account</source>
      <translation>ha rimosso un account</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="49" />
      <source>changed her passphrase</source>
      <translation>ha cambiato la propria passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="50" />
      <source>reset a passphrase</source>
      <translation>ha reimpostato una passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="51" />
      <source>made a new recovery key</source>
      <translation>ha creato una nuova chiave di recupero</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="52" />
      <source>split the recovery key among custodians</source>
      <translation>ha diviso la chiave di recupero tra le custodi</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="55" />
      <source>checked the activity log</source>
      <translation>ha controllato il registro delle attività</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="56" />
      <source>opened a new case</source>
      <translation>ha aperto un nuovo caso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="57" />
      <source>opened a case file</source>
      <translation>ha aperto una scheda</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="58" />
      <source>changed a case</source>
      <translation>ha modificato un caso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="59" />
      <source>closed a case</source>
      <translation>ha chiuso un caso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="60" />
      <source>exported cases</source>
      <translation>ha esportato dei casi</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="61" />
      <source>changed the centre's fields of a case</source>
      <translation>ha modificato i campi del centro di un caso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="64" />
      <source>imported cases from a spreadsheet</source>
      <translation>ha importato casi da un foglio di calcolo</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="67" />
      <source>added a field of the centre</source>
      <translation>ha aggiunto un campo del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="68" />
      <source>changed a field of the centre</source>
      <translation>ha modificato un campo del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="69" />
      <source>changed how a standard field is asked</source>
      <translation>ha cambiato come si chiede un campo standard</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="72" />
      <source>changed her details</source>
      <translation>ha modificato i dati di lei</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="73" />
      <source>exported her data (access request)</source>
      <translation>ha esportato i dati di lei (richiesta di accesso)</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="76" />
      <source>erased her data</source>
      <translation>ha cancellato i dati di lei</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="77" />
      <source>added a note</source>
      <translation>ha aggiunto una nota</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="78" />
      <source>recorded a contact</source>
      <translation>ha registrato un contatto</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="79" />
      <source>added a plan step</source>
      <translation>ha aggiunto un passo del progetto</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="80" />
      <source>moved a plan step</source>
      <translation>ha aggiornato un passo del progetto</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="81" />
      <source>recorded a risk assessment</source>
      <translation>ha registrato una valutazione del rischio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="82" />
      <source>read the safety plan</source>
      <translation>ha letto il piano di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="83" />
      <source>saved the safety plan</source>
      <translation>ha salvato il piano di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="84" />
      <source>recorded her consent</source>
      <translation>ha registrato il consenso di lei</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="85" />
      <source>withdrew a consent</source>
      <translation>ha ritirato un consenso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="86" />
      <source>sent a referral</source>
      <translation>ha inviato a un servizio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="87" />
      <source>withdrew a referral</source>
      <translation>ha ritirato un invio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="88" />
      <source>answered a referral</source>
      <translation>ha risposto a un invio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="89" />
      <source>received a message</source>
      <translation>ha ricevuto un messaggio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="90" />
      <source>could not open a message it received</source>
      <translation>non è riuscito ad aprire un messaggio ricevuto</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="93" />
      <source>applied a withdrawal set aside earlier, now that its referral came</source>
      <translation>ha applicato un ritiro messo da parte prima, ora che è arrivato il suo invio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="96" />
      <source>told the sender a message could not be opened</source>
      <translation>ha avvisato il mittente che un messaggio non si apriva</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="99" />
      <source>received a service's answer to a referral</source>
      <translation>ha ricevuto la risposta di un servizio a un invio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="102" />
      <source>the centre withdrew a referral it had sent here</source>
      <translation>il centro ha ritirato un invio fatto a questo servizio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="105" />
      <source>linked a plan step to a referral</source>
      <translation>ha collegato un passo del progetto a un invio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="106" />
      <source>a plan step followed a referral's answer</source>
      <translation>un passo del progetto ha seguito la risposta a un invio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="109" />
      <source>added a document</source>
      <translation>ha aggiunto un documento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="110" />
      <source>opened a document</source>
      <translation>ha aperto un documento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="111" />
      <source>attached a document to a referral</source>
      <translation>ha allegato un documento a un invio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="114" />
      <source>saved a copy of a document</source>
      <translation>ha salvato una copia di un documento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="115" />
      <source>deleted a document</source>
      <translation>ha eliminato un documento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="116" />
      <source>received a document</source>
      <translation>ha ricevuto un documento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="117" />
      <source>received a case document from another workstation</source>
      <translation>ha ricevuto un documento della pratica da un'altra postazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="120" />
      <source>changed the largest document allowed</source>
      <translation>ha cambiato la dimensione massima dei documenti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="123" />
      <source>joined the network</source>
      <translation>è entrata nella rete</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="124" />
      <source>saw a key for this centre that this workstation did not create</source>
      <translation>ha visto una chiave di questo centro che questa postazione non ha creato</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="127" />
      <source>added a workstation of the centre</source>
      <translation>ha aggiunto una postazione del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="128" />
      <source>joined the centre's workstations</source>
      <translation>è entrata tra le postazioni del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="129" />
      <source>removed a workstation of the centre</source>
      <translation>ha tolto una postazione del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="132" />
      <source>received a change from another workstation</source>
      <translation>ha ricevuto una modifica da un'altra postazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="135" />
      <source>received a deletion from another workstation</source>
      <translation>ha ricevuto una cancellazione da un'altra postazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="138" />
      <source>sent changes again to another workstation</source>
      <translation>ha rimandato delle modifiche a un'altra postazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="141" />
      <source>settled a conflict between workstations</source>
      <translation>ha scelto tra due versioni di postazioni diverse</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="144" />
      <source>sent the statistics to the cabina di regia</source>
      <translation>ha inviato le statistiche alla cabina di regia</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="147" />
      <source>exported the statistics</source>
      <translation>ha esportato le statistiche</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="148" />
      <source>changed how long records are kept</source>
      <translation>ha cambiato i tempi di conservazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="151" />
      <source>deleted records past their keeping time</source>
      <translation>ha eliminato i dati oltre il tempo di conservazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="154" />
      <source>created the demo's synthetic cases</source>
      <translation>ha creato i casi di prova della demo</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="155" />
      <source>created the demo's synthetic outcomes</source>
      <translation>ha creato gli esiti fittizi della demo</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="158" />
      <source>opened her outcomes</source>
      <translation>ha aperto i suoi esiti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="159" />
      <source>recorded her situation</source>
      <translation>ha registrato la sua situazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="160" />
      <source>confirmed an outcome a service reported</source>
      <translation>ha confermato un esito comunicato da un servizio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="163" />
      <source>set aside an outcome a service reported</source>
      <translation>ha messo da parte un esito comunicato da un servizio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="173" />
      <source>booked an appointment</source>
      <translation>ha fissato un appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="174" />
      <source>moved an appointment</source>
      <translation>ha spostato un appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="175" />
      <source>changed an appointment</source>
      <translation>ha modificato un appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="176" />
      <source>cancelled an appointment</source>
      <translation>ha annullato un appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="177" />
      <source>added a room</source>
      <translation>ha aggiunto una stanza</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="178" />
      <source>took a room off the list</source>
      <translation>ha tolto una stanza dall'elenco</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="179" />
      <source>gave a case to an operatrice</source>
      <translation>ha affidato un caso a un'operatrice</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="180" />
      <source>changed who else may see a case</source>
      <translation>ha cambiato chi altro può vedere un caso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="181" />
      <source>asked to close a case</source>
      <translation>ha chiesto di chiudere un caso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="182" />
      <source>answered a request to close a case</source>
      <translation>ha risposto a una richiesta di chiusura</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="185" />
      <source>recorded a date of the case</source>
      <translation>ha registrato una data del caso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="186" />
      <source>printed from a case</source>
      <translation>ha stampato da un caso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="187" />
      <source>changed a setting of the centre</source>
      <translation>ha cambiato un'impostazione del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="190" />
      <source>settled a deadline</source>
      <translation>ha chiuso una scadenza</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="191" />
      <source>changed a deadline rule</source>
      <translation>ha cambiato una regola delle scadenze</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="192" />
      <source>saved a letter template</source>
      <translation>ha salvato un modello di lettera</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="193" />
      <source>took a letter template off the list</source>
      <translation>ha tolto un modello di lettera dall'elenco</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="196" />
      <source>saved her appointments for the phone</source>
      <translation>ha salvato i suoi appuntamenti per il telefono</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="199" />
      <source>turned on the phone calendar</source>
      <translation>ha attivato il calendario del telefono</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="200" />
      <source>turned off the phone calendar</source>
      <translation>ha disattivato il calendario del telefono</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="203" />
      <source>created the demo's synthetic appointments</source>
      <translation>ha creato gli appuntamenti di prova della demo</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="206" />
      <source>prepared the demo's day</source>
      <translation>ha preparato la giornata della demo</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="213" />
      <source>the archive</source>
      <translation>l'archivio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="214" />
      <location filename="../ui/admin/audit_words.py" line="322" />
      <source>accounts</source>
      <translation>gli account</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="215" />
      <source>recovery</source>
      <translation>il recupero</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="216" />
      <source>the activity log</source>
      <translation>il registro delle attività</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="217" />
      <source>cases</source>
      <translation>i casi</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="218" />
      <source>imports</source>
      <translation>le importazioni</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="219" />
      <source>the centre's fields</source>
      <translation>i campi del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="220" />
      <source>her details and rights</source>
      <translation>i dati di lei e i suoi diritti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="221" />
      <source>notes</source>
      <translation>le note</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="222" />
      <source>contacts</source>
      <translation>i contatti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="223" />
      <source>the plan</source>
      <translation>il progetto</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="224" />
      <source>risk</source>
      <translation>il rischio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="225" />
      <source>the safety plan</source>
      <translation>il piano di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="226" />
      <source>consents</source>
      <translation>i consensi</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="227" />
      <source>referrals</source>
      <translation>gli invii</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="228" />
      <location filename="../ui/admin/audit_words.py" line="297" />
      <source>messages</source>
      <translation>i messaggi</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="229" />
      <source>documents</source>
      <translation>i documenti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="230" />
      <source>document settings</source>
      <translation>le impostazioni dei documenti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="231" />
      <location filename="../ui/admin/audit_words.py" line="232" />
      <source>the network</source>
      <translation>la rete</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="233" />
      <source>the centre's workstations</source>
      <translation>le postazioni del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="234" />
      <source>changes between workstations</source>
      <translation>le modifiche tra le postazioni</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="235" />
      <source>conflicts</source>
      <translation>le versioni da scegliere</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="236" />
      <source>reports</source>
      <translation>i rapporti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="237" />
      <source>statistics</source>
      <translation>le statistiche</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="238" />
      <source>keeping times</source>
      <translation>i tempi di conservazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="239" />
      <source>the demo</source>
      <translation>la demo</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="240" />
      <source>outcomes</source>
      <translation>esiti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="241" />
      <source>appointments</source>
      <translation>appuntamenti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="242" />
      <source>rooms</source>
      <translation>stanze</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="243" />
      <source>deadlines</source>
      <translation>scadenze</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="244" />
      <source>letter templates</source>
      <translation>modelli di lettera</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="245" />
      <source>the phone calendar</source>
      <translation>il calendario del telefono</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="246" />
      <source>the centre's settings</source>
      <translation>le impostazioni del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="253" />
      <location filename="../ui/admin/audit_words.py" line="254" />
      <location filename="../ui/admin/audit_words.py" line="282" />
      <source>case</source>
      <translation>caso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="255" />
      <location filename="../ui/admin/audit_words.py" line="256" />
      <location filename="../ui/admin/audit_words.py" line="283" />
      <source>woman</source>
      <translation>donna</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="257" />
      <location filename="../ui/admin/audit_words.py" line="321" />
      <source>account</source>
      <translation>account</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="258" />
      <source>workstation</source>
      <translation>postazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="259" />
      <source>network member</source>
      <translation>servizio della rete</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="260" />
      <location filename="../ui/admin/audit_words.py" line="289" />
      <source>message</source>
      <translation>messaggio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="261" />
      <source>document</source>
      <translation>documento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="262" />
      <location filename="../ui/admin/audit_words.py" line="284" />
      <source>note</source>
      <translation>nota</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="263" />
      <location filename="../ui/admin/audit_words.py" line="285" />
      <source>contact</source>
      <translation>contatto</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="264" />
      <source>plan step</source>
      <translation>passo del progetto</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="265" />
      <source>risk assessment</source>
      <translation>valutazione del rischio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="266" />
      <source>safety plan</source>
      <translation>piano di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="267" />
      <location filename="../ui/admin/audit_words.py" line="287" />
      <source>consent</source>
      <translation>consenso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="268" />
      <location filename="../ui/admin/audit_words.py" line="288" />
      <source>referral</source>
      <translation>invio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="269" />
      <source>staff account</source>
      <translation>account del personale</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="270" />
      <source>period</source>
      <translation>periodo</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="271" />
      <source>import</source>
      <translation>importazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="272" />
      <source>field of the centre</source>
      <translation>campo del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="273" />
      <location filename="../ui/admin/audit_words.py" line="317" />
      <source>appointment</source>
      <translation>appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="280" />
      <source>failed attempts</source>
      <translation>tentativi falliti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="281" />
      <source>type</source>
      <translation>tipo</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="286" />
      <source>step</source>
      <translation>passo</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="290" />
      <source>key</source>
      <translation>chiave</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="291" />
      <source>recipient</source>
      <translation>destinatario</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="292" />
      <source>change</source>
      <translation>modifica</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="293" />
      <source>fields</source>
      <translation>campi</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="294" />
      <source>bytes</source>
      <translation>byte</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="295" />
      <source>cases</source>
      <comment>a count</comment>
      <translation>casi</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="296" />
      <source>women</source>
      <translation>donne</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="298" />
      <source>entries</source>
      <translation>voci</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="299" />
      <source>custodians needed</source>
      <translation>custodi necessarie</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="300" />
      <source>tables</source>
      <translation>tabelle</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="301" />
      <source>rows</source>
      <translation>righe</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="302" />
      <source>version</source>
      <translation>versione</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="303" />
      <source>hidden</source>
      <translation>nascosto</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="304" />
      <source>required</source>
      <translation>obbligatorio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="305" />
      <source>new</source>
      <translation>nuovi</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="306" />
      <source>updated</source>
      <translation>aggiornati</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="307" />
      <source>skipped</source>
      <translation>saltati</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="308" />
      <source>documents</source>
      <comment>a count</comment>
      <translation>documenti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="309" />
      <source>changes sent again</source>
      <translation>modifiche rimandate</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="310" />
      <source>largest document (bytes)</source>
      <translation>documento più grande (byte)</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="311" />
      <source>archive version</source>
      <translation>versione dell'archivio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="312" />
      <location filename="../ui/admin/audit_words.py" line="314" />
      <source>days for closed cases</source>
      <translation>giorni per i casi chiusi</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="313" />
      <location filename="../ui/admin/audit_words.py" line="315" />
      <source>days for sent messages</source>
      <translation>giorni per i messaggi inviati</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="316" />
      <source>changes</source>
      <translation>modifiche</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="318" />
      <source>appointments</source>
      <comment>a count</comment>
      <translation>appuntamenti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="319" />
      <source>deadline</source>
      <translation>scadenza</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="320" />
      <source>template</source>
      <translation>modello</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="330" />
      <source>with her passphrase</source>
      <translation>con la sua passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="331" />
      <source>with the recovery key</source>
      <translation>con la chiave di recupero</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="332" />
      <source>with the custodians' shares</source>
      <translation>con le parti della chiave delle custodi</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="335" />
      <source>operatrice</source>
      <translation>operatrice</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="336" />
      <source>coordinatrice</source>
      <translation>coordinatrice</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="337" />
      <source>amministratrice</source>
      <translation>amministratrice</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="357" />
      <source>for the follow-up calls</source>
      <translation>per i ricontatti</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="381" />
      <source>closing needs the coordinatrice's approval</source>
      <translation>la chiusura chiede l'approvazione della coordinatrice</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="384" />
      <source>the centre's contact</source>
      <translation>il recapito del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="385" />
      <source>the centre's name</source>
      <translation>il nome del centro</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="386" />
      <source>the shelter's address</source>
      <translation>l'indirizzo della casa rifugio</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="392" />
      <source>case summary</source>
      <translation>riepilogo del caso</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="393" />
      <source>plan</source>
      <translation>progetto</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="394" />
      <source>letter</source>
      <translation>lettera</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="395" />
      <source>appointment card</source>
      <translation>promemoria dell'appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="425" />
      <source>yes</source>
      <translation>sì</translation>
    </message>
    <message>
      <location filename="../ui/admin/audit_words.py" line="427" />
      <source>no</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>BackupSection</name>
    <message>
      <location filename="../ui/admin/backup.py" line="68" />
      <source>Backup file to write</source>
      <translation>File di backup da scrivere</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="69" />
      <source>&amp;Back up now</source>
      <translation>&amp;Fai il backup ora</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="70" />
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="73" />
      <source>Backup progress</source>
      <translation>Avanzamento del backup</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="82" />
      <source>&amp;Write to</source>
      <translation>&amp;Scrivi in</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="83" />
      <source>Back up</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="88" />
      <source>The backup is one encrypted file: it opens only with a passphrase of this vault or its recovery key. Keep it on a drive that stays in the centre.</source>
      <translation>Il backup è un unico file cifrato: si apre solo con una passphrase di questo archivio o con la sua chiave di recupero. Conservalo su un disco che resta nel centro.</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="98" />
      <source>Backup file to verify</source>
      <translation>File di backup da verificare</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="101" />
      <source>&amp;Verify</source>
      <translation>&amp;Verifica</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="103" />
      <source>Verification progress</source>
      <translation>Avanzamento della verifica</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="105" />
      <source>Backup &amp;file</source>
      <translation>&amp;File di backup</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="106" />
      <source>Your &amp;passphrase</source>
      <translation>La tua &amp;passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="108" />
      <source>Verify a backup</source>
      <translation>Verifica un backup</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="113" />
      <source>Opens the backup on a scratch copy with your passphrase and checks it exactly as a restore would. Nothing is replaced.</source>
      <translation>Apre il backup in una copia temporanea con la tua passphrase e lo controlla esattamente come farebbe un ripristino. Non viene sostituito nulla.</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="123" />
      <source>Backup file to restore</source>
      <translation>File di backup da ripristinare</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="127" />
      <source>&amp;Restore…</source>
      <translation>&amp;Ripristina…</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="131" />
      <source>Restore progress</source>
      <translation>Avanzamento del ripristino</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="133" />
      <source>Backup fi&amp;le</source>
      <translation>Fi&amp;le di backup</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="135" />
      <source>Acc&amp;ount in the backup</source>
      <translation>Acc&amp;ount nel backup</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="137" />
      <source>Its pa&amp;ssphrase</source>
      <translation>La sua pa&amp;ssphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="139" />
      <source>Restore</source>
      <translation>Ripristino</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="144" />
      <source>Restoring replaces everything in this vault with the backup: work done since the backup is lost. The backup is checked first; then Ponte locks and you sign in again with a passphrase as it was in the backup.</source>
      <translation>Il ripristino sostituisce tutto il contenuto di questo archivio con il backup: il lavoro fatto dopo il backup va perso. Prima il backup viene controllato; poi Ponte si blocca e si accede di nuovo con una passphrase com'era nel backup.</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="156" />
      <source>Backup and restore</source>
      <translation>Backup e ripristino</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="204" />
      <source>Choose where to write the backup.</source>
      <translation>Scegli dove scrivere il backup.</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="211" />
      <source>Backing up…</source>
      <translation>Backup in corso…</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="227" />
      <source>Backup written: %1 (%2 MB). Verify it, then keep it safe.</source>
      <translation>Backup scritto: %1 (%2 MB). Verificalo, poi conservalo al sicuro.</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="238" />
      <source>Backup cancelled: no file was written.</source>
      <translation>Backup annullato: non è stato scritto alcun file.</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="251" />
      <source>Verifying…</source>
      <translation>Verifica in corso…</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="260" />
      <source>The backup of %1 is complete and opens with your passphrase.</source>
      <translation>Il backup del %1 è completo e si apre con la tua passphrase.</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="274" />
      <source>Choose the backup file and enter its passphrase.</source>
      <translation>Scegli il file di backup e inserisci la sua passphrase.</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="278" />
      <source>Replace this vault with the backup? Everything recorded since that backup will be lost, and Ponte will lock when the restore is done.</source>
      <translation>Sostituire questo archivio con il backup? Tutto ciò che è stato registrato dopo quel backup andrà perso e Ponte si bloccherà al termine del ripristino.</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="281" />
      <source>Replace the vault</source>
      <translation>Sostituisci l'archivio</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="282" />
      <source>RESTORE</source>
      <translation>RIPRISTINA</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="294" />
      <source>Checking the backup, then restoring…</source>
      <translation>Controllo del backup, poi ripristino…</translation>
    </message>
    <message>
      <location filename="../ui/admin/backup.py" line="302" />
      <source>The archive was restored from the backup of %1. Sign in again to go on.</source>
      <translation>L'archivio è stato ripristinato dalla copia di sicurezza del %1. Accedi di nuovo per continuare.</translation>
    </message>
  </context>
  <context>
    <name>CalendarView</name>
    <message>
      <location filename="../ui/calendar/view.py" line="60" />
      <source>Previous</source>
      <translation>Precedente</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="61" />
      <source>Previous (Page Up)</source>
      <translation>Precedente (Pag su)</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="63" />
      <source>Next</source>
      <translation>Successiva</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="64" />
      <source>Next (Page Down)</source>
      <translation>Successiva (Pag giù)</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="65" />
      <source>&amp;Today</source>
      <translation>&amp;Oggi</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="67" />
      <source>Show</source>
      <translation>Mostra</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="68" />
      <source>Week</source>
      <translation>Settimana</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="69" />
      <source>Day</source>
      <translation>Giorno</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="71" />
      <source>Whose appointments</source>
      <translation>Appuntamenti di chi</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="73" />
      <source>&amp;New appointment…</source>
      <translation>&amp;Nuovo appuntamento…</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="74" />
      <source>Phone calendar…</source>
      <translation>Calendario del telefono…</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="76" />
      <source>An .ics file with times and places only, for your phone's calendar</source>
      <translation>Un file .ics con soli orari e luoghi, per il calendario del tuo telefono</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="84" />
      <source>Calendar status</source>
      <translation>Stato del calendario</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="86" />
      <source>&amp;Show</source>
      <translation>&amp;Mostra</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="86" />
      <source>&amp;Whose</source>
      <translation>Di &amp;chi</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="151" />
      <source>My appointments</source>
      <translation>I miei appuntamenti</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="152" />
      <source>Whole centre</source>
      <translation>Tutto il centro</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="208" />
      <source>Week of %1 – %2</source>
      <translation>Settimana dal %1 al %2</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="215" />
      <source>Appointments: %1</source>
      <translation>Appuntamenti: %1</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="218" />
      <source>Clashes (same person or room at the same time): %1</source>
      <translation>Sovrapposizioni (stessa persona o stanza alla stessa ora): %1</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="224" />
      <source>Moved on two workstations (open to choose): %1</source>
      <translation>Spostati su due postazioni (apri per scegliere): %1</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="292" />
      <source>Cancel appointment</source>
      <translation>Annulla appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="292" />
      <source>Cancel this appointment?</source>
      <translation>Annullare questo appuntamento?</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="312" />
      <source>Phone calendar</source>
      <translation>Calendario del telefono</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="315" />
      <source>Ponte can write your appointments of the next three months to a calendar file for your phone. It holds only times, places and the word “Appointment”: never a name, a code or a case. Turn it on for your account?</source>
      <translation>Ponte può scrivere i tuoi appuntamenti dei prossimi tre mesi in un file di calendario per il tuo telefono. Contiene solo orari, luoghi e la parola «Appuntamento»: mai un nome, un codice o un caso. Lo attivi per il tuo account?</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="320" />
      <source>Write the file…</source>
      <translation>Scrivi il file…</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="321" />
      <source>Turn it off</source>
      <translation>Disattiva</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="328" />
      <source>Save calendar file</source>
      <translation>Salva il file del calendario</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="328" />
      <source>Calendar (*.ics)</source>
      <translation>Calendario (*.ics)</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="334" />
      <source>Appointment</source>
      <translation>Appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/calendar/view.py" line="345" />
      <source>Appointments written to the file: %1</source>
      <translation>Appuntamenti scritti nel file: %1</translation>
    </message>
  </context>
  <context>
    <name>CaseDayTab</name>
    <message>
      <location filename="../ui/day/case_tab.py" line="66" />
      <source>Responsible operatrice</source>
      <translation>Operatrice responsabile</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="68" />
      <source>Assign to</source>
      <translation>Assegna a</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="69" />
      <source>Assign &amp;to</source>
      <translation>A&amp;ssegnala a</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="71" />
      <source>&amp;Assign</source>
      <translation>&amp;Assegna</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="72" />
      <source>Who else may &amp;see it…</source>
      <translation>Chi altro può &amp;vederlo…</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="74" />
      <source>Dates</source>
      <translation>Date del caso</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="83" />
      <source>Save &amp;dates</source>
      <translation>Salva le &amp;date</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="86" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="86" />
      <location filename="../ui/day/case_tab.py" line="91" />
      <source>What</source>
      <translation>Cosa</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="86" />
      <source>Where</source>
      <translation>Dove</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="86" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="87" />
      <source>Her appointments</source>
      <translation>I suoi appuntamenti</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="89" />
      <source>&amp;New appointment…</source>
      <translation>&amp;Nuovo appuntamento…</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="90" />
      <source>Print &amp;card for her…</source>
      <translation>Stampa il pro&amp;memoria per lei…</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="91" />
      <source>By</source>
      <translation>Entro</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="91" />
      <source>Deadlines of this case</source>
      <translation>Scadenze di questo caso</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="92" />
      <source>Mark d&amp;one</source>
      <translation>Segna come &amp;fatto</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="93" />
      <source>Le&amp;t the consent lapse</source>
      <translation>Lascia scadere il &amp;consenso</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="94" />
      <source>Write a &amp;letter…</source>
      <translation>Scrivi una &amp;lettera…</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="95" />
      <source>Print s&amp;ummary…</source>
      <translation>Stampa il &amp;riepilogo…</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="96" />
      <source>Print &amp;plan…</source>
      <translation>Stampa il &amp;progetto…</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="97" />
      <location filename="../ui/day/case_tab.py" line="220" />
      <source>Close the case…</source>
      <translation>Chiudi il caso…</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="102" />
      <source>Agenda status</source>
      <translation>Stato dell'agenda</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="109" />
      <source>Appointments</source>
      <translation>Appuntamenti</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="117" />
      <source>Deadlines</source>
      <translation>Scadenze</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="164" />
      <source>Responsible: %1</source>
      <translation>Responsabile: %1</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="167" />
      <source>Also sees it: %1</source>
      <translation>Lo vede anche: %1</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="193" />
      <source>cancelled</source>
      <translation>annullato</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="207" />
      <source>Closing asked on %1: waiting for the coordinator's approval.</source>
      <translation>Chiusura chiesta il %1: in attesa dell'approvazione della coordinatrice.</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="218" />
      <source>Ask to close…</source>
      <translation>Chiedi la chiusura…</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="257" />
      <source>Who else may see this case</source>
      <translation>Chi altro può vedere questo caso</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="259" />
      <source>Staff</source>
      <translation>Personale</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="306" />
      <source>Dates saved; the deadlines follow them.</source>
      <translation>Date salvate; le scadenze le seguono.</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="409" />
      <source>Close the case</source>
      <translation>Chiudi il caso</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="411" />
      <source>Why the case closes</source>
      <translation>Perché il caso si chiude</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="420" />
      <source>Asked: the coordinator will see your request.</source>
      <translation>Chiesto: la coordinatrice vedrà la tua richiesta.</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="422" />
      <source>The case is closed.</source>
      <translation>Il caso è chiuso.</translation>
    </message>
    <message>
      <location filename="../ui/day/case_tab.py" line="433" />
      <source>&amp;Reason</source>
      <translation>&amp;Motivo</translation>
    </message>
  </context>
  <context>
    <name>CaseFileView</name>
    <message>
      <location filename="../ui/casefile/view.py" line="60" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="61" />
      <source>← All cases</source>
      <translation>← Tutti i casi</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="64" />
      <source>Save changes</source>
      <translation>Salva le modifiche</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="79" />
      <location filename="../ui/casefile/view.py" line="102" />
      <source>Documents</source>
      <translation>Documenti</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="81" />
      <source>Conflicts between workstations</source>
      <translation>Modifiche in conflitto tra postazioni</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="83" />
      <source>Outcomes of her path</source>
      <translation>Esiti del suo percorso</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="88" />
      <source>Case file sections</source>
      <translation>Sezioni della cartella</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="91" />
      <source>Intake</source>
      <translation>Accoglienza</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="92" />
      <source>Forms of violence</source>
      <translation>Forme di violenza</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="93" />
      <source>Children</source>
      <translation>Figli</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="94" />
      <source>Risk</source>
      <translation>Rischio</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="95" />
      <source>Safety plan</source>
      <translation>Piano di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="96" />
      <source>Contacts</source>
      <translation>Contatti</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="97" />
      <source>Empowerment plan</source>
      <translation>Percorso di autonomia</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="98" />
      <source>Consents</source>
      <translation>Consensi</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="99" />
      <source>Referrals</source>
      <translation>Invii</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="100" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="101" />
      <source>Outcomes</source>
      <translation>Esiti</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="103" />
      <source>Conflicts</source>
      <translation>Conflitti</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="104" />
      <source>Notes</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="203" />
      <source>Unsaved changes</source>
      <translation>Modifiche non salvate</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="204" />
      <source>This case file has changes that are not saved yet.</source>
      <translation>Questa cartella ha modifiche non ancora salvate.</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="205" />
      <source>Save</source>
      <translation>Salva</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="206" />
      <source>Discard changes</source>
      <translation>Annulla le modifiche</translation>
    </message>
    <message>
      <location filename="../ui/casefile/view.py" line="207" />
      <source>Keep editing</source>
      <translation>Continua a modificare</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../ui/cases/model.py" line="33" />
      <source>Code</source>
      <translation>Codice</translation>
    </message>
    <message>
      <location filename="../ui/cases/model.py" line="34" />
      <source>Name or alias</source>
      <translation>Nome o pseudonimo</translation>
    </message>
    <message>
      <location filename="../ui/cases/model.py" line="35" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/cases/model.py" line="36" />
      <source>First contact</source>
      <translation>Primo contatto</translation>
    </message>
  </context>
  <context>
    <name>CaseloadView</name>
    <message>
      <location filename="../ui/day/caseload.py" line="35" />
      <source>Operatrice</source>
      <translation>Operatrice</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="35" />
      <source>Open cases</source>
      <translation>Casi aperti</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="35" />
      <location filename="../ui/day/caseload.py" line="70" />
      <source>Open cases per operatrice</source>
      <translation>Casi aperti per operatrice</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="38" />
      <location filename="../ui/day/caseload.py" line="46" />
      <source>Code</source>
      <translation>Codice</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="38" />
      <source>Opened on</source>
      <translation>Aperto il</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="38" />
      <source>Was with</source>
      <translation>Era di</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="39" />
      <location filename="../ui/day/caseload.py" line="77" />
      <source>Cases with nobody responsible</source>
      <translation>Casi senza responsabile</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="42" />
      <source>Assign to</source>
      <translation>Assegna a</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="43" />
      <source>&amp;Assign</source>
      <translation>&amp;Assegna</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="46" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="46" />
      <source>Asked by</source>
      <translation>Chiesta da</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="46" />
      <source>Asked on</source>
      <translation>Chiesta il</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="47" />
      <location filename="../ui/day/caseload.py" line="81" />
      <source>Closures waiting for your approval</source>
      <translation>Chiusure in attesa della tua approvazione</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="51" />
      <source>Purge</source>
      <translation>Eliminazione</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="52" />
      <source>A&amp;pprove closing</source>
      <translation>A&amp;pprova la chiusura</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="53" />
      <source>&amp;Keep it open</source>
      <translation>&amp;Lascialo aperto</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="61" />
      <source>Assign the selected case to:</source>
      <translation>Assegna il caso selezionato a:</translation>
    </message>
    <message>
      <location filename="../ui/day/caseload.py" line="93" />
      <source>Closed cases at the end of the retention period: %1. Purge them in Administration → Retention.</source>
      <translation>Casi chiusi alla fine del periodo di conservazione: %1. Eliminali in Amministrazione → Conservazione.</translation>
    </message>
  </context>
  <context>
    <name>CasesView</name>
    <message>
      <location filename="../ui/cases/view.py" line="46" />
      <source>Search by code, name or note…</source>
      <translation>Cerca per codice, nome o nota…</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="47" />
      <source>Search cases</source>
      <translation>Cerca nei casi</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="50" />
      <source>Any status</source>
      <translation>Qualsiasi stato</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="52" />
      <source>Any form of violence</source>
      <translation>Qualsiasi forma di violenza</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="56" />
      <source>Centre &amp;field</source>
      <translation>Campo del &amp;centro</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="57" />
      <source>Val&amp;ue</source>
      <translation>Val&amp;ore</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="60" />
      <source>New case…</source>
      <translation>Nuovo caso…</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="66" />
      <source>Cases</source>
      <translation>Casi</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="85" />
      <source>Enter opens a case. Ctrl+1 to Ctrl+4 sort by a column, again to reverse.</source>
      <translation>Invio apre un caso. Da Ctrl+1 a Ctrl+4 ordinano per una colonna, di nuovo per invertire.</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="89" />
      <source>← Previous</source>
      <translation>← Precedenti</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="90" />
      <source>Next →</source>
      <translation>Successivi →</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="102" />
      <source>S&amp;tatus</source>
      <translation>S&amp;tato</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="104" />
      <source>&amp;Violence</source>
      <translation>&amp;Violenza</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="127" />
      <source>Any centre field</source>
      <translation>Qualsiasi campo del centro</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="145" />
      <source>filled in</source>
      <translation>compilato</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="146" />
      <source>not filled in</source>
      <translation>non compilato</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="148" />
      <source>yes</source>
      <translation>sì</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="149" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="216" />
      <source>More than %1 cases (showing %2–%3)</source>
      <translation>Più di %1 casi (mostrati %2–%3)</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="217" />
      <source>%1 cases (showing %2–%3)</source>
      <translation>%1 casi (mostrati %2–%3)</translation>
    </message>
    <message>
      <location filename="../ui/cases/view.py" line="217" />
      <source>1 case</source>
      <translation>1 caso</translation>
    </message>
  </context>
  <context>
    <name>CentreFieldPanel</name>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="79" />
      <source>Required: the case file cannot be saved without it</source>
      <translation>Obbligatorio: la cartella non si salva senza</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="81" />
      <location filename="../ui/fields/centre_panel.py" line="112" />
      <source>Choices</source>
      <translation>Scelte</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="83" />
      <location filename="../ui/fields/centre_panel.py" line="85" />
      <source>Choice, in Italian</source>
      <translation>Scelta, in italiano</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="84" />
      <source>in English (optional)</source>
      <translation>in inglese (facoltativo)</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="86" />
      <source>Choice, in English</source>
      <translation>Scelta, in inglese</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="87" />
      <source>&amp;Add choice</source>
      <translation>&amp;Aggiungi scelta</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="88" />
      <source>&amp;Rename</source>
      <translation>&amp;Rinomina</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="89" />
      <location filename="../ui/fields/centre_panel.py" line="231" />
      <source>No longer in &amp;use</source>
      <translation>Non più in &amp;uso</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="100" />
      <source>&amp;Save field</source>
      <translation>&amp;Salva campo</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="104" />
      <source>&amp;Name (Italian)</source>
      <translation>&amp;Nome (italiano)</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="105" />
      <source>Name (&amp;English)</source>
      <translation>Nome (&amp;inglese)</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="106" />
      <source>&amp;Help (Italian)</source>
      <translation>&amp;Aiuto (italiano)</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="107" />
      <source>Help (Eng&amp;lish)</source>
      <translation>Aiuto (in&amp;glese)</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="108" />
      <source>Se&amp;ction</source>
      <translation>Se&amp;zione</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="109" />
      <source>&amp;Type</source>
      <translation>&amp;Tipo</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="123" />
      <source>Referrals that may carry it</source>
      <translation>Invii che possono contenerlo</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="153" />
      <source>New field</source>
      <translation>Nuovo campo</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="162" />
      <source>Cases with a value in it: %1. Its type stays as it is.</source>
      <translation>Casi con un valore in questo campo: %1. Il tipo resta com'è.</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="174" />
      <source>Version %1 · saved on %2</source>
      <translation>Versione %1 · salvata il %2</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="176" />
      <source>Not saved yet.</source>
      <translation>Non ancora salvato.</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="185" />
      <source>Version %1 · saved on %2 by %3</source>
      <translation>Versione %1 · salvata il %2 da %3</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="197" />
      <source>(no longer in use: old cases keep it)</source>
      <translation>(non più in uso: i casi passati la conservano)</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="217" />
      <source>What is recorded about the violence never leaves the centre.</source>
      <translation>Ciò che si registra sulla violenza non esce mai dal centro.</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="220" />
      <source>The operatrice may add it to a referral to these services, always with a reason and her consent; never otherwise, and never in the report to the network.</source>
      <translation>L'operatrice può aggiungerlo a un invio verso questi servizi, sempre con un motivo e con il consenso della donna; mai altrimenti, e mai nel report alla rete.</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="231" />
      <source>Back in &amp;use</source>
      <translation>Di nuovo in &amp;uso</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="286" />
      <source>Give the field a name in Italian.</source>
      <translation>Dai al campo un nome in italiano.</translation>
    </message>
    <message>
      <location filename="../ui/fields/centre_panel.py" line="288" />
      <source>A list needs at least one choice in use.</source>
      <translation>Un elenco ha bisogno di almeno una scelta in uso.</translation>
    </message>
  </context>
  <context>
    <name>CentreFieldsBox</name>
    <message>
      <location filename="../ui/fields/casefile.py" line="46" />
      <source>(field no longer in use)</source>
      <translation>(campo non più in uso)</translation>
    </message>
    <message>
      <location filename="../ui/fields/casefile.py" line="60" />
      <source>yes</source>
      <translation>sì</translation>
    </message>
    <message>
      <location filename="../ui/fields/casefile.py" line="61" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../ui/fields/casefile.py" line="71" />
      <location filename="../ui/fields/casefile.py" line="87" />
      <source>(no longer in use)</source>
      <translation>(non più in uso)</translation>
    </message>
    <message>
      <location filename="../ui/fields/casefile.py" line="100" />
      <source>a number</source>
      <translation>un numero</translation>
    </message>
    <message>
      <location filename="../ui/fields/casefile.py" line="127" />
      <source>This centre's fields</source>
      <translation>Campi di questo centro</translation>
    </message>
    <message>
      <location filename="../ui/fields/casefile.py" line="183" />
      <source>The centre made this field required.</source>
      <translation>Il centro ha reso obbligatorio questo campo.</translation>
    </message>
    <message>
      <location filename="../ui/fields/casefile.py" line="188" />
      <source>Write a number, such as 3 or 2,5.</source>
      <translation>Scrivi un numero, per esempio 3 o 2,5.</translation>
    </message>
  </context>
  <context>
    <name>CentreOutcomesView</name>
    <message>
      <location filename="../ui/outcomes/centre.py" line="94" />
      <source>&amp;Show</source>
      <translation>&amp;Mostra</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="97" />
      <source>Indicator</source>
      <translation>Indicatore</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="101" />
      <source>&amp;Indicator</source>
      <translation>&amp;Indicatore</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="108" />
      <source>Who is counted</source>
      <translation>Chi viene contata</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="116" />
      <source>Counts</source>
      <translation>Numeri</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="118" />
      <source>Chart of the indicator</source>
      <translation>Grafico dell'indicatore</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="124" />
      <source>Your centre's exact counts. Exports hide every count from 1 to 4 (“&lt;5”) and what would reveal it (“—”). Women not followed up are counted as such, never guessed.</source>
      <translation>I numeri esatti del centro. Nei file esportati ogni numero da 1 a 4 è nascosto (“&lt;5”), come ciò che lo farebbe scoprire (“—”). Le donne non ricontattate sono contate come tali, mai stimate.</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="180" />
      <source>%1 paths closed; %2 of these women in a job at closure. After 6 months: %3 of %4 followed up.</source>
      <translation>Percorsi chiusi: %1; di queste donne, %2 con un lavoro alla chiusura. Dopo 6 mesi: ricontattate %3 su %4.</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="215" />
      <source>Period: %1 – %2</source>
      <translation>Periodo: %1 – %2</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="219" />
      <location filename="../ui/outcomes/centre.py" line="222" />
      <source>Outcomes of the women's paths</source>
      <translation>Esiti dei percorsi delle donne</translation>
    </message>
  </context>
  <context>
    <name>ColumnsPage</name>
    <message>
      <location filename="../ui/importer/pages.py" line="66" />
      <source>Column</source>
      <translation>Colonna</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="66" />
      <source>First values</source>
      <translation>Primi valori</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="66" />
      <source>Goes into</source>
      <translation>Va in</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="67" />
      <source>Columns of the file</source>
      <translation>Colonne del file</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="78" />
      <source>Rows read: %1.</source>
      <translation>Righe lette: %1.</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="80" />
      <source>Sheet “%1”.</source>
      <translation>Foglio «%1».</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="82" />
      <source>Title rows above the column names, left out: %1.</source>
      <translation>Righe di titolo sopra i nomi delle colonne, tralasciate: %1.</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="86" />
      <source>Check where each column goes; Ponte suggests what it recognises from the names.</source>
      <translation>Controlla dove va ogni colonna; Ponte suggerisce ciò che riconosce dai nomi.</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="96" />
      <source>Where column %1 goes</source>
      <translation>Dove va la colonna %1</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="97" />
      <source>— leave this column out —</source>
      <translation>— non importare questa colonna —</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="103" />
      <source>%1: %2 (yes/no)</source>
      <translation>%1: %2 (sì/no)</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="109" />
      <source>suggested</source>
      <translation>suggerito</translation>
    </message>
  </context>
  <context>
    <name>ComposerDialog</name>
    <message>
      <location filename="../ui/referral/composer.py" line="67" />
      <source>New referral</source>
      <translation>Nuovo invio</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="85" />
      <source>Partner service</source>
      <translation>Servizio partner</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="89" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="89" />
      <source>Value</source>
      <translation>Valore</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="91" />
      <source>Fields that will be sent</source>
      <translation>Campi che verranno inviati</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="106" />
      <source>Why this field is needed (stays in her notes)</source>
      <translation>Perché serve questo campo (resta nelle sue note)</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="107" />
      <source>Reason for the added field</source>
      <translation>Motivo del campo aggiunto</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="108" />
      <source>Add field</source>
      <translation>Aggiungi campo</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="111" />
      <source>Add a &amp;field</source>
      <translation>Aggiungi un ca&amp;mpo</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="116" />
      <location filename="../ui/referral/composer.py" line="426" />
      <source>Purpose</source>
      <translation>Finalità</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="117" />
      <source>e.g. job orientation and DID</source>
      <translation>es. orientamento al lavoro e DID</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="119" />
      <location filename="../ui/referral/composer.py" line="427" />
      <source>Urgency</source>
      <translation>Urgenza</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="121" />
      <source>Document to attach</source>
      <translation>Documento da allegare</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="124" />
      <source>&amp;To</source>
      <translation>&amp;Destinatario</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="125" />
      <source>&amp;Purpose</source>
      <translation>&amp;Finalità</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="126" />
      <source>&amp;Urgency</source>
      <translation>&amp;Urgenza</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="127" />
      <source>&amp;Attach</source>
      <translation>A&amp;llega</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="128" />
      <location filename="../ui/referral/composer.py" line="430" />
      <source>Her consent</source>
      <translation>Il suo consenso</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="132" />
      <source>How she gave her consent</source>
      <translation>Come ha dato il consenso</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="135" />
      <source>Consent expires on</source>
      <translation>Il consenso scade il</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="136" />
      <source>Record her consent to these fields</source>
      <translation>Registra il suo consenso per questi campi</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="140" />
      <source>How she gave it</source>
      <translation>Come lo ha dato</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="141" />
      <source>Valid until</source>
      <translation>Valido fino al</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="143" />
      <source>Preview what will be sent…</source>
      <translation>Anteprima di ciò che verrà inviato…</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="146" />
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="154" />
      <source>Fields proposed for this kind of service:</source>
      <translation>Campi proposti per questo tipo di servizio:</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="158" />
      <source>Values in grey come from her case file: to change one, correct it in the case file (Intake tab), then open the referral again.</source>
      <translation>I valori in grigio vengono dalla sua scheda: per cambiarne uno, correggilo nella scheda (Accoglienza), poi apri di nuovo l'invio.</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="191" />
      <source>no document</source>
      <translation>nessun documento</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="231" />
      <source>From her case file: change it there (Intake tab).</source>
      <translation>Dalla sua scheda: si cambia lì (Accoglienza).</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="89" />
      <location filename="../ui/referral/composer.py" line="250" />
      <source>Remove</source>
      <translation>Togli</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="251" />
      <source>Remove %1</source>
      <translation>Togli %1</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="276" />
      <source>No consent of hers covers this service yet. Ask her, then record it here.</source>
      <translation>Nessun suo consenso copre ancora questo servizio. Chiedilo a lei, poi registralo qui.</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="282" />
      <source>Her consent does not cover: %1. Remove them or record a new consent.</source>
      <translation>Il suo consenso non copre: %1. Toglili o registra un nuovo consenso.</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="287" />
      <source>She consented on %1, valid until %2.</source>
      <translation>Ha dato il consenso il %1, valido fino al %2.</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="298" />
      <source>the document (%1)</source>
      <translation>il documento (%1)</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="387" />
      <source>Exactly what will be sent</source>
      <translation>Esattamente ciò che verrà inviato</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="389" />
      <source>← Change</source>
      <translation>← Modifica</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="391" />
      <source>Send referral</source>
      <translation>Invia</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="424" />
      <source>To</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="425" />
      <source>She will appear there as</source>
      <translation>Lì comparirà come</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="428" />
      <source>How to contact her</source>
      <translation>Come contattarla</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="428" />
      <source>only through this centre</source>
      <translation>solo tramite questo centro</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="431" />
      <source>valid until %1</source>
      <translation>valido fino al %1</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="437" />
      <source>Exactly what will leave this centre</source>
      <translation>Esattamente ciò che uscirà da questo centro</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="443" />
      <source>About her (%1 fields)</source>
      <translation>Su di lei (%1 campi)</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="451" />
      <source>Attached document</source>
      <translation>Documento allegato</translation>
    </message>
    <message>
      <location filename="../ui/referral/composer.py" line="457" />
      <source>Nothing else is sent: not her story, not the author, not the risk assessment, not the safety plan, not the shelter's address. Different services see different names for her, so their records cannot be linked.</source>
      <translation>Nient'altro viene inviato: non la sua storia, non l'autore, non la valutazione del rischio, non il piano di sicurezza, non l'indirizzo della casa rifugio. Ogni servizio la vede con un nome diverso, così i loro archivi non possono essere collegati.</translation>
    </message>
  </context>
  <context>
    <name>ConfirmBar</name>
    <message>
      <location filename="../ui/admin/widgets.py" line="128" />
      <source>Confirmation</source>
      <translation>Conferma</translation>
    </message>
    <message>
      <location filename="../ui/admin/widgets.py" line="131" />
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <location filename="../ui/admin/widgets.py" line="156" />
      <source>To confirm, type %1:</source>
      <translation>Per confermare, scrivi %1:</translation>
    </message>
  </context>
  <context>
    <name>ConflictBar</name>
    <message>
      <location filename="../ui/fields/conflict_bar.py" line="43" />
      <source>“%1” was changed on two workstations at the same time. Nothing was lost: choose the version to keep (%2 left to settle).</source>
      <translation>«%1» è stato modificato su due postazioni nello stesso momento. Non si è perso nulla: scegli la versione da tenere (%2 da sistemare).</translation>
    </message>
    <message>
      <location filename="../ui/fields/conflict_bar.py" line="50" />
      <source>(empty)</source>
      <translation>(vuoto)</translation>
    </message>
    <message>
      <location filename="../ui/fields/conflict_bar.py" line="52" />
      <source>• “%1”, by %2 on %3</source>
      <translation>• «%1», di %2 su %3</translation>
    </message>
    <message>
      <location filename="../ui/fields/conflict_bar.py" line="55" />
      <source>Keep “%1”</source>
      <translation>Tieni «%1»</translation>
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
      <location filename="../ui/conflicts/labels.py" line="43" />
      <source>A field of this centre</source>
      <translation>Un campo di questo centro</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="46" />
      <source>Name of a centre field (Italian)</source>
      <translation>Nome di un campo del centro (italiano)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="49" />
      <source>Name of a centre field (English)</source>
      <translation>Nome di un campo del centro (inglese)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="52" />
      <source>A choice of a centre field (Italian)</source>
      <translation>Una scelta di un campo del centro (italiano)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/labels.py" line="61" />
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
      <location filename="../ui/conflicts/view.py" line="185" />
      <source>Other versions: %1. Choosing one settles them all.</source>
      <translation>Altre versioni: %1. Sceglierne una le risolve tutte.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="206" />
      <source>Saving…</source>
      <translation>Salvataggio…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/view.py" line="209" />
      <source>Saved. The other workstations get it at their next sync.</source>
      <translation>Salvato. Le altre postazioni lo ricevono al prossimo collegamento con la rete.</translation>
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <location filename="../ui/outcomes/form.py" line="187" />
      <source>Consent to be followed up</source>
      <translation>Consenso al ricontatto</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="190" />
      <source>She agrees that the centre contacts her 6 and 12 months after her path closes, to ask how she is. Write down only how to reach her safely.</source>
      <translation>Lei accetta che il centro la ricontatti 6 e 12 mesi dopo la chiusura del percorso, per sapere come sta. Annotate solo come raggiungerla in sicurezza.</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="206" />
      <source>A message may be left</source>
      <translation>Si può lasciare un messaggio</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="209" />
      <source>How she gave it</source>
      <translation>Come l'ha dato</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="210" />
      <source>Given on</source>
      <translation>Dato il</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="211" />
      <source>Expires on</source>
      <translation>Scade il</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="212" />
      <source>How to reach her</source>
      <translation>Come raggiungerla</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="216" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
  </context>
  <context>
    <name>ConsentRegisterSection</name>
    <message>
      <location filename="../ui/privacy/consents.py" line="61" />
      <source>e.g. K7QF-3M2X</source>
      <translation>es. K7QF-3M2X</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="65" />
      <source>Woman code</source>
      <translation>Codice donna</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="66" />
      <source>Service</source>
      <translation>Servizio</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="67" />
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="68" />
      <source>Purpose</source>
      <translation>Finalità</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="69" />
      <source>Given</source>
      <translation>Dato il</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="70" />
      <source>Expires</source>
      <translation>Scade il</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="71" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="75" />
      <source>Consents</source>
      <translation>Consensi</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="77" />
      <source>&amp;Withdraw consent…</source>
      <translation>&amp;Revoca il consenso…</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="84" />
      <source>&amp;Woman code</source>
      <translation>&amp;Codice donna</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="90" />
      <source>Consent register</source>
      <translation>Registro dei consensi</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="94" />
      <source>Every consent recorded in the centre: for which service and recipient, for what purpose, when it was given and when it expires. Withdrawing a consent stops any further sending at once and withdraws the referrals sent under it: each service is told and no longer sees her details.</source>
      <translation>Ogni consenso registrato nel centro: per quale servizio e destinatario, per quale scopo, quando è stato dato e quando scade. Revocare un consenso blocca subito ogni nuovo invio e ritira gli invii fatti con quel consenso: ogni servizio viene avvisato e non vede più i suoi dati.</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="172" />
      <source>Woman %1.</source>
      <translation>Codice donna %1.</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="130" />
      <source>Withdrawn %1</source>
      <translation>Revocato il %1</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="132" />
      <source>Expired</source>
      <translation>Scaduto</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="133" />
      <source>Valid</source>
      <translation>Valido</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="144" />
      <source>any of this service</source>
      <translation>qualsiasi di questo servizio</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="173" />
      <source>Withdraw</source>
      <translation>Revoca</translation>
    </message>
    <message>
      <location filename="../ui/privacy/consents.py" line="184" />
      <source>Consent withdrawn.</source>
      <translation>Consenso revocato.</translation>
    </message>
  </context>
  <context>
    <name>ConsentsTab</name>
    <message>
      <location filename="../ui/casefile/tabs.py" line="425" />
      <location filename="../ui/casefile/tabs.py" line="443" />
      <source>Service</source>
      <translation>Servizio</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="426" />
      <location filename="../ui/casefile/tabs.py" line="444" />
      <source>Purpose</source>
      <translation>Finalità</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="427" />
      <source>Given</source>
      <translation>Dato il</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="428" />
      <source>Expires</source>
      <translation>Scade il</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="429" />
      <source>How</source>
      <translation>Modalità</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="430" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="432" />
      <source>Consents</source>
      <translation>Consensi</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="436" />
      <source>Purpose, e.g. job orientation</source>
      <translation>Finalità, es. orientamento al lavoro</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="445" />
      <source>How she gave it</source>
      <translation>Come lo ha dato</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="446" />
      <source>Given on</source>
      <translation>Dato il</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="447" />
      <source>Expires on</source>
      <translation>Scade il</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="451" />
      <source>Record consent</source>
      <translation>Registra consenso</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="453" />
      <source>Withdraw selected consent</source>
      <translation>Revoca il consenso selezionato</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="469" />
      <source>valid</source>
      <translation>valido</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="469" />
      <source>withdrawn</source>
      <translation>revocato</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="515" />
      <source>Withdraw</source>
      <translation>Revoca</translation>
    </message>
  </context>
  <context>
    <name>Controller</name>
    <message>
      <location filename="../app.py" line="122" />
      <source>Demo: the passphrase is “%1”. Accounts: “%2” (amministratrice) and, at the centre, “%3” (operatrice: she sees only the cases assigned to her).</source>
      <translation>Demo: la passphrase è «%1». Account: «%2» (amministratrice) e, al centro, «%3» (operatrice: vede solo i casi affidati a lei).</translation>
    </message>
    <message>
      <location filename="../app.py" line="321" />
      <source>Working offline: nothing is sent until you turn the network back on.</source>
      <translation>Lavori offline: non parte nulla finché non riattivi la rete.</translation>
    </message>
    <message>
      <location filename="../app.py" line="323" />
      <source>Back on the network: waiting referrals are being sent.</source>
      <translation>Di nuovo in rete: gli invii in attesa stanno partendo.</translation>
    </message>
    <message>
      <location filename="../app.py" line="335" />
      <source>Demo: the network is absent now.</source>
      <translation>Demo: ora la rete è assente.</translation>
    </message>
    <message>
      <location filename="../app.py" line="337" />
      <source>Demo: the network is back.</source>
      <translation>Demo: la rete è tornata.</translation>
    </message>
    <message>
      <location filename="../app.py" line="373" />
      <source>Statistics</source>
      <translation>Statistiche</translation>
    </message>
    <message>
      <location filename="../app.py" line="374" />
      <source>This centre</source>
      <translation>Questo centro</translation>
    </message>
    <message>
      <location filename="../app.py" line="378" />
      <source>Report to the network</source>
      <translation>Statistiche per la rete</translation>
    </message>
    <message>
      <location filename="../app.py" line="395" />
      <source>Outcomes and follow-ups</source>
      <translation>Esiti e ricontatti</translation>
    </message>
    <message>
      <location filename="../app.py" line="398" />
      <source>Follow-ups to make</source>
      <translation>Ricontatti da fare</translation>
    </message>
    <message>
      <location filename="../app.py" line="401" />
      <source>Indicators</source>
      <translation>Indicatori</translation>
    </message>
    <message>
      <location filename="../app.py" line="488" />
      <source>%1 new answers from partner services (see Messages)</source>
      <translation>%1 nuove risposte dai servizi partner (vedi Messaggi)</translation>
    </message>
    <message>
      <location filename="../app.py" line="494" />
      <source>Messages (%1 new)</source>
      <translation>Messaggi (%1 nuovi)</translation>
    </message>
  </context>
  <context>
    <name>DaySettingsDialog</name>
    <message>
      <location filename="../ui/day/settings.py" line="117" />
      <source>Diary settings</source>
      <translation>Impostazioni dell'agenda</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="123" />
      <source>Settings status</source>
      <translation>Stato delle impostazioni</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="125" />
      <source>Centre</source>
      <translation>Centro</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="126" />
      <source>Deadline rules</source>
      <translation>Regole delle scadenze</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="127" />
      <location filename="../ui/day/settings.py" line="188" />
      <source>Rooms</source>
      <translation>Stanze</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="128" />
      <source>Letter templates</source>
      <translation>Modelli di lettera</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="129" />
      <source>Close</source>
      <translation>Chiudi</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="143" />
      <source>Closing a case needs the coordinator's approval</source>
      <translation>Chiudere un caso richiede l'approvazione della coordinatrice</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="146" />
      <source>a phone number that does not say who answers</source>
      <translation>un numero di telefono che non dice chi risponde</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="148" />
      <source>printed only when ticked in a letter</source>
      <translation>stampato solo se spuntato in una lettera</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="150" />
      <source>Centre's &amp;name (letters)</source>
      <translation>&amp;Nome del centro (lettere)</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="151" />
      <source>&amp;Contact on cards and letters</source>
      <translation>&amp;Recapito su promemoria e lettere</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="152" />
      <source>&amp;Shelter's address (protected)</source>
      <translation>&amp;Indirizzo della casa rifugio (protetto)</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="159" />
      <source>&amp;Save</source>
      <translation>&amp;Salva</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="171" />
      <source> months</source>
      <translation> mesi</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="171" />
      <source> days</source>
      <translation> giorni</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="177" />
      <source>Save the &amp;rules</source>
      <translation>Salva le &amp;regole</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="190" />
      <source>New room</source>
      <translation>Nuova stanza</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="191" />
      <source>name of a room, e.g. “Stanza 2”</source>
      <translation>nome di una stanza, per es. «Stanza 2»</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="192" />
      <source>&amp;Add room</source>
      <translation>&amp;Aggiungi stanza</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="194" />
      <source>No longer &amp;used</source>
      <translation>Non più in &amp;uso</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="208" />
      <source>Templates</source>
      <translation>Modelli</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="212" />
      <location filename="../ui/day/settings.py" line="227" />
      <source>Title</source>
      <translation>Titolo</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="215" />
      <source>Text of the template</source>
      <translation>Testo del modello</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="219" />
      <source>&amp;New template</source>
      <translation>&amp;Nuovo modello</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="221" />
      <source>Save &amp;template</source>
      <translation>Salva il &amp;modello</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="223" />
      <source>Remove from the list</source>
      <translation>Togli dall'elenco</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="228" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="231" />
      <source>Placeholders you can use:</source>
      <translation>Segnaposto che puoi usare:</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="297" />
      <source>Saved. The other workstations get it at their next sync.</source>
      <translation>Salvato. Le altre postazioni lo ricevono alla prossima sincronizzazione.</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="302" />
      <source>Rules saved.</source>
      <translation>Regole salvate.</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="308" />
      <source>Room added.</source>
      <translation>Stanza aggiunta.</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="314" />
      <source>Room removed.</source>
      <translation>Stanza tolta.</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="336" />
      <source>Template saved.</source>
      <translation>Modello salvato.</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="343" />
      <source>Template removed.</source>
      <translation>Modello tolto.</translation>
    </message>
  </context>
  <context>
    <name>DevicesView</name>
    <message>
      <location filename="../ui/conflicts/devices.py" line="50" />
      <source>Workstations of this centre</source>
      <translation>Postazioni di questo centro</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="56" />
      <source>These workstations share the centre's case files, encrypted end to end: the hub passes them on without being able to read them.</source>
      <translation>Queste postazioni condividono le schede del centro, cifrate da un capo all'altro: il server della rete le inoltra senza poterle leggere.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="63" />
      <source>Workstations</source>
      <translation>Postazioni</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="65" />
      <source>Workstation</source>
      <translation>Postazione</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="65" />
      <source>Added</source>
      <translation>Aggiunta il</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="65" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="65" />
      <source>Check code</source>
      <translation>Codice di verifica</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="71" />
      <source>Ask to join…</source>
      <translation>Chiedi di unirti…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="72" />
      <source>Add a workstation…</source>
      <translation>Aggiungi una postazione…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="73" />
      <source>Open a join offer…</source>
      <translation>Apri un invito…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="74" />
      <source>Remove workstation</source>
      <translation>Rimuovi postazione</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="83" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="97" />
      <source>Save file</source>
      <translation>Salva file</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="101" />
      <source>Open file</source>
      <translation>Apri file</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="105" />
      <source>Please confirm</source>
      <translation>Conferma</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="116" />
      <source> (this one)</source>
      <translation> (questa)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="117" />
      <source>removed</source>
      <translation>rimossa</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="117" />
      <source>active</source>
      <translation>attiva</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="124" />
      <source>This workstation does not share case files with others yet.</source>
      <translation>Questa postazione non condivide ancora le schede con altre.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="156" />
      <source>Join request saved. Take it to an administrator of the centre; the code on her screen must be %1.</source>
      <translation>Richiesta salvata. Portala a un'amministratrice del centro: il codice sul suo schermo deve essere %1.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="171" />
      <source>Cannot read it.</source>
      <translation>Impossibile leggerlo.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="175" />
      <source>Add the workstation “%1”? Its screen must show the code %2.</source>
      <translation>Aggiungere la postazione «%1»? Il suo schermo deve mostrare il codice %2.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="191" />
      <source>Added. Open the join offer on the new workstation.</source>
      <translation>Aggiunta. Apri l'invito sulla nuova postazione.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="202" />
      <source>Joined. The centre's case files arrive with the next synchronisation.</source>
      <translation>Fatto. Le schede del centro arrivano al prossimo collegamento con la rete.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="209" />
      <source>Choose a workstation in the list first.</source>
      <translation>Prima scegli una postazione nell'elenco.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="212" />
      <source>Remove “%1”? It will receive nothing written from now on.</source>
      <translation>Rimuovere «%1»? Non riceverà più nulla di quanto scritto da ora in poi.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts/devices.py" line="219" />
      <source>Removed. New case data is locked with a new key.</source>
      <translation>Rimossa. I nuovi dati sono protetti da una nuova chiave.</translation>
    </message>
  </context>
  <context>
    <name>DocumentTableModel</name>
    <message>
      <location filename="../ui/documents/model.py" line="44" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../ui/documents/model.py" line="45" />
      <source>Kind</source>
      <translation>Tipo di documento</translation>
    </message>
    <message>
      <location filename="../ui/documents/model.py" line="46" />
      <source>Type</source>
      <translation>Formato</translation>
    </message>
    <message>
      <location filename="../ui/documents/model.py" line="47" />
      <source>Size</source>
      <translation>Dimensione</translation>
    </message>
    <message>
      <location filename="../ui/documents/model.py" line="48" />
      <source>Added</source>
      <translation>Aggiunto il</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <location filename="../ui/documents/viewer.py" line="39" />
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="48" />
      <source>Previous page</source>
      <translation>Pagina precedente</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="49" />
      <source>Next page</source>
      <translation>Pagina successiva</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="51" />
      <source>Page</source>
      <translation>Pagina</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="54" />
      <source>Zoom out</source>
      <translation>Riduci</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="55" />
      <source>Zoom in</source>
      <translation>Ingrandisci</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="56" />
      <source>Fit</source>
      <translation>Adatta</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="57" />
      <source>Show the whole page</source>
      <translation>Mostra la pagina intera</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="59" />
      <source>Save a copy…</source>
      <translation>Salva una copia…</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="61" />
      <source>Write an unencrypted copy to a place you choose. The copy is recorded.</source>
      <translation>Scrive una copia non cifrata nel punto che scegli. La copia viene registrata.</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="64" />
      <source>Messages</source>
      <translation>Messaggi</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="70" />
      <source>Document image</source>
      <translation>Immagine del documento</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="75" />
      <source>Document pages</source>
      <translation>Pagine del documento</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="140" />
      <source>This image could not be shown: it may be damaged.</source>
      <translation>Non è possibile mostrare questa immagine: potrebbe essere danneggiata.</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="153" />
      <source>This PDF is protected by a password and cannot be shown here.</source>
      <translation>Questo PDF è protetto da password e non può essere mostrato qui.</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="155" />
      <source>This PDF could not be shown: it may be damaged.</source>
      <translation>Non è possibile mostrare questo PDF: potrebbe essere danneggiato.</translation>
    </message>
    <message>
      <location filename="../ui/documents/viewer.py" line="282" />
      <source>of %1</source>
      <translation>di %1</translation>
    </message>
  </context>
  <context>
    <name>DocumentsLimitSection</name>
    <message>
      <location filename="../ui/admin/documents_limit.py" line="24" />
      <source>&amp;Largest document</source>
      <translation>Documento più &amp;grande</translation>
    </message>
    <message>
      <location filename="../ui/admin/documents_limit.py" line="26" />
      <source>Largest document, in megabytes</source>
      <translation>Documento più grande, in megabyte</translation>
    </message>
    <message>
      <location filename="../ui/admin/documents_limit.py" line="27" />
      <source>&amp;Save</source>
      <translation>&amp;Salva</translation>
    </message>
    <message>
      <location filename="../ui/admin/documents_limit.py" line="36" />
      <source>Documents</source>
      <translation>Documenti</translation>
    </message>
    <message>
      <location filename="../ui/admin/documents_limit.py" line="40" />
      <source>Scans are kept encrypted inside the vault. A larger limit allows long scanned reports, and makes the vault and its backups grow faster.</source>
      <translation>Le scansioni restano cifrate dentro l'archivio. Un limite più alto permette referti lunghi, ma fa crescere più in fretta l'archivio e le sue copie di sicurezza.</translation>
    </message>
    <message>
      <location filename="../ui/admin/documents_limit.py" line="63" />
      <source>Saved: documents up to %1 MB.</source>
      <translation>Salvato: documenti fino a %1 MB.</translation>
    </message>
  </context>
  <context>
    <name>DocumentsView</name>
    <message>
      <location filename="../ui/documents/view.py" line="79" />
      <source>Documents</source>
      <translation>Documenti</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="87" />
      <source>Kind of document</source>
      <translation>Tipo di documento</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="90" />
      <source>&amp;Kind of document to add:</source>
      <translation>&amp;Tipo del documento da aggiungere:</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="92" />
      <source>&amp;Add document…</source>
      <translation>&amp;Aggiungi documento…</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="93" />
      <source>&amp;Open</source>
      <translation>Apr&amp;i</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="94" />
      <source>&amp;Save a copy…</source>
      <translation>&amp;Salva una copia…</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="95" />
      <source>&amp;Delete…</source>
      <translation>&amp;Elimina…</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="98" />
      <source>Messages</source>
      <translation>Messaggi</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="125" />
      <source>Working…</source>
      <translation>Attendere…</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="200" />
      <source>Add a document</source>
      <translation>Aggiungi un documento</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="202" />
      <source>Scanned documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
      <translation>Documenti scansionati (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tutti i file (*)</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="253" />
      <source>Save a copy</source>
      <translation>Salva una copia</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="276" />
      <source>Copy saved: %1</source>
      <translation>Copia salvata: %1</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="284" />
      <source>Delete document</source>
      <translation>Elimina documento</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="285" />
      <source>Delete “%1” from the vault?</source>
      <translation>Eliminare «%1» dall'archivio?</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="287" />
      <source>It is erased for good. Copies saved elsewhere and older backups keep it.</source>
      <translation>Viene cancellato per sempre. Le copie salvate altrove e i backup precedenti lo conservano.</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="289" />
      <source>Delete</source>
      <translation>Elimina</translation>
    </message>
    <message>
      <location filename="../ui/documents/view.py" line="290" />
      <source>Keep</source>
      <translation>Conserva</translation>
    </message>
  </context>
  <context>
    <name>DueView</name>
    <message>
      <location filename="../ui/outcomes/due.py" line="41" />
      <source>Woman</source>
      <translation>Donna</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/due.py" line="42" />
      <source>Follow-up</source>
      <translation>Ricontatto</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/due.py" line="43" />
      <source>Due on</source>
      <translation>Entro il</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/due.py" line="44" />
      <source>How to reach her</source>
      <translation>Come raggiungerla</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/due.py" line="46" />
      <source>Follow-ups to make</source>
      <translation>Ricontatti da fare</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/due.py" line="49" />
      <source>&amp;Open her case file</source>
      <translation>&amp;Apri la sua scheda</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/due.py" line="51" />
      <source>&amp;Refresh</source>
      <translation>&amp;Aggiorna</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/due.py" line="91" />
      <source>%1 · past its day</source>
      <translation>%1 · in ritardo</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/due.py" line="96" />
      <source>%1 follow-ups to make. Only women who agreed to be contacted are listed.</source>
      <translation>Ricontatti da fare: %1. Sono elencate solo le donne che hanno accettato di essere ricontattate.</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/due.py" line="99" />
      <source>No follow-up to make now.</source>
      <translation>Nessun ricontatto da fare ora.</translation>
    </message>
  </context>
  <context>
    <name>ExportButtons</name>
    <message>
      <location filename="../ui/stats/widgets.py" line="271" />
      <source>Result of the export</source>
      <extracomment>Bars of different sets differ by pattern too, not by colour alone (WCAG 1.4.1); the colours are Okabe and Ito's, told apart with any colour vision.</extracomment>
      <translation>Esito dell'esportazione</translation>
    </message>
    <message>
      <location filename="../ui/stats/widgets.py" line="275" />
      <source>Export &amp;CSV</source>
      <translation>Esporta &amp;CSV</translation>
    </message>
    <message>
      <location filename="../ui/stats/widgets.py" line="276" />
      <source>Export &amp;Excel</source>
      <translation>Esporta &amp;Excel</translation>
    </message>
    <message>
      <location filename="../ui/stats/widgets.py" line="277" />
      <source>&amp;Print report (PDF)</source>
      <translation>&amp;Stampa resoconto (PDF)</translation>
    </message>
    <message>
      <location filename="../ui/stats/widgets.py" line="302" />
      <source>Saved %1: %2 tables; counts from 1 to 4 hidden.</source>
      <translation>Salvato %1: %2 tabelle; i numeri da 1 a 4 sono nascosti.</translation>
    </message>
    <message>
      <location filename="../ui/stats/widgets.py" line="313" />
      <source>Period: %1 – %2</source>
      <translation>Periodo: %1 – %2</translation>
    </message>
  </context>
  <context>
    <name>FieldWords</name>
    <message>
      <location filename="../ui/fields/words.py" line="15" />
      <source>Text</source>
      <translation>Testo</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="16" />
      <source>Number</source>
      <translation>Numero</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="17" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="18" />
      <source>Yes / no</source>
      <translation>Sì / no</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="19" />
      <source>One choice from a list</source>
      <translation>Una scelta da un elenco</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="20" />
      <source>Several choices from a list</source>
      <translation>Più scelte da un elenco</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="26" />
      <source>Intake</source>
      <translation>Accoglienza</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="27" />
      <source>Forms of violence</source>
      <translation>Forme di violenza</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="28" />
      <source>Children</source>
      <translation>Figli</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="29" />
      <source>Empowerment plan</source>
      <translation>Percorso di autonomia</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="30" />
      <source>Closure</source>
      <translation>Chiusura</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="39" />
      <source>The centre's statistics and the yearly ISTAT and Regione export count it.</source>
      <translation>Le statistiche del centro e l'esportazione annuale per ISTAT e Regione lo contano.</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="46" />
      <source>The quarterly report to the network counts it.</source>
      <translation>Il report trimestrale alla rete lo conta.</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="53" />
      <source>Referrals to these services always carry it: %1.</source>
      <translation>Gli invii a questi servizi lo contengono sempre: %1.</translation>
    </message>
    <message>
      <location filename="../ui/fields/words.py" line="59" />
      <source>The case file needs it to work (its status, dates, who may see it).</source>
      <translation>Serve alla cartella per funzionare (stato, date, chi può vederla).</translation>
    </message>
  </context>
  <context>
    <name>FieldsSection</name>
    <message>
      <location filename="../ui/fields/editor.py" line="65" />
      <location filename="../ui/fields/editor.py" line="101" />
      <source>Fields of the case file</source>
      <translation>Campi della cartella</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="68" />
      <source>&amp;New field…</source>
      <translation>&amp;Nuovo campo…</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="69" />
      <source>Move &amp;up</source>
      <translation>Sposta &amp;su</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="70" />
      <source>Move &amp;down</source>
      <translation>Sposta &amp;giù</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="71" />
      <location filename="../ui/fields/editor.py" line="187" />
      <source>&amp;Retire</source>
      <translation>&amp;Ritira</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="79" />
      <source>Choose a field on the left. Add the centre's own fields with “New field…”: they appear in the case file, in search and filters, in her access export and in the centre's statistics — never in the report to the network.</source>
      <translation>Scegli un campo a sinistra. Aggiungi i campi propri del centro con «Nuovo campo…»: compaiono nella cartella, nella ricerca e nei filtri, nell'esportazione dei suoi dati e nelle statistiche del centro — mai nel report alla rete.</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="143" />
      <source>(locked)</source>
      <translation>(bloccato)</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="145" />
      <source>(hidden)</source>
      <translation>(nascosto)</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="155" />
      <source>(retired)</source>
      <translation>(ritirato)</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="187" />
      <source>Bring &amp;back</source>
      <translation>&amp;Ripristina</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="240" />
      <source>“%1” saved (version %2).</source>
      <translation>«%1» salvato (versione %2).</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="254" />
      <source>Saved: the case file shows it this way from now on.</source>
      <translation>Salvato: da ora la cartella lo mostra così.</translation>
    </message>
    <message>
      <location filename="../ui/fields/editor.py" line="293" />
      <source>Settled on every workstation at the next synchronisation.</source>
      <translation>Sistemato: le altre postazioni lo ricevono al prossimo collegamento con la rete.</translation>
    </message>
  </context>
  <context>
    <name>FileField</name>
    <message>
      <location filename="../ui/admin/widgets.py" line="180" />
      <source>Choose…</source>
      <translation>Scegli…</translation>
    </message>
    <message>
      <location filename="../ui/admin/widgets.py" line="181" />
      <source>Choose a file for: %1</source>
      <translation>Scegli un file per: %1</translation>
    </message>
  </context>
  <context>
    <name>FirstRunView</name>
    <message>
      <location filename="../ui/signin/views.py" line="182" />
      <location filename="../ui/signin/views.py" line="191" />
      <source>Username</source>
      <translation>Nome utente</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="183" />
      <location filename="../ui/signin/views.py" line="192" />
      <source>Full name</source>
      <translation>Nome e cognome</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="184" />
      <location filename="../ui/signin/views.py" line="193" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="185" />
      <location filename="../ui/signin/views.py" line="194" />
      <source>Repeat the passphrase</source>
      <translation>Ripeti la passphrase</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="196" />
      <source>Create the vault</source>
      <translation>Crea l'archivio</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="197" />
      <source>Try the demo (synthetic data)</source>
      <translation>Prova la demo (dati fittizi)</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="200" />
      <source>Preparing…</source>
      <translation>Preparazione…</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="201" />
      <source>Preparing the vault</source>
      <translation>Preparazione dell'archivio</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="209" />
      <source>Welcome. Ponte keeps the centre's case records encrypted on this computer. Create the vault and its first administrator account, or try the demo.</source>
      <translation>Benvenuta. Ponte conserva le schede del centro cifrate su questo computer. Crea l'archivio e il primo account di amministrazione, oppure prova la demo.</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="216" />
      <source>Ponte — first start</source>
      <translation>Ponte — primo avvio</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="228" />
      <source>The two passphrases differ.</source>
      <translation>Le due passphrase non coincidono.</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="231" />
      <source>Username and full name are required.</source>
      <translation>Servono nome utente e nome e cognome.</translation>
    </message>
  </context>
  <context>
    <name>ForgotView</name>
    <message>
      <location filename="../ui/signin/recovery.py" line="55" />
      <source>Opening the vault</source>
      <extracomment>account, new passphrase, and the recovery key (str) or the shares (SharesInTurn)</extracomment>
      <translation>Apertura dell'archivio</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="59" />
      <source>Ponte — I forgot my passphrase</source>
      <translation>Ponte — ho dimenticato la passphrase</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="71" />
      <source>With the recovery key written down when the vault was made, or with the shares of enough custodians, you can choose a new passphrase for your account.</source>
      <translation>Con la chiave di recupero scritta quando è stato creato l'archivio, oppure con le parti di abbastanza custodi, puoi scegliere una nuova passphrase per il tuo account.</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="77" />
      <location filename="../ui/signin/recovery.py" line="102" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="78" />
      <source>I have the &amp;recovery key</source>
      <translation>Ho la chiave di &amp;recupero</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="79" />
      <source>The &amp;custodians bring their shares</source>
      <translation>I &amp;custodi portano le loro parti</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="85" />
      <source>Recovery key</source>
      <translation>Chiave di recupero</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="90" />
      <source>Recovery &amp;key</source>
      <translation>&amp;Chiave di recupero</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="94" />
      <source>Share words</source>
      <translation>Parole della parte</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="97" />
      <source>&amp;Add this share</source>
      <translation>&amp;Aggiungi questa parte</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="98" />
      <source>Back to sign-in</source>
      <translation>Torna all'accesso</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="99" />
      <source>Continue</source>
      <translation>Continua</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="142" />
      <source>Share 1: the first custodian types her share's words.</source>
      <translation>Parte 1: la prima custode scrive le parole della sua parte.</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="144" />
      <source>Shares entered: %1 of %2, enough. Continue.</source>
      <translation>Parti inserite: %1 su %2, bastano. Continua.</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="146" />
      <source>Shares entered: %1 of %2. Share %3: the next custodian types hers.</source>
      <translation>Parti inserite: %1 su %2. Parte %3: la custode successiva scrive la sua.</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="157" />
      <source>Share %1: %2</source>
      <translation>Parte %1: %2</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="185" />
      <source>Enter the name of your account.</source>
      <translation>Scrivi il nome del tuo account.</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="203" />
      <source>Choose the new passphrase of your account; type it twice.</source>
      <translation>Scegli la nuova passphrase del tuo account e scrivila due volte.</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="208" />
      <location filename="../ui/signin/recovery.py" line="217" />
      <source>New passphrase</source>
      <translation>Nuova passphrase</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="209" />
      <location filename="../ui/signin/recovery.py" line="219" />
      <source>Repeat it</source>
      <translation>Ripetila</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="214" />
      <source>Back</source>
      <translation>Indietro</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="215" />
      <source>Set the passphrase and sign in</source>
      <translation>Imposta la passphrase e accedi</translation>
    </message>
    <message>
      <location filename="../ui/signin/recovery.py" line="241" />
      <source>The two passphrases differ.</source>
      <translation>Le due passphrase non coincidono.</translation>
    </message>
  </context>
  <context>
    <name>IdleWarning</name>
    <message>
      <location filename="../access/idle.py" line="80" />
      <source>Ponte is about to lock</source>
      <translation>Ponte sta per bloccarsi</translation>
    </message>
    <message>
      <location filename="../access/idle.py" line="84" />
      <source>&amp;Stay signed in</source>
      <translation>&amp;Resta collegata</translation>
    </message>
    <message>
      <location filename="../access/idle.py" line="86" />
      <source>Any key or click also keeps you signed in.</source>
      <translation>Anche un tasto o un clic qualsiasi ti tiene collegata.</translation>
    </message>
    <message>
      <location filename="../access/idle.py" line="109" />
      <source>No key has been pressed for a while. To protect the records, Ponte will lock in %1 seconds and ask for your passphrase again.</source>
      <translation>Da un po' non viene premuto nessun tasto. Per proteggere i dati, Ponte si bloccherà tra %1 secondi e chiederà di nuovo la passphrase.</translation>
    </message>
  </context>
  <context>
    <name>ImportProblems</name>
    <message>
      <source>A Comune is written as its ISTAT code, 6 digits.</source>
      <translation>Un Comune si scrive con il suo codice ISTAT, 6 cifre.</translation>
    </message>
    <message>
      <source>A choice no longer in use: kept as it was recorded.</source>
      <translation>Una scelta non più in uso: tenuta com'era stata registrata.</translation>
    </message>
    <message>
      <source>A closed case needs the reason it was closed.</source>
      <translation>Un caso chiuso ha bisogno del motivo della chiusura.</translation>
    </message>
    <message>
      <source>A codice fiscale has 16 letters and digits.</source>
      <translation>Un codice fiscale ha 16 lettere e cifre.</translation>
    </message>
    <message>
      <source>A field the centre made required is empty: fill it in later.</source>
      <translation>Un campo reso obbligatorio dal centro è vuoto: compilalo in seguito.</translation>
    </message>
    <message>
      <source>A formula Excel never calculated: open the file in Excel, save it, try again.</source>
      <translation>Una formula che Excel non ha mai calcolato: apri il file in Excel, salvalo e riprova.</translation>
    </message>
    <message>
      <source>A formula with an error (#REF!, #DIV/0!…).</source>
      <translation>Una formula con un errore (#RIF!, #DIV/0!…).</translation>
    </message>
    <message>
      <source>Date read from an Excel date number.</source>
      <translation>Data letta da un numero di data di Excel.</translation>
    </message>
    <message>
      <source>More cells than column names: is there a ; or a , inside a cell?</source>
      <translation>Più celle che nomi di colonna: c'è un ; o una , dentro una cella?</translation>
    </message>
    <message>
      <source>More children under 18 (or exposed to violence) than children.</source>
      <translation>Più figli minorenni (o esposti alla violenza) che figli.</translation>
    </message>
    <message>
      <source>No total of children: the number of minors was taken.</source>
      <translation>Manca il totale dei figli: è stato preso il numero dei minorenni.</translation>
    </message>
    <message>
      <source>The date of first contact is missing.</source>
      <translation>Manca la data del primo contatto.</translation>
    </message>
    <message>
      <source>The same record as an earlier row of this file.</source>
      <translation>La stessa scheda di una riga precedente di questo file.</translation>
    </message>
    <message>
      <source>The text is too long.</source>
      <translation>Il testo è troppo lungo.</translation>
    </message>
    <message>
      <source>This date is in the future.</source>
      <translation>Questa data è nel futuro.</translation>
    </message>
    <message>
      <source>This is not a date (day/month/year).</source>
      <translation>Questa non è una data (giorno/mese/anno).</translation>
    </message>
    <message>
      <source>This is not a number.</source>
      <translation>Questo non è un numero.</translation>
    </message>
    <message>
      <source>This is not yes or no.</source>
      <translation>Questo non è né sì né no.</translation>
    </message>
    <message>
      <source>This value is not in the list: map it to one of the choices.</source>
      <translation>Questo valore non è nell'elenco: associalo a una delle scelte.</translation>
    </message>
    <message>
      <source>Value taken from a merged cell.</source>
      <translation>Valore preso da una cella unita.</translation>
    </message>
  </context>
  <context>
    <name>ImportView</name>
    <message>
      <location filename="../ui/importer/view.py" line="38" />
      <source>Save the template</source>
      <translation>Salva il modello</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="39" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="43" />
      <source>Choose the spreadsheet</source>
      <translation>Scegli il foglio di calcolo</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="44" />
      <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
      <translation>Fogli di calcolo (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="66" />
      <source>&amp;Choose a spreadsheet…</source>
      <translation>&amp;Scegli un foglio di calcolo…</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="67" />
      <source>Save the &amp;template…</source>
      <translation>Salva il &amp;modello…</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="68" />
      <source>← &amp;Back</source>
      <translation>← &amp;Indietro</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="69" />
      <source>&amp;Next →</source>
      <translation>&amp;Avanti →</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="70" />
      <source>&amp;Import</source>
      <translation>&amp;Importa</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="71" />
      <source>Import &amp;another file</source>
      <translation>Importa &amp;un altro file</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="80" />
      <source>Bring the centre's past cases in from a spreadsheet (Excel .xlsx, or CSV as Excel saves it). Nothing is imported until you have seen, row by row, what will go in; then everything goes in at once, or nothing does. Importing the same file again does not make the cases twice.</source>
      <translation>Porta in Ponte i casi passati del centro da un foglio di calcolo (Excel .xlsx, oppure CSV come lo salva Excel). Non si importa nulla finché non hai visto, riga per riga, cosa entrerà; poi entra tutto insieme, oppure niente. Importare di nuovo lo stesso file non crea i casi due volte.</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="104" />
      <source>Import from a spreadsheet</source>
      <translation>Importa da un foglio di calcolo</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="139" />
      <source>Reading the file…</source>
      <translation>Lettura del file…</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="161" />
      <source>Template saved: %1</source>
      <translation>Modello salvato: %1</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="205" />
      <source>Checking every row…</source>
      <translation>Controllo di ogni riga…</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="222" />
      <source>Importing… (all rows at once: nothing is half done)</source>
      <translation>Importazione… (tutte le righe insieme: nulla resta a metà)</translation>
    </message>
    <message>
      <location filename="../ui/importer/view.py" line="239" />
      <source>Imported. New cases: %1. Cases updated: %2. Cases left as they were: %3.</source>
      <translation>Importazione fatta. Casi nuovi: %1. Casi aggiornati: %2. Casi lasciati com'erano: %3.</translation>
    </message>
  </context>
  <context>
    <name>IntakeForm</name>
    <message>
      <location filename="../ui/casefile/intake.py" line="67" />
      <source>optional, stays in this centre</source>
      <translation>facoltativo, resta in questo centro</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="72" />
      <source>ISTAT code, 6 digits</source>
      <translation>codice ISTAT, 6 cifre</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="76" />
      <source>Economically independent</source>
      <translation>Economicamente autonoma</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="82" />
      <source>Shared with the other operatrici</source>
      <translation>Condiviso con le altre operatrici</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="96" />
      <source>At closure: this centre's fields</source>
      <translation>Alla chiusura: campi di questo centro</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="137" />
      <source>About her</source>
      <translation>Su di lei</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="137" />
      <source>The case</source>
      <translation>Il caso</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="140" />
      <source>&amp;Name she uses</source>
      <translation>&amp;Nome che usa</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="141" />
      <source>Codice &amp;fiscale</source>
      <translation>Codice &amp;fiscale</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="142" />
      <source>&amp;Age band</source>
      <translation>Fascia d'&amp;età</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="143" />
      <source>C&amp;itizenship</source>
      <translation>C&amp;ittadinanza</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="144" />
      <source>Co&amp;mune of residence</source>
      <translation>Co&amp;mune di residenza</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="145" />
      <source>&amp;Education</source>
      <translation>Titolo di s&amp;tudio</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="146" />
      <source>Em&amp;ployment</source>
      <translation>&amp;Lavoro</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="147" />
      <source>In&amp;come</source>
      <translation>&amp;Reddito</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="149" />
      <source>&amp;Housing</source>
      <translation>&amp;Abitazione</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="150" />
      <source>&amp;Status</source>
      <translation>&amp;Stato</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="151" />
      <source>&amp;Opened on</source>
      <translation>&amp;Aperto il</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="152" />
      <source>&amp;First contact</source>
      <translation>&amp;Primo contatto</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="153" />
      <source>Sent &amp;by</source>
      <translation>Inviata &amp;da</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="165" />
      <source>Forms of violence</source>
      <translation>Forme di violenza</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="169" />
      <source>&amp;Duration</source>
      <translation>&amp;Durata</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="170" />
      <source>&amp;Relation of the author to her</source>
      <translation>&amp;Relazione dell'autore con lei</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="183" />
      <source>&amp;Children in total</source>
      <translation>&amp;Figli in tutto</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="184" />
      <source>Of whom &amp;under 18</source>
      <translation>Di cui &amp;minorenni</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="185" />
      <source>Minors who &amp;witnessed violence</source>
      <translation>Minori che hanno &amp;assistito alla violenza</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="186" />
      <source>Minors who &amp;suffered violence</source>
      <translation>Minori che hanno &amp;subito violenza</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="187" />
      <source>Children &amp;hosted with her</source>
      <translation>Figli &amp;accolti con lei</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="251" />
      <source>A codice fiscale has 16 letters and digits.</source>
      <translation>Un codice fiscale ha 16 lettere e cifre.</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="254" />
      <source>The ISTAT code of a Comune has 6 digits.</source>
      <translation>Il codice ISTAT di un Comune ha 6 cifre.</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="256" />
      <source>More children under 18 than in total.</source>
      <translation>Più figli minorenni che figli in tutto.</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="258" />
      <location filename="../ui/casefile/intake.py" line="260" />
      <source>More than the children under 18.</source>
      <translation>Più dei figli minorenni.</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="262" />
      <source>More than her children in total.</source>
      <translation>Più dei suoi figli in tutto.</translation>
    </message>
    <message>
      <location filename="../ui/casefile/intake.py" line="267" />
      <source>The centre made this field required.</source>
      <translation>Il centro ha reso obbligatorio questo campo.</translation>
    </message>
  </context>
  <context>
    <name>LetterDialog</name>
    <message>
      <location filename="../ui/letters/dialog.py" line="43" />
      <source>Include the shelter's address in this letter</source>
      <translation>Includi l'indirizzo della casa rifugio in questa lettera</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="46" />
      <source>Include her codice fiscale in this letter</source>
      <translation>Includi il suo codice fiscale in questa lettera</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="49" />
      <source>Include her phone number in this letter</source>
      <translation>Includi il suo numero di telefono in questa lettera</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="65" />
      <source>Write a letter</source>
      <translation>Scrivi una lettera</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="68" />
      <source>Template</source>
      <translation>Modello</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="71" />
      <source>Her phone number, for this letter only</source>
      <translation>Il suo numero di telefono, solo per questa lettera</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="72" />
      <source>her phone number, for this letter only</source>
      <translation>il suo numero di telefono, solo per questa lettera</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="76" />
      <source>Protected details are left blank unless you tick them. Tick them only if she agreed and the letter goes somewhere safe.</source>
      <translation>I dati protetti restano in bianco se non li spunti. Spuntali solo se lei è d'accordo e la lettera va in un luogo sicuro.</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="82" />
      <source>The letter</source>
      <translation>La lettera</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="85" />
      <source>Letter status</source>
      <translation>Stato della lettera</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="86" />
      <source>&amp;Save to her documents</source>
      <translation>&amp;Salva nei suoi documenti</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="87" />
      <source>&amp;Export PDF…</source>
      <translation>&amp;Esporta PDF…</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="88" />
      <source>&amp;Print…</source>
      <translation>S&amp;tampa…</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="89" />
      <source>Close</source>
      <translation>Chiudi</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="92" />
      <source>&amp;Template:</source>
      <translation>&amp;Modello:</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="156" />
      <source>Check the letter; you can change the text before saving.</source>
      <translation>Controlla la lettera; puoi modificare il testo prima di salvare.</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="160" />
      <source>Letter</source>
      <translation>Lettera</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="177" />
      <source>Saved to her documents, encrypted.</source>
      <translation>Salvata nei suoi documenti, cifrata.</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="184" />
      <source>Export PDF</source>
      <translation>Esporta PDF</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="199" />
      <source>The file could not be written. Choose another folder.</source>
      <translation>Non è stato possibile scrivere il file. Scegli un'altra cartella.</translation>
    </message>
    <message>
      <location filename="../ui/letters/dialog.py" line="201" />
      <source>PDF written.</source>
      <translation>PDF scritto.</translation>
    </message>
  </context>
  <context>
    <name>MailView</name>
    <message>
      <location filename="../ui/mail/view.py" line="45" />
      <source>Messages</source>
      <translation>Messaggi</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="49" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="50" />
      <source>Service</source>
      <translation>Servizio</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="51" />
      <source>Answer</source>
      <translation>Risposta</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="52" />
      <source>Note from the service</source>
      <translation>Nota del servizio</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="53" />
      <source>Next appointment</source>
      <translation>Prossimo appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="54" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="56" />
      <location filename="../ui/mail/view.py" line="122" />
      <source>Updates</source>
      <translation>Aggiornamenti</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="71" />
      <source>Answers from partner services to your referrals. Double-click to open the case.</source>
      <translation>Risposte dei servizi partner ai tuoi invii. Doppio clic per aprire il caso.</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="79" />
      <source>Created</source>
      <translation>Creato</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="80" />
      <source>To</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="81" />
      <location filename="../ui/mail/view.py" line="110" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="82" />
      <location filename="../ui/mail/view.py" line="110" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="83" />
      <source>Attempts</source>
      <translation>Tentativi</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="85" />
      <location filename="../ui/mail/view.py" line="123" />
      <source>Sent</source>
      <translation>Inviati</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="92" />
      <source>Retry now</source>
      <translation>Riprova ora</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="94" />
      <source>Save as file…</source>
      <translation>Salva come file…</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="96" />
      <source>For a service without a connection: carry the sealed file on a USB stick</source>
      <translation>Per un servizio senza connessione: porta il file sigillato su una chiavetta USB</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="110" />
      <location filename="../ui/mail/view.py" line="111" />
      <location filename="../ui/mail/view.py" line="124" />
      <source>Received</source>
      <translation>Ricevuti</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="110" />
      <source>From</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="113" />
      <source>Import a file…</source>
      <translation>Importa un file…</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="128" />
      <source>What just happened</source>
      <translation>Cosa è appena successo</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="149" />
      <source>not opened by the service</source>
      <translation>non aperto dal servizio</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="150" />
      <source>not sent: withdrawn before it left</source>
      <translation>non inviato: ritirato prima che partisse</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="158" />
      <source>It reached the service after its expiry date (30 days). Check the date and time of this computer, then prepare it again from the case file.</source>
      <translation>È arrivato al servizio dopo la scadenza (30 giorni). Controlla la data e l'ora di questo computer, poi preparalo di nuovo dalla scheda del caso.</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="162" />
      <source>The service's Ponte is older than this one and could not read it. Ask the service to update Ponte, then prepare it again.</source>
      <translation>Il Ponte del servizio è più vecchio di questo e non è riuscito a leggerlo. Chiedi al servizio di aggiornare Ponte, poi preparalo di nuovo.</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="166" />
      <source>The service's Ponte could not read its content. Ask the service to update Ponte; if it happens again, tell whoever looks after Ponte for the network.</source>
      <translation>Il Ponte del servizio non è riuscito a leggerne il contenuto. Chiedi al servizio di aggiornare Ponte; se succede di nuovo, avvisa chi si occupa di Ponte per la rete.</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="170" />
      <source>The service could not open it with its keys (they may have changed). Prepare it again: it will be sealed with the service's current keys.</source>
      <translation>Il servizio non è riuscito ad aprirlo con le sue chiavi (forse sono cambiate). Preparalo di nuovo: verrà sigillato con le chiavi attuali del servizio.</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="174" />
      <source>The service's Ponte could not open it.</source>
      <translation>Il Ponte del servizio non è riuscito ad aprirlo.</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="276" />
      <source>Where to save the sealed message</source>
      <translation>Dove salvare il messaggio sigillato</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="282" />
      <source>Saved as %1 in %2. It is sealed: only the recipient can open it.</source>
      <translation>Salvato come %1 in %2. È sigillato: solo il destinatario può aprirlo.</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="289" />
      <source>Import a message file</source>
      <translation>Importa un file di messaggio</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="289" />
      <source>Ponte messages (*.ponte)</source>
      <translation>Messaggi Ponte (*.ponte)</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="300" />
      <source>%1 received: it is in Received.</source>
      <translation>%1 ricevuto: è in Ricevuti.</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="303" />
      <source>%1 was already received: nothing was added twice.</source>
      <translation>%1 era già arrivato: non è stato aggiunto due volte.</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="310" />
      <source>%1 was not imported: %2</source>
      <translation>%1 non è stato importato: %2</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="143" />
      <source>waiting to be sent</source>
      <translation>in attesa di invio</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="146" />
      <source>answered</source>
      <translation>con risposta</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="147" />
      <source>expired, not delivered</source>
      <translation>scaduto, non consegnato</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="148" />
      <source>could not be sent</source>
      <translation>non inviato</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="178" />
      <source>accepted</source>
      <translation>accettato</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="179" />
      <source>declined</source>
      <translation>rifiutato</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="180" />
      <source>in progress</source>
      <translation>in corso</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="181" />
      <source>done</source>
      <translation>concluso</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="182" />
      <source>new</source>
      <translation>nuovo</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="183" />
      <source>withdrawn</source>
      <translation>revocato</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" line="244" />
      <source>%1 waiting to be sent</source>
      <translation>%1 in attesa di invio</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../main_window.py" line="70" />
      <source>Main</source>
      <translation>Principale</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="72" />
      <source>Lock</source>
      <translation>Blocca</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="74" />
      <source>Lock now (Ctrl+L)</source>
      <translation>Blocca subito (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="79" />
      <source>Send and receive now (F5)</source>
      <translation>Invia e ricevi ora (F5)</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="103" />
      <source>Join the network…</source>
      <translation>Entra nella rete…</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="105" />
      <source>Import the provisioning file from the hub administrator</source>
      <translation>Importa il file di adesione alla rete ricevuto dai coordinatori della rete</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="78" />
      <source>Send and receive</source>
      <translation>Invia e ricevi</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="84" />
      <source>Work offline</source>
      <translation>Lavora offline</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="88" />
      <source>Nothing is sent or received until you turn this off (a metered or unsafe connection). Referrals wait, sealed, on this computer.</source>
      <translation>Non si invia né si riceve nulla finché non lo disattivi (connessione a consumo o non sicura). Gli invii aspettano, sigillati, su questo computer.</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="95" />
      <source>Demo: no network</source>
      <translation>Demo: rete assente</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="98" />
      <source>Demo only: the network's server stops answering, as when the line is down</source>
      <translation>Solo nella demo: il server della rete smette di rispondere, come quando la linea cade</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="111" />
      <source>Keyboard shortcuts</source>
      <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="113" />
      <source>Every keyboard shortcut (F1)</source>
      <translation>Tutte le scorciatoie da tastiera (F1)</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="117" />
      <source>Not connected to the network</source>
      <translation>Non collegata alla rete</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="118" />
      <source>Sync status</source>
      <translation>Stato del collegamento con la rete</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="123" />
      <source>Why nothing is being sent</source>
      <translation>Perché non parte nulla</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="130" />
      <location filename="../main_window.py" line="218" />
      <source>DEMO — synthetic data</source>
      <translation>DEMO — dati fittizi</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="151" />
      <source>My day</source>
      <translation>La mia giornata</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="152" />
      <source>Calendar</source>
      <translation>Calendario</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="153" />
      <source>Cases</source>
      <translation>Casi</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="154" />
      <source>Referrals received</source>
      <translation>Invii ricevuti</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="155" />
      <source>Messages</source>
      <translation>Messaggi</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="162" />
      <source>Network dashboard</source>
      <translation>Cruscotto della rete</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="163" />
      <source>Outcomes and follow-ups</source>
      <translation>Esiti e ricontatti</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="164" />
      <source>Statistics</source>
      <translation>Statistiche</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="165" />
      <source>Privacy</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="166" />
      <source>Workstations</source>
      <translation>Postazioni</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="167" />
      <source>Administration</source>
      <translation>Amministrazione</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="337" />
      <source>Online</source>
      <translation>In linea</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="337" />
      <source>Offline</source>
      <translation>Non in linea</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="354" />
      <source>Working offline by choice · %1 waiting, nothing is sent</source>
      <translation>Offline per scelta · %1 in attesa, non parte nulla</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="360" />
      <source>Online · %1 waiting · last sync %2</source>
      <translation>Collegata alla rete · %1 in attesa · ultimo invio e ricezione alle %2</translation>
    </message>
    <message>
      <location filename="../main_window.py" line="365" />
      <source>Offline · %1 waiting</source>
      <translation>Non collegata alla rete · %1 in attesa</translation>
    </message>
  </context>
  <context>
    <name>MyDayView</name>
    <message>
      <location filename="../ui/day/view.py" line="62" />
      <source>Today</source>
      <translation>Oggi</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="63" />
      <source>&amp;Refresh</source>
      <translation>&amp;Aggiorna</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="65" />
      <source>Diary &amp;settings…</source>
      <translation>&amp;Impostazioni dell'agenda…</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="67" />
      <source>Deadline rules, rooms, closing with approval, letter templates</source>
      <translation>Regole delle scadenze, stanze, chiusura con approvazione, modelli di lettera</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="73" />
      <location filename="../ui/day/view.py" line="77" />
      <location filename="../ui/day/view.py" line="84" />
      <location filename="../ui/day/view.py" line="88" />
      <source>Code</source>
      <translation>Codice</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="73" />
      <source>Time</source>
      <translation>Ora</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="73" />
      <location filename="../ui/day/view.py" line="77" />
      <source>What</source>
      <translation>Cosa</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="73" />
      <source>Where</source>
      <translation>Dove</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="73" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="74" />
      <location filename="../ui/day/view.py" line="115" />
      <source>Today's appointments</source>
      <translation>Appuntamenti di oggi</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="77" />
      <source>By</source>
      <translation>Entro</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="77" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="78" />
      <location filename="../ui/day/view.py" line="117" />
      <source>Deadlines</source>
      <translation>Scadenze</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="80" />
      <source>Mark &amp;done</source>
      <translation>Segna come &amp;fatto</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="81" />
      <source>&amp;Let the consent lapse</source>
      <translation>&amp;Lascia scadere il consenso</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="82" />
      <source>Open the &amp;calendar</source>
      <translation>Apri il &amp;calendario</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="84" />
      <source>Service</source>
      <translation>Servizio</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="84" />
      <source>Answer</source>
      <translation>Risposta</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="84" />
      <source>Received</source>
      <translation>Ricevuta</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="85" />
      <source>Answers from partner services</source>
      <translation>Risposte dei servizi partner</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="88" />
      <source>Assigned on</source>
      <translation>Assegnato il</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="88" />
      <source>Cases assigned to you</source>
      <translation>Casi assegnati a te</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="124" />
      <source>New answers from partner services</source>
      <translation>Nuove risposte dei servizi partner</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="125" />
      <source>Assigned to you since you last looked</source>
      <translation>Assegnati a te dall'ultima volta</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="131" />
      <source>My day sections</source>
      <translation>Sezioni della mia giornata</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="132" />
      <source>My day</source>
      <translation>La mia giornata</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="133" />
      <source>Centre caseload</source>
      <translation>Casi del centro</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="174" />
      <source>Today, %1</source>
      <translation>Oggi, %1</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="257" />
      <source>cancelled</source>
      <translation>annullato</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="259" />
      <source>moved on two workstations: choose the time</source>
      <translation>spostato su due postazioni: scegli l'orario</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="261" />
      <source>clashes with another appointment</source>
      <translation>si sovrappone a un altro appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="269" />
      <source>overdue since %1</source>
      <translation>scaduta dal %1</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="271" />
      <source>today</source>
      <translation>oggi</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="273" />
      <source>tomorrow</source>
      <translation>domani</translation>
    </message>
    <message>
      <location filename="../ui/day/view.py" line="273" />
      <source>in %1 days</source>
      <translation>tra %1 giorni</translation>
    </message>
  </context>
  <context>
    <name>NetworkDashboardView</name>
    <message>
      <location filename="../ui/stats/network.py" line="61" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="65" />
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="69" />
      <source>Table</source>
      <translation>Tabella</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="71" />
      <source>&amp;Refresh</source>
      <translation>&amp;Aggiorna</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="72" />
      <source>Refresh the received reports</source>
      <translation>Aggiorna i resoconti ricevuti</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="76" />
      <source>&amp;Period</source>
      <translation>&amp;Periodo</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="77" />
      <source>&amp;Area</source>
      <translation>A&amp;rea</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="78" />
      <source>T&amp;able</source>
      <translation>Ta&amp;bella</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="84" />
      <source>No reports received yet.</source>
      <translation>Nessun resoconto ricevuto finora.</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="93" />
      <source>Combined counts</source>
      <translation>Conteggi complessivi</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="95" />
      <source>Chart of the table</source>
      <translation>Grafico della tabella</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="96" />
      <source>New contacts by network</source>
      <translation>Nuovi contatti per rete</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="103" />
      <source>Counts from the centres' reports. “&lt;5”: from 1 to 4; “—”: hidden by a centre so that a small count cannot be worked out; “≥n”: at least n (some centres hid their count).</source>
      <translation>Conteggi dai resoconti dei centri. “&lt;5”: da 1 a 4; “—”: nascosto da un centro perché un numero piccolo non si possa ricavare; “≥n”: almeno n (alcuni centri hanno nascosto il loro numero).</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="164" />
      <source>%1 centre reports from %2 networks.</source>
      <translation>%1 resoconti di centri da %2 reti.</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="184" />
      <source>New contacts and active cases by network</source>
      <translation>Nuovi contatti e casi attivi per rete</translation>
    </message>
    <message>
      <location filename="../ui/stats/network.py" line="233" />
      <source>Network statistics</source>
      <translation>Statistiche della rete</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <location filename="../ui/cases/new_case.py" line="15" />
      <source>New case</source>
      <translation>Nuovo caso</translation>
    </message>
    <message>
      <location filename="../ui/cases/new_case.py" line="17" />
      <source>optional: a name she chooses</source>
      <translation>facoltativo: un nome che sceglie lei</translation>
    </message>
    <message>
      <location filename="../ui/cases/new_case.py" line="24" />
      <source>A code is assigned to her automatically. Everything else can be added later.</source>
      <translation>Le viene assegnato un codice in automatico. Tutto il resto si può aggiungere dopo.</translation>
    </message>
    <message>
      <location filename="../ui/cases/new_case.py" line="29" />
      <source>&amp;Name she uses</source>
      <translation>&amp;Nome che usa</translation>
    </message>
    <message>
      <location filename="../ui/cases/new_case.py" line="30" />
      <source>&amp;Age band</source>
      <translation>Fascia d'&amp;età</translation>
    </message>
    <message>
      <location filename="../ui/cases/new_case.py" line="31" />
      <source>&amp;First contact</source>
      <translation>&amp;Primo contatto</translation>
    </message>
    <message>
      <location filename="../ui/cases/new_case.py" line="32" />
      <source>Sent &amp;by</source>
      <translation>Inviata &amp;da</translation>
    </message>
    <message>
      <location filename="../ui/cases/new_case.py" line="33" />
      <source>&amp;Date</source>
      <translation>&amp;Data</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <location filename="../ui/casefile/tabs.py" line="139" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="139" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="139" />
      <source>Notes</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="144" />
      <source>New note</source>
      <translation>Nuova nota</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="145" />
      <source>A new note (stays in this centre, never sent)</source>
      <translation>Una nuova nota (resta in questo centro, non viene mai inviata)</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="148" />
      <source>Add note</source>
      <translation>Aggiungi nota</translation>
    </message>
  </context>
  <context>
    <name>OutcomeDashboardView</name>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="86" />
      <source>&amp;Period</source>
      <extracomment>The trend: women in a job (any contract) at closure, after 6 and after 12 months.</extracomment>
      <translation>&amp;Periodo</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="87" />
      <source>&amp;Area</source>
      <translation>&amp;Area</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="88" />
      <source>&amp;Indicator</source>
      <translation>&amp;Indicatore</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="99" />
      <source>&amp;Refresh</source>
      <translation>&amp;Aggiorna</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="102" />
      <source>No reports received yet.</source>
      <translation>Nessun resoconto ricevuto finora.</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="106" />
      <source>Who is counted</source>
      <translation>Chi viene contata</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="114" />
      <source>Combined counts</source>
      <translation>Numeri complessivi</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="116" />
      <source>Chart of the indicator</source>
      <translation>Grafico dell'indicatore</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="117" />
      <source>Women in work, by quarter</source>
      <translation>Donne al lavoro, per trimestre</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="123" />
      <source>From the centres' reports. “&lt;5”: from 1 to 4; “—”: hidden by a centre so that a small count cannot be worked out; “≥n”: at least n (some centres hid their count). Women not followed up are counted apart, never guessed.</source>
      <translation>Dai resoconti dei centri. “&lt;5”: da 1 a 4; “—”: nascosto da un centro perché un numero piccolo non si possa ricavare; “≥n”: almeno n (alcuni centri hanno nascosto il loro numero). Le donne non ricontattate sono contate a parte, mai stimate.</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="186" />
      <source>%1 centre reports from %2 networks.</source>
      <translation>Resoconti di %1 centri da %2 reti.</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="211" />
      <source>No centre of this area reported this indicator.</source>
      <translation>Nessun centro di quest'area ha inviato questo indicatore.</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="228" />
      <source>Women in a job, metropolitan area, by quarter (“≥n” drawn as n)</source>
      <translation>Donne con un lavoro, area metropolitana, per trimestre (“≥n” disegnato come n)</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="232" />
      <source>Q%1 %2</source>
      <translation>%1° trim. %2</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="270" />
      <source>Outcomes of the women's paths in the network</source>
      <translation>Esiti dei percorsi delle donne nella rete</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/dashboard.py" line="273" />
      <source>Period: %1 – %2</source>
      <translation>Periodo: %1 – %2</translation>
    </message>
  </context>
  <context>
    <name>OutcomeForms</name>
    <message>
      <location filename="../ui/outcomes/form.py" line="56" />
      <source>Save</source>
      <translation>Salva</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="59" />
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
  </context>
  <context>
    <name>OutcomesTab</name>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="55" />
      <source>Consent to be followed up</source>
      <translation>Consenso al ricontatto</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="56" />
      <source>Record consent to follow-up…</source>
      <translation>Registra il consenso al ricontatto…</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="58" />
      <source>She withdraws it</source>
      <translation>Lo ritira</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="61" />
      <source>Moment</source>
      <translation>Momento</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="61" />
      <source>Day</source>
      <translation>Giorno</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="61" />
      <location filename="../ui/outcomes/case_tab.py" line="71" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="61" />
      <source>Work</source>
      <translation>Lavoro</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="62" />
      <source>Economically autonomous</source>
      <translation>Economicamente autonoma</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="63" />
      <source>Her situation at each moment</source>
      <translation>La sua situazione in ogni momento</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="67" />
      <source>Record her situation…</source>
      <translation>Registra la sua situazione…</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="71" />
      <source>Service</source>
      <translation>Servizio</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="71" />
      <source>What came of it</source>
      <translation>Com’è andata</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="71" />
      <location filename="../ui/outcomes/case_tab.py" line="87" />
      <source>Since</source>
      <translation>Dal</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="72" />
      <source>What partner services said</source>
      <translation>Cosa hanno detto i servizi</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="74" />
      <source>Confirm: it goes on her path</source>
      <translation>Conferma: va nel suo percorso</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="76" />
      <source>Set aside</source>
      <translation>Metti da parte</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="78" />
      <source>What partner services said came of a referral</source>
      <translation>Cosa dicono i servizi sugli esiti di un invio</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="87" />
      <source>What</source>
      <translation>Cosa</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="87" />
      <source>Value</source>
      <translation>Valore</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="87" />
      <source>From</source>
      <translation>Da chi</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="88" />
      <location filename="../ui/outcomes/case_tab.py" line="107" />
      <source>Every change, dated</source>
      <translation>Ogni cambiamento, con la sua data</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="165" />
      <source>a partner service (confirmed)</source>
      <translation>un servizio (confermato)</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="167" />
      <source>the centre</source>
      <translation>il centro</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="180" />
      <location filename="../ui/outcomes/case_tab.py" line="184" />
      <source>not recorded yet</source>
      <translation>non ancora registrata</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="182" />
      <source>her path is open</source>
      <translation>il percorso è aperto</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="187" />
      <source>not followed up: she did not agree</source>
      <translation>non ricontattata: non ha dato il consenso</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="188" />
      <source>due</source>
      <translation>da fare</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="198" />
      <source>to confirm</source>
      <translation>da confermare</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="199" />
      <source>confirmed</source>
      <translation>confermato</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="199" />
      <source>set aside</source>
      <translation>messo da parte</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/case_tab.py" line="226" />
      <source>She has not agreed to be contacted: there is no follow-up.</source>
      <translation>Non ha accettato di essere ricontattata: nessun ricontatto.</translation>
    </message>
  </context>
  <context>
    <name>PacketKinds</name>
    <message>
      <location filename="../ui/common.py" line="136" />
      <source>referral</source>
      <translation>invio</translation>
    </message>
    <message>
      <location filename="../ui/common.py" line="137" />
      <source>answer</source>
      <translation>risposta</translation>
    </message>
    <message>
      <location filename="../ui/common.py" line="138" />
      <source>withdrawal</source>
      <translation>ritiro</translation>
    </message>
    <message>
      <location filename="../ui/common.py" line="139" />
      <source>notice: could not open</source>
      <translation>avviso: non aperto</translation>
    </message>
    <message>
      <location filename="../ui/common.py" line="140" />
      <source>statistics for the cabina di regia</source>
      <translation>statistiche per la cabina di regia</translation>
    </message>
    <message>
      <location filename="../ui/common.py" line="143" />
      <source>update for the centre's other workstations</source>
      <translation>aggiornamento per le altre postazioni del centro</translation>
    </message>
    <message>
      <location filename="../ui/common.py" line="146" />
      <source>check of the activity log</source>
      <translation>controllo del registro delle attività</translation>
    </message>
  </context>
  <context>
    <name>Pager</name>
    <message>
      <location filename="../ui/admin/tables.py" line="96" />
      <source>« Previous</source>
      <translation>« Precedenti</translation>
    </message>
    <message>
      <location filename="../ui/admin/tables.py" line="97" />
      <source>Next »</source>
      <translation>Successivi »</translation>
    </message>
    <message>
      <location filename="../ui/admin/tables.py" line="113" />
      <source>Nothing to show</source>
      <translation>Nulla da mostrare</translation>
    </message>
    <message>
      <location filename="../ui/admin/tables.py" line="116" />
      <source>%1–%2 of %3</source>
      <translation>%1–%2 di %3</translation>
    </message>
  </context>
  <context>
    <name>PartnerView</name>
    <message>
      <location filename="../ui/partner/view.py" line="75" />
      <source>Received</source>
      <translation>Ricevuti</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="76" />
      <source>From</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="77" />
      <source>Her name here</source>
      <translation>Il suo nome qui</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="78" />
      <source>Urgency</source>
      <translation>Urgenza</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="79" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="81" />
      <source>Referrals received</source>
      <translation>Invii ricevuti</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="85" />
      <source>Referral</source>
      <translation>Invio</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="89" />
      <source>The centre withdrew this referral: her consent is no longer valid. Her details and any document were deleted from this workstation. Only her name here, the dates and your answers are kept, as the law requires.</source>
      <translation>Il centro ha ritirato questo invio: il suo consenso non è più valido. I suoi dati e gli eventuali documenti sono stati cancellati da questa postazione. Restano solo il nome con cui la conoscete qui, le date e le vostre risposte, come richiede la legge.</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="101" />
      <source>Accept</source>
      <translation>Accetta</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="102" />
      <source>Report: in progress</source>
      <translation>Comunica: in corso</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="103" />
      <source>Report: done</source>
      <translation>Comunica: concluso</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="104" />
      <location filename="../ui/partner/view.py" line="247" />
      <source>Decline</source>
      <translation>Rifiuta</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="116" />
      <source>e.g. first meeting booked</source>
      <translation>es. primo colloquio fissato</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="117" />
      <source>Note for the centre</source>
      <translation>Nota per il centro</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="118" />
      <source>Next appointment</source>
      <translation>Prossimo appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="120" />
      <source>Date of the next appointment</source>
      <translation>Data del prossimo appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="124" />
      <source>Note for the centre (optional)</source>
      <translation>Nota per il centro (facoltativa)</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="149" />
      <source>Referrals sent to this service by the anti-violence centres. Contact her only through the centre.</source>
      <translation>Invii a questo servizio dai centri antiviolenza. Contattala solo tramite il centro.</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="158" />
      <source>new</source>
      <translation>nuovo</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="159" />
      <source>accepted</source>
      <translation>accettato</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="160" />
      <source>declined</source>
      <translation>rifiutato</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="161" />
      <source>in progress</source>
      <translation>in corso</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="162" />
      <source>done</source>
      <translation>concluso</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="163" />
      <source>withdrawn by her</source>
      <translation>revocato da lei</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="216" />
      <source>Purpose</source>
      <translation>Finalità</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="218" />
      <source>Service</source>
      <translation>Servizio</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="222" />
      <source>Her consent valid until</source>
      <translation>Il suo consenso vale fino al</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="225" />
      <source>Contact</source>
      <translation>Contatto</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="225" />
      <source>through the centre that sent it</source>
      <translation>tramite il centro che l'ha inviata</translation>
    </message>
    <message>
      <location filename="../ui/partner/view.py" line="248" />
      <source>Why is the referral declined?</source>
      <translation>Perché l'invio viene rifiutato?</translation>
    </message>
  </context>
  <context>
    <name>PassphraseSection</name>
    <message>
      <location filename="../ui/admin/passphrase.py" line="34" />
      <source>&amp;Change my passphrase</source>
      <translation>&amp;Cambia la mia passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/passphrase.py" line="37" />
      <source>C&amp;urrent passphrase</source>
      <translation>Passphrase &amp;attuale</translation>
    </message>
    <message>
      <location filename="../ui/admin/passphrase.py" line="38" />
      <source>&amp;New passphrase</source>
      <translation>&amp;Nuova passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/passphrase.py" line="40" />
      <source>&amp;Repeat the new passphrase</source>
      <translation>&amp;Ripeti la nuova passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/passphrase.py" line="43" />
      <source>My passphrase</source>
      <translation>La mia passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/passphrase.py" line="47" />
      <source>A passphrase of four or five ordinary words is easy to remember and hard to guess. Only your own key slot changes; nobody else is affected.</source>
      <translation>Una passphrase di quattro o cinque parole comuni è facile da ricordare e difficile da indovinare. Cambia solo la tua chiave d'accesso; nessun'altra persona ne è toccata.</translation>
    </message>
    <message>
      <location filename="../ui/admin/passphrase.py" line="60" />
      <source>The two new passphrases differ.</source>
      <translation>Le due nuove passphrase non coincidono.</translation>
    </message>
    <message>
      <location filename="../ui/admin/passphrase.py" line="64" />
      <source>Changing the passphrase…</source>
      <translation>Cambio della passphrase…</translation>
    </message>
    <message>
      <location filename="../ui/admin/passphrase.py" line="71" />
      <source>Your passphrase was changed. Use the new one from now on.</source>
      <translation>La tua passphrase è stata cambiata. D'ora in poi usa quella nuova.</translation>
    </message>
  </context>
  <context>
    <name>PeriodPicker</name>
    <message>
      <location filename="../ui/outcomes/centre.py" line="55" />
      <source>Year</source>
      <translation>Anno</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="57" />
      <source>Quarter</source>
      <translation>Trimestre</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="59" />
      <source>Quarter %1</source>
      <translation>%1° trimestre</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="60" />
      <source>Whole year</source>
      <translation>Tutto l'anno</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="64" />
      <source>&amp;Year</source>
      <translation>&amp;Anno</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/centre.py" line="64" />
      <source>&amp;Quarter</source>
      <translation>&amp;Trimestre</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <location filename="../ui/casefile/tabs.py" line="285" />
      <source>Step</source>
      <translation>Passo</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="286" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="287" />
      <source>Service</source>
      <translation>Servizio</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="288" />
      <source>Started</source>
      <translation>Iniziato</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="289" />
      <source>Due</source>
      <translation>Scadenza</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="290" />
      <source>Ended</source>
      <translation>Concluso</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="291" />
      <location filename="../ui/casefile/tabs.py" line="317" />
      <source>Outcome</source>
      <translation>Esito</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="292" />
      <source>Follows referral</source>
      <translation>Segue l'invio</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="294" />
      <source>Empowerment plan</source>
      <translation>Percorso di autonomia</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="298" />
      <source>Referral this step follows</source>
      <translation>Invio che questo passo segue</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="303" />
      <source>Responsible service (e.g. CPI Rho)</source>
      <translation>Servizio responsabile (es. CPI Rho)</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="304" />
      <source>Responsible service</source>
      <translation>Servizio responsabile</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="306" />
      <source>Due date</source>
      <translation>Scadenza</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="307" />
      <source>Add step</source>
      <translation>Aggiungi passo</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="310" />
      <source>S&amp;tep</source>
      <translation>&amp;Passo</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="316" />
      <source>Outcome (optional)</source>
      <translation>Esito (facoltativo)</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="329" />
      <source>Mark: %1</source>
      <translation>Segna: %1</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="335" />
      <source>Follows the answers to</source>
      <translation>Segue le risposte all'invio</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="350" />
      <source>no referral</source>
      <translation>nessun invio</translation>
    </message>
  </context>
  <context>
    <name>PreferencesSection</name>
    <message>
      <location filename="../ui/admin/preferences.py" line="35" />
      <source> minutes</source>
      <translation> minuti</translation>
    </message>
    <message>
      <location filename="../ui/admin/preferences.py" line="42" />
      <source>&amp;High contrast</source>
      <translation>&amp;Alto contrasto</translation>
    </message>
    <message>
      <location filename="../ui/admin/preferences.py" line="44" />
      <source>Black on white, black edges, a thick ring around the field in use</source>
      <translation>Nero su bianco, bordi neri, un bordo spesso attorno al campo attivo</translation>
    </message>
    <message>
      <location filename="../ui/admin/preferences.py" line="46" />
      <source>&amp;Save</source>
      <translation>&amp;Salva</translation>
    </message>
    <message>
      <location filename="../ui/admin/preferences.py" line="49" />
      <source>&amp;Language</source>
      <translation>&amp;Lingua</translation>
    </message>
    <message>
      <location filename="../ui/admin/preferences.py" line="50" />
      <source>&amp;Lock after</source>
      <translation>&amp;Blocca dopo</translation>
    </message>
    <message>
      <location filename="../ui/admin/preferences.py" line="51" />
      <source>&amp;Text size</source>
      <translation>Dimensione del &amp;testo</translation>
    </message>
    <message>
      <location filename="../ui/admin/preferences.py" line="55" />
      <source>Language, idle lock and display</source>
      <translation>Lingua, blocco per inattività e aspetto</translation>
    </message>
    <message>
      <location filename="../ui/admin/preferences.py" line="59" />
      <source>These settings belong to this computer. A new language applies the next time Ponte starts. Ponte locks itself after this many minutes without a key press or a click; a minute before, it warns and lets you stay. Text size and contrast apply at once.</source>
      <translation>Queste impostazioni valgono per questo computer. Una nuova lingua vale dal prossimo avvio di Ponte. Ponte si blocca dopo questi minuti senza tasti né clic; un minuto prima avvisa e ti lascia restare. Dimensione del testo e contrasto valgono subito.</translation>
    </message>
    <message>
      <location filename="../ui/admin/preferences.py" line="89" />
      <source>Saved. Ponte now locks after %1 minutes idle.</source>
      <translation>Salvato. Ora Ponte si blocca dopo %1 minuti di inattività.</translation>
    </message>
    <message>
      <location filename="../ui/admin/preferences.py" line="93" />
      <source>The new language applies when Ponte starts again.</source>
      <translation>La nuova lingua si applica al prossimo avvio di Ponte.</translation>
    </message>
  </context>
  <context>
    <name>Printouts</name>
    <message>
      <location filename="../ui/printing.py" line="114" />
      <source>Age band</source>
      <translation>Fascia d'età</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="115" />
      <source>Citizenship</source>
      <translation>Cittadinanza</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="116" />
      <source>Education</source>
      <translation>Istruzione</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="117" />
      <source>Employment</source>
      <translation>Occupazione</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="118" />
      <source>Housing</source>
      <translation>Situazione abitativa</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="119" />
      <source>Children under 18</source>
      <translation>Figli minorenni</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="122" />
      <location filename="../ui/printing.py" line="153" />
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="123" />
      <source>Opened on</source>
      <translation>Aperto il</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="124" />
      <source>Responsible</source>
      <translation>Responsabile</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="126" />
      <source>Forms of violence</source>
      <translation>Forme di violenza</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="129" />
      <source>Services</source>
      <translation>Servizi</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="135" />
      <source>Latest risk level</source>
      <translation>Ultimo livello di rischio</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="136" />
      <source>Case summary</source>
      <translation>Riepilogo del caso</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="137" />
      <source>About her</source>
      <translation>Chi è</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="138" />
      <source>The case</source>
      <translation>Il caso</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="140" />
      <source>Confidential. Keep it locked away; shred it when done.</source>
      <translation>Riservato. Conservalo sotto chiave; distruggilo quando non serve più.</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="152" />
      <source>Step</source>
      <translation>Passo</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="154" />
      <source>Started</source>
      <translation>Iniziato</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="155" />
      <source>Due</source>
      <translation>Scadenza</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="156" />
      <source>Outcome</source>
      <translation>Esito</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="171" />
      <location filename="../ui/printing.py" line="179" />
      <source>Empowerment plan</source>
      <translation>Progetto personalizzato</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="172" />
      <source>No steps yet.</source>
      <translation>Ancora nessun passo.</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="186" />
      <source>Appointment</source>
      <translation>Appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="187" />
      <source>To change it, call:</source>
      <translation>Per spostarlo chiama:</translation>
    </message>
    <message>
      <location filename="../ui/printing.py" line="201" />
      <source>%1, %2 (%3 min)</source>
      <translation>%1, ore %2 (%3 min)</translation>
    </message>
  </context>
  <context>
    <name>PrivacyView</name>
    <message>
      <location filename="../ui/privacy/view.py" line="34" />
      <source>Privacy sections</source>
      <translation>Sezioni privacy</translation>
    </message>
    <message>
      <location filename="../ui/privacy/view.py" line="36" />
      <source>Processing register</source>
      <translation>Registro dei trattamenti</translation>
    </message>
    <message>
      <location filename="../ui/privacy/view.py" line="42" />
      <source>Consents</source>
      <translation>Consensi</translation>
    </message>
    <message>
      <location filename="../ui/privacy/view.py" line="44" />
      <source>Retention</source>
      <translation>Conservazione</translation>
    </message>
    <message>
      <location filename="../ui/privacy/view.py" line="46" />
      <source>Her rights</source>
      <translation>I suoi diritti</translation>
    </message>
  </context>
  <context>
    <name>ProcessingRegister</name>
    <message>
      <location filename="../ui/privacy/register.py" line="55" />
      <source>Purpose</source>
      <translation>Finalità</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="56" />
      <source>Legal basis</source>
      <translation>Base giuridica</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="57" />
      <source>Categories of data</source>
      <translation>Categorie di dati</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="58" />
      <source>Retention</source>
      <translation>Conservazione</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="59" />
      <source>Recipients</source>
      <translation>Destinatari</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="64" />
      <source>Reception and support of women on their pathway out of violence</source>
      <translation>Accoglienza e sostegno delle donne nel percorso di uscita dalla violenza</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="67" />
      <source>Art. 6(1)(e) task in the public interest (Intesa Stato-Regioni 2014, rev. 2022); art. 9(2)(a) explicit consent and 9(2)(h) social care; art. 10 for legal proceedings</source>
      <translation>Art. 6(1)(e) compito di interesse pubblico (Intesa Stato-Regioni 2014, rev. 2022); art. 9(2)(a) consenso esplicito e 9(2)(h) assistenza sociale; art. 10 per i procedimenti giudiziari</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="71" />
      <source>Woman code, alias, optional codice fiscale; age band, citizenship, Comune; education, work, income, housing; children; forms of violence and relation to the author; notes and contacts; plan steps</source>
      <translation>Codice donna, alias, codice fiscale facoltativo; fascia d'età, cittadinanza, Comune; istruzione, lavoro, reddito, abitazione; figli; forme di violenza e relazione con l'autore; note e contatti; tappe del progetto</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="75" />
      <source>Open cases: while open. Closed cases: the period set under Retention (default 5 years after closure), then purged</source>
      <translation>Casi aperti: finché sono aperti. Casi chiusi: il periodo impostato in Conservazione (predefinito 5 anni dalla chiusura), poi eliminati</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="79" />
      <source>None outside the centre; staff by role (an operatrice sees her own cases)</source>
      <translation>Nessuno fuori dal centro; il personale secondo il ruolo (un'operatrice vede i propri casi)</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="85" />
      <source>Referrals to partner services of the network</source>
      <translation>Invii ai servizi partner della rete</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="86" />
      <source>Art. 6(1)(a) and 9(2)(a) explicit consent per recipient and purpose, with expiry</source>
      <translation>Art. 6(1)(a) e 9(2)(a) consenso esplicito per destinatario e finalità, con scadenza</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="90" />
      <source>Only the fields of the recipient's template covered by her consent, under a pairwise pseudonym; never the story, the author, risk items or the safety plan</source>
      <translation>Solo i campi del modello del destinatario coperti dal suo consenso, sotto uno pseudonimo diverso per ogni destinatario; mai la storia, l'autore, le voci di rischio o il piano di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="94" />
      <source>Referral records: with the case. Sealed copies of sent packets: the period set under Retention (default 180 days)</source>
      <translation>Registrazioni degli invii: con il caso. Copie sigillate dei messaggi inviati: il periodo impostato in Conservazione (predefinito 180 giorni)</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="98" />
      <source>The chosen partner service (job centre, health, social services, training, company, union, housing); the metropolitan hub relays ciphertext and sees only the routing envelope</source>
      <translation>Il servizio partner scelto (centro per l'impiego, sanità, servizi sociali, formazione, azienda, sindacato, abitazione); il server della rete metropolitana inoltra solo dati cifrati e vede solo la busta con mittente e destinatario</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="104" />
      <source>Risk assessment and safety planning</source>
      <translation>Valutazione del rischio e piano di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="105" />
      <source>Art. 6(1)(e) and 6(1)(d) vital interests; art. 9(2)(a) explicit consent, 9(2)(c) when she cannot give it</source>
      <translation>Art. 6(1)(e) e 6(1)(d) interessi vitali; art. 9(2)(a) consenso esplicito, 9(2)(c) quando lei non può darlo</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="109" />
      <source>Tool, ratings by item number, risk level, review date; the safety plan (restricted)</source>
      <translation>Strumento, valutazioni per numero di voce, livello di rischio, data di revisione; il piano di sicurezza (riservato)</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="113" />
      <source>With the case</source>
      <translation>Con il caso</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="114" />
      <source>None; only the risk level and date may go to social services, with her consent</source>
      <translation>Nessuno; solo il livello di rischio e la data possono andare ai servizi sociali, con il suo consenso</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="120" />
      <source>Consent register</source>
      <translation>Registro dei consensi</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="121" />
      <source>Art. 6(1)(c) legal obligation to demonstrate consent (art. 7(1))</source>
      <translation>Art. 6(1)(c) obbligo di legge di dimostrare il consenso (art. 7(1))</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="124" />
      <source>Recipient, service type, purpose, fields agreed, dates given, expiring and withdrawn, how it was given</source>
      <translation>Destinatario, tipo di servizio, finalità, campi concordati, date di rilascio, scadenza e revoca, modalità del consenso</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="128" />
      <source>With the case; withdrawals are kept as part of it</source>
      <translation>Con il caso; le revoche ne fanno parte</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="131" />
      <source>None</source>
      <translation>Nessuno</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="134" />
      <source>Outcomes of her path: her situation at intake and closure, and contacting her 6 and 12 months after closure</source>
      <translation>Esiti del suo percorso: la sua situazione all'accoglienza e alla chiusura, e il ricontatto 6 e 12 mesi dopo la chiusura</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="138" />
      <source>Art. 6(1)(e) and 9(2)(h) during her path; after closure art. 6(1)(a) and 9(2)(a) explicit consent to be contacted, with expiry</source>
      <translation>Art. 6(1)(e) e 9(2)(h) durante il percorso; dopo la chiusura art. 6(1)(a) e 9(2)(a), consenso esplicito al ricontatto, con scadenza</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="142" />
      <source>Coded and dated: work and contract, training, income band, housing, Reddito di libertà received, economic autonomy; how she may be contacted (channel, times, whether a message may be left; no number or address); what a partner service said came of a referral, once confirmed</source>
      <translation>In codici e con data: lavoro e contratto, formazione, fascia di reddito, abitazione, Reddito di libertà ricevuto, autonomia economica; come può essere ricontattata (canale, orari, se si può lasciare un messaggio; nessun numero né indirizzo); ciò che un servizio ha comunicato sull'esito di un invio, una volta confermato</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="146" />
      <source>With the case; without a valid consent nobody contacts her and nothing is recorded after closure</source>
      <translation>Con il caso; senza un consenso valido nessuno la ricontatta e dopo la chiusura non si registra nulla</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="150" />
      <source>None; only suppressed tables reach the network's cabina di regia</source>
      <translation>Nessuno; alla cabina di regia della rete arrivano solo tabelle con i numeri piccoli nascosti</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="156" />
      <source>Statistics for ISTAT, the Regione and the network</source>
      <translation>Statistiche per ISTAT, Regione e rete</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="159" />
      <source>Art. 6(1)(c) (L. 53/2022) and 6(1)(e); art. 9(2)(j) with the safeguards of art. 89</source>
      <translation>Art. 6(1)(c) (L. 53/2022) e 6(1)(e); art. 9(2)(j) con le garanzie dell'art. 89</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="163" />
      <source>Aggregate tables computed in the centre; cells under 5 suppressed; no microdata</source>
      <translation>Tabelle di soli conteggi calcolate nel centro; numeri sotto 5 nascosti; nessun dato della singola donna</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="167" />
      <source>Tables: as the recipients require; no personal data leaves</source>
      <translation>Tabelle: come richiesto dai destinatari; nessun dato personale esce</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="170" />
      <source>ISTAT, Regione Lombardia, the network's cabina di regia (tables only)</source>
      <translation>ISTAT, Regione Lombardia, cabina di regia della rete (solo tabelle)</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="176" />
      <source>Staff accounts and the audit log (security and accountability)</source>
      <translation>Account del personale e registro delle attività (sicurezza e responsabilità)</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="179" />
      <source>Art. 6(1)(c) legal obligation (art. 5(2) accountability, art. 32 security)</source>
      <translation>Art. 6(1)(c) obbligo di legge (art. 5(2) responsabilizzazione, art. 32 sicurezza)</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="183" />
      <source>Staff username, name and role; audit entries with times, actions, ids and counts, never a woman's name</source>
      <translation>Nome utente, nome e ruolo del personale; voci del registro delle attività con orari, azioni, identificativi e conteggi, mai il nome di una donna</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="187" />
      <source>Accounts: while in use, then marked removed. Audit log: kept for good (append-only)</source>
      <translation>Account: finché in uso, poi segnati come rimossi. Registro delle attività: conservato per sempre (solo aggiunte)</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="191" />
      <source>None; the hub keeps only a hash of the log's newest entry (anchor)</source>
      <translation>Nessuno; il server della rete conserva solo un'impronta dell'ultima voce del registro</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="197" />
      <source>Backups of the vault</source>
      <translation>Backup dell'archivio</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="198" />
      <source>Art. 6(1)(c) legal obligation (art. 32(1)(c) availability and restoration)</source>
      <translation>Art. 6(1)(c) obbligo di legge (art. 32(1)(c) disponibilità e ripristino)</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="202" />
      <source>The whole vault, encrypted; opens only with a passphrase of the vault or its recovery key</source>
      <translation>L'intero archivio, cifrato; si apre solo con una passphrase dell'archivio o con la sua chiave di recupero</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="206" />
      <source>Set by the centre; older backup files are destroyed by hand</source>
      <translation>Stabilita dal centro; i file di backup più vecchi si distruggono a mano</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="209" />
      <source>None; kept on media that stay in the centre</source>
      <translation>Nessuno; conservati su supporti che restano nel centro</translation>
    </message>
  </context>
  <context>
    <name>ProcessingRegisterSection</name>
    <message>
      <location filename="../ui/privacy/register.py" line="242" />
      <location filename="../ui/privacy/register.py" line="260" />
      <source>Register of processing activities</source>
      <translation>Registro delle attività di trattamento</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="252" />
      <source>CSV file to write</source>
      <translation>File CSV da scrivere</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="253" />
      <source>&amp;Export as CSV</source>
      <translation>&amp;Esporta in CSV</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="256" />
      <source>E&amp;xport to</source>
      <translation>Es&amp;porta in</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="264" />
      <source>What Ponte processes, why, on which legal basis (GDPR art. 6 and 9), for how long and for whom. Read-only: it describes the software; the centre adds its own name, its DPO and its other processing.</source>
      <translation>Che cosa tratta Ponte, perché, su quale base giuridica (GDPR art. 6 e 9), per quanto tempo e per chi. Sola lettura: descrive il software; il centro aggiunge il proprio nome, il proprio DPO e gli altri trattamenti.</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="294" />
      <source>Writing…</source>
      <translation>Scrittura…</translation>
    </message>
    <message>
      <location filename="../ui/privacy/register.py" line="300" />
      <source>Register written to %1.</source>
      <translation>Registro scritto in %1.</translation>
    </message>
  </context>
  <context>
    <name>ProvisioningView</name>
    <message>
      <location filename="../ui/signin/views.py" line="330" />
      <source>To send referrals, this workstation joins the metropolitan network. The hub administrator gives each centre a provisioning file (on a USB stick or in person). Import it now, or later from the toolbar.</source>
      <translation>Per inviare, questa postazione entra nella rete metropolitana. I coordinatori della rete consegnano a ogni centro un file di adesione (su chiavetta USB o di persona). Importalo ora, o più tardi dalla barra degli strumenti.</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="341" />
      <source>Import the provisioning file…</source>
      <translation>Importa il file di attivazione…</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="342" />
      <source>Later</source>
      <translation>Più tardi</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="343" />
      <source>Continue</source>
      <translation>Continua</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="355" />
      <source>Join the network</source>
      <translation>Entra nella rete</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="365" />
      <source>Provisioning file</source>
      <translation>File di attivazione</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="367" />
      <source>Provisioning files (*.provisioning *.json);;All files (*)</source>
      <translation>File di adesione alla rete (*.provisioning *.json);;Tutti i file (*)</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="384" />
      <source>Joined as %1. Check the hub's fingerprint with the administrator by phone: %2</source>
      <translation>Entrata nella rete come %1. Verifica per telefono con i coordinatori della rete l'impronta del server: %2</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../qt_words.py" line="18" />
      <source>&amp;Look in:</source>
      <translation>&amp;Cerca in:</translation>
    </message>
    <message>
      <location filename="../qt_words.py" line="19" />
      <source>Files of &amp;type:</source>
      <translation>File di &amp;tipo:</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyView</name>
    <message>
      <location filename="../ui/signin/views.py" line="270" />
      <location filename="../ui/signin/views.py" line="298" />
      <source>Recovery key</source>
      <translation>Chiave di recupero</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="273" />
      <source>This is the recovery key. Write it on paper now and keep it locked away: it opens the vault if every passphrase is lost. It will not be shown again.</source>
      <translation>Questa è la chiave di recupero. Scrivila ora su carta e custodiscila sotto chiave: apre l'archivio se tutte le passphrase vanno perse. Non verrà più mostrata.</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="278" />
      <source>I have written the recovery key down</source>
      <translation>Ho scritto la chiave di recupero</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="285" />
      <source>From your paper copy, type group number %1:</source>
      <translation>Dalla tua copia su carta, scrivi il gruppo numero %1:</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="291" />
      <source>Continue</source>
      <translation>Continua</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="26" />
      <source>Service</source>
      <translation>Servizio</translation>
    </message>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="27" />
      <source>Fields sent</source>
      <translation>Campi inviati</translation>
    </message>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="28" />
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="29" />
      <source>Updated</source>
      <translation>Aggiornato</translation>
    </message>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="30" />
      <source>Next appointment</source>
      <translation>Prossimo appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="31" />
      <source>Last note from the service</source>
      <translation>Ultima nota del servizio</translation>
    </message>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="33" />
      <source>Referrals</source>
      <translation>Invii</translation>
    </message>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="45" />
      <source>What the service answered</source>
      <translation>Cosa ha risposto il servizio</translation>
    </message>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="46" />
      <source>New referral…</source>
      <translation>Nuovo invio…</translation>
    </message>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="48" />
      <source>Withdraw (she withdrew consent)…</source>
      <translation>Ritira (ha revocato il consenso)…</translation>
    </message>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="110" />
      <source>next appointment %1</source>
      <translation>prossimo appuntamento %1</translation>
    </message>
    <message>
      <location filename="../ui/casefile/referrals_tab.py" line="126" />
      <source>Withdraw</source>
      <translation>Ritira</translation>
    </message>
  </context>
  <context>
    <name>RekeySection</name>
    <message>
      <location filename="../ui/admin/keys.py" line="20" />
      <source>&amp;Change the vault key…</source>
      <translation>&amp;Cambia la chiave dell'archivio…</translation>
    </message>
    <message>
      <location filename="../ui/admin/keys.py" line="22" />
      <source>Key change progress</source>
      <translation>Avanzamento del cambio di chiave</translation>
    </message>
    <message>
      <location filename="../ui/admin/keys.py" line="33" />
      <source>Key rotation</source>
      <translation>Cambio della chiave</translation>
    </message>
    <message>
      <location filename="../ui/admin/keys.py" line="37" />
      <source>Do this when a copy of the vault may have been taken together with a passphrase: a stolen laptop, a lost backup drive, a passphrase seen by someone. Ponte re-encrypts the whole vault with a new key and re-seals every account's key slot, so the old key opens nothing made from now on.</source>
      <translation>Fallo quando una copia dell'archivio può essere stata presa insieme a una passphrase: un portatile rubato, un disco di backup perso, una passphrase vista da qualcuno. Ponte cifra di nuovo l'intero archivio con una nuova chiave e sigilla di nuovo la chiave d'accesso di ogni account: la vecchia chiave non apre nulla di ciò che viene creato da ora in poi.</translation>
    </message>
    <message>
      <location filename="../ui/admin/keys.py" line="47" />
      <source>Passphrases stay the same (change the exposed ones too). Backups made before still open with the old key and old passphrases: make a new backup and destroy the old ones. It takes a few seconds to a minute; keep Ponte open until it is done.</source>
      <translation>Le passphrase restano le stesse (cambia anche quelle esposte). I backup fatti prima si aprono ancora con la vecchia chiave e le vecchie passphrase: fai un nuovo backup e distruggi quelli vecchi. Ci vogliono da pochi secondi a un minuto; tieni Ponte aperto finché non ha finito.</translation>
    </message>
    <message>
      <location filename="../ui/admin/keys.py" line="62" />
      <source>Re-encrypt the whole vault with a new key now?</source>
      <translation>Cifrare ora l'intero archivio con una nuova chiave?</translation>
    </message>
    <message>
      <location filename="../ui/admin/keys.py" line="62" />
      <source>Change the key</source>
      <translation>Cambia la chiave</translation>
    </message>
    <message>
      <location filename="../ui/admin/keys.py" line="68" />
      <source>Re-encrypting the vault…</source>
      <translation>Nuova cifratura dell'archivio in corso…</translation>
    </message>
    <message>
      <location filename="../ui/admin/keys.py" line="77" />
      <source>Done: the vault has a new key and every key slot was re-sealed. Make a new backup now.</source>
      <translation>Fatto: l'archivio ha una nuova chiave e ogni chiave d'accesso è stata sigillata di nuovo. Ora fai una nuova copia di sicurezza.</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="../ui/importer/pages.py" line="191" />
      <source>Row</source>
      <translation>Riga</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="191" />
      <source>Column</source>
      <translation>Colonna</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="191" />
      <source>What is wrong</source>
      <translation>Cosa non va</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="191" />
      <source>In the file</source>
      <translation>Nel file</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="192" />
      <source>Rows with problems</source>
      <translation>Righe con problemi</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="195" />
      <source>Rows matching cases already in Ponte</source>
      <translation>Righe che corrispondono a casi già in Ponte</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="199" />
      <source>&amp;Leave those cases as they are</source>
      <translation>&amp;Lascia quei casi come sono</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="200" />
      <source>&amp;Update them with what the file says</source>
      <translation>&amp;Aggiornali con ciò che dice il file</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="201" />
      <source>Make &amp;new cases anyway</source>
      <translation>Crea comunque casi &amp;nuovi</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="224" />
      <source>Rows checked: %1. New cases to import: %2. Cases to update: %3. Rows matching cases already in Ponte: %4. Rows that cannot be imported: %5.</source>
      <translation>Righe controllate: %1. Casi nuovi da importare: %2. Casi da aggiornare: %3. Righe che corrispondono a casi già in Ponte: %4. Righe che non si possono importare: %5.</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="233" />
      <source>Nothing has been imported yet.</source>
      <translation>Non è ancora stato importato nulla.</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="243" />
      <source>Note: %1</source>
      <translation>Nota: %1</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="252" />
      <source>Ponte cannot record this row as it is.</source>
      <translation>Ponte non può registrare questa riga così com'è.</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="256" />
      <source>More notes and problems, not listed: %1.</source>
      <translation>Altre note e problemi, non elencati: %1.</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="264" />
      <source>Import the other rows and leave out those with problems (%1)</source>
      <translation>Importa le altre righe e lascia fuori quelle con problemi (%1)</translation>
    </message>
  </context>
  <context>
    <name>RetentionPanel</name>
    <message>
      <location filename="../ui/admin/retention.py" line="59" />
      <location filename="../ui/admin/retention.py" line="61" />
      <source> days</source>
      <translation> giorni</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="62" />
      <source>&amp;Save periods</source>
      <translation>&amp;Salva i periodi</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="63" />
      <source>&amp;Preview a purge</source>
      <translation>&amp;Anteprima dell'eliminazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="64" />
      <source>P&amp;urge…</source>
      <translation>&amp;Elimina…</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="68" />
      <source>Purge preview</source>
      <translation>Anteprima dell'eliminazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="75" />
      <source>&amp;Closed cases, after closure</source>
      <translation>&amp;Casi chiusi, dopo la chiusura</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="78" />
      <source>Sealed copies of &amp;sent packets</source>
      <translation>Copie sigillate dei messaggi &amp;inviati</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="81" />
      <source>Consents</source>
      <translation>Consensi</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="81" />
      <source>Kept with the case; removed with it.</source>
      <translation>Conservati con il caso; eliminati con esso.</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="84" />
      <source>Audit log</source>
      <translation>Registro delle attività</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="85" />
      <source>Kept for good: it holds ids and counts only, never a name.</source>
      <translation>Conservato per sempre: contiene solo identificativi e conteggi, mai un nome.</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="88" />
      <source>Backups</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="88" />
      <source>Outside the vault: delete old files by hand.</source>
      <translation>Fuori dall'archivio: cancella a mano i file vecchi.</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="90" />
      <source>Retention periods</source>
      <translation>Periodi di conservazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="98" />
      <source>Retention</source>
      <translation>Conservazione</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="102" />
      <source>Personal data is kept no longer than needed (GDPR art. 5(1)(e)). A purge removes what is older than these periods, for good; preview it first.</source>
      <translation>I dati personali si conservano non più del necessario (GDPR art. 5(1)(e)). L'eliminazione rimuove per sempre ciò che supera questi periodi; guardane prima l'anteprima.</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="145" />
      <source>Retention periods saved.</source>
      <translation>Periodi di conservazione salvati.</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="165" />
      <source>A purge now would remove nothing.</source>
      <translation>Un'eliminazione ora non rimuoverebbe nulla.</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="168" />
      <source>A purge now would remove %1 closed cases (and %2 women's records left with no case) and %3 sealed packet copies.</source>
      <translation>Un'eliminazione ora toglierebbe %1 casi chiusi (e %2 schede di donne rimaste senza casi) e %3 copie sigillate di messaggi.</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="180" />
      <source>This cannot be undone.</source>
      <translation>Non si può annullare.</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="181" />
      <source>Purge now</source>
      <translation>Elimina ora</translation>
    </message>
    <message>
      <location filename="../ui/admin/retention.py" line="195" />
      <source>Purged: %1 cases, %2 women's records, %3 packet copies.</source>
      <translation>Eliminati: %1 casi, %2 schede di donne, %3 copie di messaggi.</translation>
    </message>
  </context>
  <context>
    <name>Revocation</name>
    <message>
      <location filename="../ui/revocation.py" line="23" />
      <source>Withdraw this referral to %1?</source>
      <translation>Ritirare questo invio (%1)?</translation>
    </message>
    <message>
      <location filename="../ui/revocation.py" line="25" />
      <source>Withdraw her consent to %1 for “%2”?</source>
      <translation>Revocare il suo consenso (%1, «%2»)?</translation>
    </message>
    <message>
      <location filename="../ui/revocation.py" line="31" />
      <source>%1 will be told.</source>
      <translation>Verrà avvisato: %1.</translation>
    </message>
    <message>
      <location filename="../ui/revocation.py" line="34" />
      <source>The referral sent under it is withdrawn too: %1.</source>
      <translation>Viene ritirato anche l'invio fatto con questo consenso: %1.</translation>
    </message>
    <message>
      <location filename="../ui/revocation.py" line="36" />
      <source>The %2 referrals sent under it are withdrawn too: %1.</source>
      <translation>Vengono ritirati anche i %2 invii fatti con questo consenso: %1.</translation>
    </message>
    <message>
      <location filename="../ui/revocation.py" line="38" />
      <source>Each service is told at the next connection and no longer sees her details. This cannot be undone.</source>
      <translation>Ogni servizio viene avvisato al prossimo collegamento e non vede più i suoi dati. Non si può annullare.</translation>
    </message>
  </context>
  <context>
    <name>RiskTab</name>
    <message>
      <location filename="../ui/casefile/tabs.py" line="180" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="181" />
      <location filename="../ui/casefile/tabs.py" line="195" />
      <source>Tool</source>
      <translation>Strumento</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="182" />
      <location filename="../ui/casefile/tabs.py" line="196" />
      <source>Level</source>
      <translation>Livello</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="183" />
      <source>Imminent</source>
      <translation>Imminente</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="184" />
      <location filename="../ui/casefile/tabs.py" line="198" />
      <source>Next review</source>
      <translation>Prossima revisione</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="186" />
      <source>Risk assessments</source>
      <translation>Valutazioni del rischio</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="191" />
      <source>Imminent danger</source>
      <translation>Pericolo imminente</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="197" />
      <source>Assessed on</source>
      <translation>Valutato il</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="203" />
      <source>Record assessment</source>
      <translation>Registra valutazione</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="212" />
      <source>yes</source>
      <translation>sì</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="212" />
      <source>no</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>Rules</name>
    <message>
      <location filename="../ui/day/settings.py" line="43" />
      <source>Consent expiring: first reminder, days before</source>
      <translation>Consenso in scadenza: primo avviso, giorni prima</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="46" />
      <source>Consent expiring: second reminder, days before</source>
      <translation>Consenso in scadenza: secondo avviso, giorni prima</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="49" />
      <source>Codice rosso: days within which the prosecutor hears her</source>
      <translation>Codice rosso: giorni entro cui il pubblico ministero la sente</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="52" />
      <source>Reddito di libertà: days to wait for an answer</source>
      <translation>Reddito di libertà: giorni di attesa della risposta</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="55" />
      <source>Reddito di libertà: number of monthly payments</source>
      <translation>Reddito di libertà: numero di mensilità</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="58" />
      <source>Reddito di libertà: days' notice before the last payment</source>
      <translation>Reddito di libertà: giorni di preavviso prima dell'ultima mensilità</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="61" />
      <source>Risk review after an assessment, high risk: days</source>
      <translation>Rivalutazione del rischio, rischio alto: giorni</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="64" />
      <source>Risk review after an assessment, medium risk: days</source>
      <translation>Rivalutazione del rischio, rischio medio: giorni</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="67" />
      <source>Risk review after an assessment, low risk: days</source>
      <translation>Rivalutazione del rischio, rischio basso: giorni</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="70" />
      <source>Plan steps and risk reviews: notice in days</source>
      <translation>Passi del progetto e rivalutazioni: preavviso in giorni</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="73" />
      <source>Referral with no answer: reminder after days</source>
      <translation>Invio senza risposta: promemoria dopo giorni</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="76" />
      <source>Closed case: days' notice before the purge</source>
      <translation>Caso chiuso: giorni di preavviso prima dell'eliminazione</translation>
    </message>
  </context>
  <context>
    <name>SafetyPlanTab</name>
    <message>
      <location filename="../ui/casefile/tabs.py" line="253" />
      <source>Safety plan</source>
      <translation>Piano di sicurezza</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="255" />
      <source>Her safety plan: never sent to anyone.</source>
      <translation>Il suo piano di sicurezza: non viene mai inviato a nessuno.</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="256" />
      <source>Save safety plan</source>
      <translation>Salva il piano di sicurezza</translation>
    </message>
  </context>
  <context>
    <name>SaidBox</name>
    <message>
      <location filename="../ui/outcomes/said.py" line="24" />
      <source>What came of it (optional, with “in progress” or “done”)</source>
      <translation>Com’è andata (facoltativo, con “in corso” o “concluso”)</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/said.py" line="26" />
      <location filename="../ui/outcomes/said.py" line="37" />
      <source>What came of it</source>
      <translation>Com’è andata</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/said.py" line="27" />
      <source>nothing to say yet</source>
      <translation>ancora niente da dire</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/said.py" line="31" />
      <location filename="../ui/outcomes/said.py" line="38" />
      <source>Contract</source>
      <translation>Contratto</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/said.py" line="35" />
      <location filename="../ui/outcomes/said.py" line="39" />
      <source>Since</source>
      <translation>Dal</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../access/shortcuts.py" line="28" />
      <source>This list of shortcuts</source>
      <translation>Questo elenco di scorciatoie</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="29" />
      <source>Lock Ponte now</source>
      <translation>Blocca Ponte ora</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="30" />
      <source>Send and receive now</source>
      <translation>Invia e ricevi ora</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="33" />
      <source>Join the network (before it is joined)</source>
      <translation>Entra nella rete (finché non ne fa parte)</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="35" />
      <source>New case (in the case list)</source>
      <translation>Nuovo caso (nell'elenco dei casi)</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="38" />
      <source>Sort the case list by its first … fourth column; again to reverse</source>
      <translation>Ordina l'elenco dei casi per la prima … quarta colonna; di nuovo per invertire</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="43" />
      <source>Enter</source>
      <translation>Invio</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="44" />
      <source>Open the selected case; press the default button of a window</source>
      <translation>Apre il caso selezionato; preme il pulsante principale di una finestra</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="50" />
      <source>Save the changes to the case file</source>
      <translation>Salva le modifiche alla cartella</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="54" />
      <source>Back from the case file to all cases</source>
      <translation>Dalla cartella torna a tutti i casi</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="57" />
      <source>Tab, Shift+Tab</source>
      <translation>Tab, Maiusc+Tab</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="58" />
      <source>Next, previous field or button</source>
      <translation>Campo o pulsante successivo, precedente</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="61" />
      <source>Left, Right arrows</source>
      <translation>Frecce sinistra, destra</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="62" />
      <source>Next, previous tab (when the tabs have the focus)</source>
      <translation>Scheda successiva, precedente (quando le schede sono attive)</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="68" />
      <source>Next tab of the case file, from any field in it</source>
      <translation>Scheda successiva della cartella, da qualsiasi suo campo</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="73" />
      <source>Up, Down arrows</source>
      <translation>Frecce su, giù</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="74" />
      <source>Move in a list or a table; choose in a drop-down list</source>
      <translation>Si muovono in un elenco o in una tabella; scelgono in un menu a tendina</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="79" />
      <source>Space</source>
      <translation>Spazio</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="80" />
      <source>Press the button or tick the box that has the focus</source>
      <translation>Preme il pulsante o spunta la casella attiva</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="85" />
      <source>Esc</source>
      <translation>Esc</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="86" />
      <source>Close a window without doing anything</source>
      <translation>Chiude una finestra senza fare nulla</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="89" />
      <source>Alt + underlined letter</source>
      <translation>Alt + lettera sottolineata</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="90" />
      <source>Go to that field or press that button</source>
      <translation>Va a quel campo o preme quel pulsante</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../access/shortcuts.py" line="98" />
      <location filename="../access/shortcuts.py" line="102" />
      <source>Keyboard shortcuts</source>
      <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="101" />
      <source>Keys</source>
      <translation>Tasti</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="101" />
      <source>What they do</source>
      <translation>Cosa fanno</translation>
    </message>
    <message>
      <location filename="../access/shortcuts.py" line="114" />
      <source>Everything in Ponte can be done with the keyboard. The user guide describes each screen; the accessibility statement says what is tested.</source>
      <translation>In Ponte tutto si può fare con la tastiera. La guida descrive ogni schermata; la dichiarazione di accessibilità dice che cosa è verificato.</translation>
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
      <source>Written by %1 on %2, on %3</source>
      <translation>Scritto da %1 su %2, il %3</translation>
    </message>
  </context>
  <context>
    <name>SignInView</name>
    <message>
      <location filename="../ui/signin/views.py" line="68" />
      <source>Error</source>
      <translation>Errore</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="82" />
      <location filename="../ui/signin/views.py" line="105" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="85" />
      <location filename="../ui/signin/views.py" line="106" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="93" />
      <source>What just happened</source>
      <translation>Cosa è appena successo</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="95" />
      <location filename="../ui/signin/views.py" line="156" />
      <location filename="../ui/signin/views.py" line="166" />
      <source>Sign in</source>
      <translation>Accedi</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="97" />
      <source>I forgot my passphrase</source>
      <translation>Ho dimenticato la passphrase</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="102" />
      <location filename="../ui/signin/views.py" line="104" />
      <source>Workstation</source>
      <translation>Postazione</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="111" />
      <source>Ponte — sign in</source>
      <translation>Ponte — accesso</translation>
    </message>
    <message>
      <location filename="../ui/signin/views.py" line="147" />
      <source>Opening…</source>
      <translation>Apertura in corso…</translation>
    </message>
  </context>
  <context>
    <name>SituationDialog</name>
    <message>
      <location filename="../ui/outcomes/form.py" line="87" />
      <source>Her situation — %1</source>
      <translation>La sua situazione — %1</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="90" />
      <source>Day of the conversation</source>
      <translation>Giorno del colloquio</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="94" />
      <source>Result</source>
      <translation>Esito</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="102" />
      <source>&amp;Day</source>
      <translation>&amp;Giorno</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="104" />
      <source>&amp;Result</source>
      <translation>&amp;Esito</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="112" />
      <source>What</source>
      <translation>Cosa</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="112" />
      <source>Now</source>
      <translation>Adesso</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="112" />
      <source>Since</source>
      <translation>Dal</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="112" />
      <source>Last known</source>
      <translation>Ultimo dato noto</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="118" />
      <source>not known</source>
      <translation>non si sa</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/form.py" line="123" />
      <source>%1: since</source>
      <translation>%1: dal</translation>
    </message>
  </context>
  <context>
    <name>StandardFieldPanel</name>
    <message>
      <location filename="../ui/fields/standard_panel.py" line="36" />
      <source>&amp;Hide it in the case file (what was recorded stays)</source>
      <translation>&amp;Nascondilo nella cartella (ciò che è stato registrato resta)</translation>
    </message>
    <message>
      <location filename="../ui/fields/standard_panel.py" line="38" />
      <source>Re&amp;quired: the case file cannot be saved without it</source>
      <translation>&amp;Obbligatorio: la cartella non si salva senza</translation>
    </message>
    <message>
      <location filename="../ui/fields/standard_panel.py" line="39" />
      <source>Move &amp;up</source>
      <translation>Sposta &amp;su</translation>
    </message>
    <message>
      <location filename="../ui/fields/standard_panel.py" line="40" />
      <source>Move &amp;down</source>
      <translation>Sposta &amp;giù</translation>
    </message>
    <message>
      <location filename="../ui/fields/standard_panel.py" line="41" />
      <source>&amp;Save</source>
      <translation>&amp;Salva</translation>
    </message>
    <message>
      <location filename="../ui/fields/standard_panel.py" line="45" />
      <source>&amp;Name (Italian)</source>
      <translation>&amp;Nome (italiano)</translation>
    </message>
    <message>
      <location filename="../ui/fields/standard_panel.py" line="46" />
      <source>Name (&amp;English)</source>
      <translation>Nome (&amp;inglese)</translation>
    </message>
    <message>
      <location filename="../ui/fields/standard_panel.py" line="72" />
      <source>This field cannot be hidden or changed:</source>
      <translation>Questo campo non si può nascondere né cambiare:</translation>
    </message>
    <message>
      <location filename="../ui/fields/standard_panel.py" line="77" />
      <source>Nothing depends on this field: no statistic counts it and no referral needs it (an operatrice may still add it to a referral, with a reason). The centre may hide it, rename it, make it required or move it.</source>
      <translation>Nulla dipende da questo campo: nessuna statistica lo conta e nessun invio ne ha bisogno (un'operatrice può comunque aggiungerlo a un invio, con un motivo). Il centro può nasconderlo, rinominarlo, renderlo obbligatorio o spostarlo.</translation>
    </message>
  </context>
  <context>
    <name>StatsExport</name>
    <message>
      <location filename="../ui/stats/widgets.py" line="61" />
      <source>Export</source>
      <extracomment>Asks where to save an export of this format; None when she cancels.</extracomment>
      <translation>Esporta</translation>
    </message>
  </context>
  <context>
    <name>StatsTableModel</name>
    <message>
      <location filename="../ui/stats/widgets.py" line="124" />
      <source>At least this many: some centres hid their count</source>
      <translation>Almeno questo numero: alcuni centri hanno nascosto il loro</translation>
    </message>
    <message>
      <location filename="../ui/stats/widgets.py" line="127" />
      <source>From 1 to 4: too few to show</source>
      <translation>Da 1 a 4: troppo pochi per mostrarli</translation>
    </message>
    <message>
      <location filename="../ui/stats/widgets.py" line="129" />
      <source>Hidden so that a small count cannot be worked out from the totals</source>
      <translation>Nascosto perché un numero piccolo non si possa ricavare dai totali</translation>
    </message>
  </context>
  <context>
    <name>StatsView</name>
    <message>
      <location filename="../ui/stats/centre.py" line="72" />
      <source>From</source>
      <translation>Dal</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="72" />
      <source>To</source>
      <translation>Al</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="76" />
      <source>&amp;From</source>
      <translation>&amp;Dal</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="76" />
      <source>&amp;To</source>
      <translation>A&amp;l</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="79" />
      <source>&amp;Show</source>
      <translation>&amp;Mostra</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="80" />
      <source>Show the statistics for this period</source>
      <translation>Mostra le statistiche di questo periodo</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="84" />
      <source>Table</source>
      <translation>Tabella</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="86" />
      <source>T&amp;able</source>
      <translation>Ta&amp;bella</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="97" />
      <source>Counts</source>
      <translation>Conteggi</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="99" />
      <source>Chart of the table</source>
      <translation>Grafico della tabella</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="100" />
      <location filename="../ui/stats/centre.py" line="171" />
      <source>New contacts by month</source>
      <translation>Nuovi contatti per mese</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="105" />
      <source>Exports hide every count from 1 to 4 (“&lt;5”) and what would reveal it (“—”).</source>
      <translation>Le esportazioni nascondono ogni numero da 1 a 4 (“&lt;5”) e ciò che permetterebbe di ricavarlo (“—”).</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="153" />
      <source>%1 new contacts, %2 active cases, %3 referrals.</source>
      <translation>%1 nuovi contatti, %2 casi attivi, %3 invii.</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="157" />
      <source>First answer to a referral after %1 days (median of %2).</source>
      <translation>Prima risposta a un invio dopo %1 giorni (valore centrale tra %2 invii con risposta).</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="166" />
      <source>%1 (this centre's field)</source>
      <translation>%1 (campo di questo centro)</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="181" />
      <source>yes</source>
      <translation>sì</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="181" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../ui/stats/centre.py" line="212" />
      <source>Centre statistics</source>
      <translation>Statistiche del centro</translation>
    </message>
  </context>
  <context>
    <name>StrengthHint</name>
    <message>
      <location filename="../ui/admin/widgets.py" line="249" />
      <source>Passphrase strength</source>
      <translation>Robustezza della passphrase</translation>
    </message>
    <message>
      <location filename="../ui/admin/widgets.py" line="256" />
      <source>Too short: at least %1 characters.</source>
      <translation>Troppo corta: almeno %1 caratteri.</translation>
    </message>
    <message>
      <location filename="../ui/admin/widgets.py" line="257" />
      <source>Weak: a few ordinary words in a row are stronger.</source>
      <translation>Debole: alcune parole comuni di seguito sono più robuste.</translation>
    </message>
    <message>
      <location filename="../ui/admin/widgets.py" line="258" />
      <source>Fair.</source>
      <translation>Discreta.</translation>
    </message>
    <message>
      <location filename="../ui/admin/widgets.py" line="259" />
      <source>Strong.</source>
      <translation>Robusta.</translation>
    </message>
  </context>
  <context>
    <name>SubjectRightsSection</name>
    <message>
      <location filename="../ui/privacy/subject.py" line="39" />
      <source>e.g. K7QF-3M2X</source>
      <translation>es. K7QF-3M2X</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="40" />
      <source>File for her data</source>
      <translation>File per i suoi dati</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="41" />
      <source>&amp;Export her data</source>
      <translation>&amp;Esporta i suoi dati</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="43" />
      <source>E&amp;rase her data…</source>
      <translation>Ca&amp;ncella i suoi dati…</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="48" />
      <source>&amp;Woman code</source>
      <translation>&amp;Codice donna</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="50" />
      <source>Access: a copy of her data (art. 15)</source>
      <translation>Accesso: una copia dei suoi dati (art. 15)</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="52" />
      <source>&amp;Write to</source>
      <translation>&amp;Scrivi in</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="58" />
      <source>Everything the vault holds about her, her safety plan included, in one JSON file. The file is not encrypted: give it to her in person and delete the copy.</source>
      <translation>Tutto ciò che l'archivio contiene su di lei, piano di sicurezza compreso, in un unico file JSON. Il file non è cifrato: consegnaglielo di persona e cancella la copia.</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="67" />
      <source>Erasure (art. 17)</source>
      <translation>Cancellazione (art. 17)</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="72" />
      <source>Erasure removes her record and every case, note, contact, plan, risk assessment, consent and referral of hers from this vault, and scrubs them from the files. It cannot be undone. It does not reach backups made before today (destroy or keep them locked away until they expire) nor what partner services already received. The audit log keeps one entry saying that an erasure happened, with ids and counts only.</source>
      <translation>La cancellazione rimuove da questo archivio la sua scheda e ogni suo caso, nota, contatto, progetto, valutazione del rischio, consenso e invio, e li ripulisce dai file. Non si può annullare. Non raggiunge le copie di sicurezza fatte prima di oggi (distruggile o tienile sotto chiave finché scadono) né ciò che i servizi partner hanno già ricevuto. Il registro delle attività conserva una voce che dice che la cancellazione è avvenuta, con soli identificativi e conteggi.</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="86" />
      <source>Her rights</source>
      <translation>I suoi diritti</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="105" />
      <source>Exporting…</source>
      <translation>Esportazione…</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="111" />
      <source>Written %1 (%2 cases).</source>
      <translation>Scritto %1 (%2 casi).</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="124" />
      <source>Enter the woman code first.</source>
      <translation>Inserisci prima il codice donna.</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="127" />
      <source>Erase every record of %1 from this vault? This cannot be undone.</source>
      <translation>Cancellare da questo archivio ogni dato di %1? Non si può annullare.</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="130" />
      <source>Erase for good</source>
      <translation>Cancella per sempre</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="144" />
      <source>Erased: her record and %1 cases. Remember the backups made before today.</source>
      <translation>Cancellati: la sua scheda e %1 casi. Ricorda i backup fatti prima di oggi.</translation>
    </message>
    <message>
      <location filename="../ui/privacy/subject.py" line="148" />
      <source>Erasing…</source>
      <translation>Cancellazione…</translation>
    </message>
  </context>
  <context>
    <name>TimeGrid</name>
    <message>
      <location filename="../ui/calendar/grid.py" line="68" />
      <source>Appointments</source>
      <extracomment>Drawing tools made once (a week repaints many blocks).</extracomment>
      <translation>Appuntamenti</translation>
    </message>
    <message>
      <location filename="../ui/calendar/grid.py" line="202" />
      <source>%1 minutes</source>
      <translation>%1 minuti</translation>
    </message>
    <message>
      <location filename="../ui/calendar/grid.py" line="204" />
      <source>cancelled</source>
      <translation>annullato</translation>
    </message>
    <message>
      <location filename="../ui/calendar/grid.py" line="206" />
      <source>clashes with another appointment</source>
      <translation>si sovrappone a un altro appuntamento</translation>
    </message>
    <message>
      <location filename="../ui/calendar/grid.py" line="208" />
      <source>moved differently on two workstations: choose the time</source>
      <translation>spostato in modo diverso su due postazioni: scegli l'orario</translation>
    </message>
    <message>
      <location filename="../ui/calendar/grid.py" line="213" />
      <source>No appointment selected</source>
      <translation>Nessun appuntamento selezionato</translation>
    </message>
  </context>
  <context>
    <name>TimelineTab</name>
    <message>
      <location filename="../ui/casefile/tabs.py" line="100" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="100" />
      <source>Contact</source>
      <translation>Contatto</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="100" />
      <source>Summary</source>
      <translation>Sintesi</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="100" />
      <source>Timeline</source>
      <translation>Cronologia</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="109" />
      <source>&amp;Kind</source>
      <translation>&amp;Tipo</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="104" />
      <source>Summary of the contact</source>
      <translation>Sintesi del contatto</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="105" />
      <source>What happened, in a few words</source>
      <translation>Cosa è successo, in poche parole</translation>
    </message>
    <message>
      <location filename="../ui/casefile/tabs.py" line="106" />
      <source>Add contact</source>
      <translation>Aggiungi contatto</translation>
    </message>
  </context>
  <context>
    <name>ValuesPage</name>
    <message>
      <location filename="../ui/importer/pages.py" line="125" />
      <source>What the file writes in list columns, and what Ponte will record. Values it did not recognise are marked: choose what they mean, or leave them empty.</source>
      <translation>Cosa scrive il file nelle colonne a elenco, e cosa registrerà Ponte. I valori non riconosciuti sono evidenziati: scegli cosa significano, oppure lasciali vuoti.</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="131" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="131" />
      <source>Written in the file</source>
      <translation>Scritto nel file</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="131" />
      <source>Rows</source>
      <translation>Righe</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="131" />
      <source>Means</source>
      <translation>Significa</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="132" />
      <source>Values of list columns</source>
      <translation>Valori delle colonne a elenco</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="157" />
      <source>What “%1” means</source>
      <translation>Cosa significa «%1»</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="158" />
      <source>— not recognised: the row will be refused —</source>
      <translation>— non riconosciuto: la riga sarà rifiutata —</translation>
    </message>
    <message>
      <location filename="../ui/importer/pages.py" line="159" />
      <source>leave it empty</source>
      <translation>lascia vuoto</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../ui/workspace.py" line="24" />
      <source>Sections</source>
      <translation>Sezioni</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <location filename="../crash.py" line="100" />
      <source>Ponte</source>
      <translation>Ponte</translation>
    </message>
    <message>
      <location filename="../crash.py" line="102" />
      <source>Unexpected problem</source>
      <translation>Problema imprevisto</translation>
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
      <translation>Il server della rete ha chiesto di rallentare. L'invio riprenderà a breve.</translation>
    </message>
    <message>
      <source>The hub cannot be reached. Work continues offline; packets are sent when the connection is back.</source>
      <translation>La rete non è raggiungibile. Si continua a lavorare; gli invii partono quando la connessione torna.</translation>
    </message>
    <message>
      <source>The hub did not accept this workstation's signature. Check the clock and the enrolment.</source>
      <translation>Il server della rete non ha accettato la firma di questa postazione. Controlla l'orologio del computer e l'adesione alla rete.</translation>
    </message>
    <message>
      <source>The hub's certificate is not the one this workstation trusts. Nothing was sent; ask the hub administrator.</source>
      <translation>Il certificato del server della rete non è quello di cui questa postazione si fida. Non è stato inviato nulla; rivolgiti ai coordinatori della rete.</translation>
    </message>
    <message>
      <source>The network directory could not be verified. Check the provisioning file or ask the hub administrator.</source>
      <translation>Non è stato possibile verificare l'elenco della rete. Controlla il file di adesione o rivolgiti ai coordinatori della rete.</translation>
    </message>
    <message>
      <source>The operation was cancelled.</source>
      <translation>L'operazione è stata annullata.</translation>
    </message>
    <message>
      <source>The packet could not be decrypted with this service's key. It was not opened.</source>
      <translation>Il messaggio non si apre con la chiave di questo servizio. Non è stato aperto.</translation>
    </message>
    <message>
      <source>The packet has expired. Ask the sender to send it again.</source>
      <translation>Il messaggio è scaduto. Chiedi a chi l'ha inviato di rimandarlo.</translation>
    </message>
    <message>
      <source>The packet header is not in canonical form. Ask the sender to update Ponte.</source>
      <translation>Il messaggio non è scritto nella forma prevista. Chiedi a chi l'ha inviato di aggiornare Ponte.</translation>
    </message>
    <message>
      <source>The packet is addressed to another service. It was not opened.</source>
      <translation>Il messaggio è indirizzato a un altro servizio. Non è stato aperto.</translation>
    </message>
    <message>
      <source>The packet is damaged or not a Ponte packet. Ask the sender to send it again.</source>
      <translation>Il messaggio è danneggiato o non è un messaggio di Ponte. Chiedi a chi l'ha inviato di rimandarlo.</translation>
    </message>
    <message>
      <source>The packet is larger than Ponte allows. Ask the sender to send less.</source>
      <translation>Il messaggio è più grande di quanto Ponte consenta. Chiedi a chi l'ha inviato di mandare meno dati.</translation>
    </message>
    <message>
      <source>The packet uses a version or cipher suite this Ponte does not know. Update Ponte.</source>
      <translation>Il messaggio usa una versione o una cifratura che questo Ponte non conosce. Aggiorna Ponte.</translation>
    </message>
    <message>
      <source>The packet was refused: it is damaged or not meant for this service.</source>
      <translation>Il messaggio è stato rifiutato: è danneggiato o non è destinato a questo servizio.</translation>
    </message>
    <message>
      <source>The packet's sender is not in the network directory. Refresh the directory or ask the hub administrator.</source>
      <translation>Chi ha inviato il messaggio non è nell'elenco della rete. Aggiorna l'elenco o rivolgiti ai coordinatori della rete.</translation>
    </message>
    <message>
      <source>The packet's signature is not valid: it may have been altered. It was not opened.</source>
      <translation>La firma del messaggio non è valida: potrebbe essere stato alterato. Non è stato aperto.</translation>
    </message>
    <message>
      <source>The provisioning file is not valid, has expired, or was altered. Ask the hub administrator for a new one.</source>
      <translation>Il file di adesione alla rete non è valido, è scaduto o è stato alterato. Chiedine uno nuovo ai coordinatori della rete.</translation>
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
      <translation>Questo messaggio era già arrivato. Non è stato aggiunto due volte.</translation>
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
    <message>
      <source>Only PDF, PNG and JPEG documents can travel with a referral. Convert the scan and add it again.</source>
      <translation>Solo i documenti PDF, PNG e JPEG possono accompagnare un invio. Converti la scansione e aggiungila di nuovo.</translation>
    </message>
    <message>
      <source>The document is larger than the vault allows. Scan it at a lower resolution, or ask an administrator to raise the limit.</source>
      <translation>Il documento supera la dimensione consentita dall'archivio. Scansionalo a una risoluzione più bassa, oppure chiedi a un'amministratrice di alzare il limite.</translation>
    </message>
    <message>
      <source>The document is too large to travel with a referral (about 3 MB at most). Attach a smaller scan.</source>
      <translation>Il documento è troppo grande per accompagnare un invio (al massimo circa 3 MB). Allega una scansione più leggera.</translation>
    </message>
    <message>
      <source>This type of file cannot be kept with a case. Scan the document as PDF, PNG, JPEG or TIFF and add it again.</source>
      <translation>Questo tipo di file non può essere conservato nel fascicolo. Scansiona il documento in PDF, PNG, JPEG o TIFF e aggiungilo di nuovo.</translation>
    </message>
    <message>
      <source>The file could not be written. Choose another folder or check the drive; nothing else was changed.</source>
      <translation>Non è stato possibile scrivere il file. Scegli un'altra cartella o controlla il disco; nient'altro è stato modificato.</translation>
    </message>
    <message>
      <source>A downloaded file does not match the signed manifest: it is damaged or altered. Download it again.</source>
      <translation>Un file scaricato non corrisponde all'elenco firmato: è danneggiato o alterato. Scaricalo di nuovo.</translation>
    </message>
    <message>
      <source>A file listed in the release manifest is not next to it. Put the downloads in the same folder.</source>
      <translation>Un file indicato nell'elenco della versione non si trova accanto all'elenco. Metti i file scaricati nella stessa cartella.</translation>
    </message>
    <message>
      <source>The download could not be verified. Do not install it; download it again from the official page.</source>
      <translation>Non è stato possibile verificare il file scaricato. Non installarlo; scaricalo di nuovo dalla pagina ufficiale.</translation>
    </message>
    <message>
      <source>The release is signed by a key Ponte does not trust. Do not install it; check where it was downloaded from.</source>
      <translation>La versione è firmata con una chiave che Ponte non riconosce. Non installarla; controlla da dove è stata scaricata.</translation>
    </message>
    <message>
      <source>The release manifest was altered or its signature is broken. Do not install this download.</source>
      <translation>L'elenco della versione è stato alterato o la sua firma non è valida. Non installare questo file.</translation>
    </message>
    <message>
      <source>A closed case needs a reason for closing. Choose one.</source>
      <translation>Un caso chiuso ha bisogno di un motivo di chiusura. Sceglilo.</translation>
    </message>
    <message>
      <source>A consent must end after the day it was given. Check the two dates.</source>
      <translation>Un consenso deve scadere dopo il giorno in cui è stato dato. Controlla le due date.</translation>
    </message>
    <message>
      <source>A field outside the minimum needs a reason. Write why this service needs it, then add it again.</source>
      <translation>Un campo in più rispetto al minimo ha bisogno di un motivo. Scrivi perché serve a questo servizio, poi aggiungilo di nuovo.</translation>
    </message>
    <message>
      <source>A passphrase needs at least %1 characters. Choose a longer one: a few words are easy to remember.</source>
      <translation>Una passphrase deve avere almeno %1 caratteri. Scegline una più lunga: qualche parola si ricorda facilmente.</translation>
    </message>
    <message>
      <source>Another workstation already uses this workstation's identity. Nothing was changed; ask for help.</source>
      <translation>Un'altra postazione usa già l'identità di questa. Non è cambiato nulla; chiedi aiuto.</translation>
    </message>
    <message>
      <source>Choose a file first.</source>
      <translation>Prima scegli un file.</translation>
    </message>
    <message>
      <source>Enter the woman's code first.</source>
      <translation>Prima scrivi il codice della donna.</translation>
    </message>
    <message>
      <source>Her children under 18 cannot be more than all her children. Check the two numbers.</source>
      <translation>I figli minorenni non possono essere più di tutti i suoi figli. Controlla i due numeri.</translation>
    </message>
    <message>
      <source>Her consent does not cover every field of this referral. Remove those fields or record a new consent.</source>
      <translation>Il suo consenso non copre tutti i campi di questo invio. Togli quei campi o registra un nuovo consenso.</translation>
    </message>
    <message>
      <source>How long records are kept must be between %1 and %2 days.</source>
      <translation>Il tempo di conservazione deve essere tra %1 e %2 giorni.</translation>
    </message>
    <message>
      <source>Only a workstation with no cases yet can join a centre. Nothing was changed.</source>
      <translation>Solo una postazione che non ha ancora casi può unirsi a un centro. Non è cambiato nulla.</translation>
    </message>
    <message>
      <source>Some fields have no value, or too long a value: they are marked in the list. Fill them in or remove them.</source>
      <translation>Alcuni campi sono vuoti o troppo lunghi: sono segnati nell'elenco. Compilali o toglili.</translation>
    </message>
    <message>
      <source>The command is missing something or has a wrong option: see the line below, or --help.</source>
      <translation>Al comando manca qualcosa o ha un'opzione sbagliata: vedi la riga qui sotto, o --help.</translation>
    </message>
    <message>
      <source>The document needs a file name.</source>
      <translation>Il documento ha bisogno di un nome di file.</translation>
    </message>
    <message>
      <source>The largest document allowed must be between %1 MB and %2 MB.</source>
      <translation>La dimensione massima di un documento deve essere tra %1 MB e %2 MB.</translation>
    </message>
    <message>
      <source>The network's server refused the request. Nothing was lost; it is tried again later.</source>
      <translation>Il server della rete ha rifiutato la richiesta. Non si è perso nulla; si riprova più tardi.</translation>
    </message>
    <message>
      <source>The network's server refused this message. Nothing was lost: it is listed in Messages.</source>
      <translation>Il server della rete ha rifiutato questo messaggio. Non si è perso nulla: è elencato in Messaggi.</translation>
    </message>
    <message>
      <source>The note is empty. Write something before adding it.</source>
      <translation>La nota è vuota. Scrivi qualcosa prima di aggiungerla.</translation>
    </message>
    <message>
      <source>The number of children cannot be negative.</source>
      <translation>Il numero dei figli non può essere negativo.</translation>
    </message>
    <message>
      <source>The period ends before it starts. Check the two dates.</source>
      <translation>Il periodo finisce prima di cominciare. Controlla le due date.</translation>
    </message>
    <message>
      <source>This field is already in the referral.</source>
      <translation>Questo campo è già nell'invio.</translation>
    </message>
    <message>
      <source>This field is not for this kind of service.</source>
      <translation>Questo campo non è previsto per questo tipo di servizio.</translation>
    </message>
    <message>
      <source>This field never leaves the centre, whatever the reason.</source>
      <translation>Questo campo non esce mai dal centro, qualunque sia il motivo.</translation>
    </message>
    <message>
      <source>This invitation was made for another workstation. Use the file made for this one.</source>
      <translation>Questo invito è stato fatto per un'altra postazione. Usa il file fatto per questa.</translation>
    </message>
    <message>
      <source>This step cannot move to that state from where it is now. Nothing was changed.</source>
      <translation>Questo passo non può passare a quello stato da dove si trova ora. Non è cambiato nulla.</translation>
    </message>
    <message>
      <source>This workstation cannot do that with the centre's other workstations.</source>
      <translation>Questa postazione non può farlo con le altre postazioni del centro.</translation>
    </message>
    <message>
      <source>This workstation has not joined the network yet. An administrator can join it with the file from the network's coordinators (Join the network).</source>
      <translation>Questa postazione non è ancora entrata nella rete. Un'amministratrice può farla entrare con il file dei coordinatori della rete (Entra nella rete).</translation>
    </message>
    <message>
      <source>This workstation is already one of the centre's workstations. Nothing was changed.</source>
      <translation>Questa postazione è già una delle postazioni del centro. Non è cambiato nulla.</translation>
    </message>
    <message>
      <source>This workstation is not one of the centre's workstations yet. Join it first (Workstations).</source>
      <translation>Questa postazione non è ancora una delle postazioni del centro. Prima falla entrare (Postazioni).</translation>
    </message>
    <message>
      <source>This workstation was removed from the centre. It can join again only as a new workstation.</source>
      <translation>Questa postazione è stata tolta dal centro. Può rientrare solo come postazione nuova.</translation>
    </message>
    <message>
      <source>Write the purpose: her consent and the referral both name it.</source>
      <translation>Scrivi la finalità: la nominano sia il suo consenso sia l'invio.</translation>
    </message>
    <message>
      <source>You chose to work offline: nothing is sent or received until you turn the network back on.</source>
      <translation>Hai scelto di lavorare offline: non si invia né si riceve nulla finché non riattivi la rete.</translation>
    </message>
    <message>
      <source>A key in this message is not a safe key to trust. Nothing was accepted; ask the sender's IT to make new keys.</source>
      <translation>Una chiave in questo messaggio non è sicura. Non è stato accettato nulla; chiedi al supporto informatico del mittente di creare nuove chiavi.</translation>
    </message>
    <message>
      <source>A service that is not part of this referral tried to change it. Nothing was changed.</source>
      <translation>Un servizio che non fa parte di questo invio ha provato a modificarlo. Non è stato cambiato nulla.</translation>
    </message>
    <message>
      <source>A next appointment goes only with “accepted” or “in progress”.</source>
      <translation>Il prossimo appuntamento si indica solo con «accettato» o «in corso».</translation>
    </message>
    <message>
      <source>The note must be one line of plain text, at most %1 characters.</source>
      <translation>La nota deve essere una sola riga di testo, di al massimo %1 caratteri.</translation>
    </message>
    <message>
      <source>This referral cannot be answered that way now: it was withdrawn, or already has that answer. Nothing was sent.</source>
      <translation>A questo invio ora non si può rispondere così: è stato ritirato, o ha già questa risposta. Non è stato inviato nulla.</translation>
    </message>
    <message>
      <source>A value does not fit its field (a number, a date, yes/no or one of the choices). Check it and save again.</source>
      <translation>Un valore non corrisponde al suo campo (un numero, una data, sì/no o una delle scelte). Controllalo e salva di nuovo.</translation>
    </message>
    <message>
      <source>Some fields the centre made required are empty. Fill them in and save again.</source>
      <translation>Alcuni campi resi obbligatori dal centro sono vuoti. Compilali e salva di nuovo.</translation>
    </message>
    <message>
      <source>Some rows cannot be imported and nothing was imported. Correct them, or choose to leave them out.</source>
      <translation>Alcune righe non si possono importare e non è stato importato nulla. Correggile, oppure scegli di lasciarle fuori.</translation>
    </message>
    <message>
      <source>The file could not be read as a spreadsheet. Save it as Excel (.xlsx) or as CSV and try again.</source>
      <translation>Il file non si può leggere come foglio di calcolo. Salvalo come Excel (.xlsx) o come CSV e riprova.</translation>
    </message>
    <message>
      <source>The file is too large to import at once. Split it into files of at most 200,000 rows and 100 MB.</source>
      <translation>Il file è troppo grande per importarlo in una volta. Dividilo in file di al massimo 200.000 righe e 100 MB.</translation>
    </message>
    <message>
      <source>The letters in this file could not be read. Save it again as “CSV UTF-8” and try again.</source>
      <translation>Le lettere di questo file non si possono leggere. Salvalo di nuovo come «CSV UTF-8» e riprova.</translation>
    </message>
    <message>
      <source>The type of a field cannot change once cases have a value in it. Create a new field and retire this one.</source>
      <translation>Il tipo di un campo non può cambiare quando dei casi hanno un valore in quel campo. Crea un nuovo campo e ritira questo.</translation>
    </message>
    <message>
      <source>This field cannot be saved this way: check its name, its labels and its list of choices.</source>
      <translation>Questo campo non si può salvare così: controlla il nome, le etichette e l'elenco delle scelte.</translation>
    </message>
    <message>
      <source>This standard field cannot be hidden or changed: the statistics, the ISTAT export or referrals depend on it.</source>
      <translation>Questo campo standard non si può nascondere né cambiare: ne dipendono le statistiche, l'esportazione ISTAT o gli invii.</translation>
    </message>
    <message>
      <source>She has not agreed to be contacted after her path closed, so there is no follow-up. Record her consent first, if she gives it.</source>
      <translation>Non ha accettato di essere ricontattata dopo la chiusura del percorso: il ricontatto non si fa. Registrate prima il suo consenso, se lo dà.</translation>
    </message>
    <message>
      <source>The server at the network's address is not the one this workstation trusts, so nothing was sent or changed. Call the network's IT and read them the fingerprint of the server this workstation trusts: %1.</source>
      <translation>Il server all'indirizzo della rete non è quello di cui questa postazione si fida: non è stato inviato né cambiato nulla. Chiama il servizio informatico della rete e leggi loro l'impronta del server di cui questa postazione si fida: %1.</translation>
    </message>
    <message>
      <source>These dates do not fit her path: intake, closure and the follow-ups come in this order, a follow-up comes after the closure, and a change cannot be dated after the day it was learned.</source>
      <translation>Queste date non tornano con il suo percorso: accoglienza, chiusura e ricontatti vengono in questo ordine, un ricontatto viene dopo la chiusura e un cambiamento non può avere una data successiva al giorno in cui lo si è saputo.</translation>
    </message>
    <message>
      <source>This network is not letting Ponte through to the network server (a hotel or library Wi-Fi may want you to sign in first). Nothing was changed; work continues offline.</source>
      <translation>Questa rete non lascia passare Ponte verso il server della rete (il Wi-Fi di un albergo o di una biblioteca può chiedere prima di accedere). Non è cambiato nulla; si continua a lavorare senza connessione.</translation>
    </message>
    <message>
      <source>This workstation's copy of the network directory does not list this service yet. Connect to the network and let Ponte sync once, then try again.</source>
      <translation>La copia dell'elenco della rete su questa postazione non contiene ancora questo servizio. Collegati alla rete, lascia che Ponte si sincronizzi una volta e poi riprova.</translation>
    </message>
    <message>
      <source>A hiring needs its type of contract. Choose one.</source>
      <translation>Un'assunzione ha bisogno del tipo di contratto. Scegline uno.</translation>
    </message>
    <message>
      <source>Her consent must end after the day she gave it. Check the dates.</source>
      <translation>Il suo consenso deve scadere dopo il giorno in cui l'ha dato. Controlla le date.</translation>
    </message>
    <message>
      <source>Her situation at closure and after is recorded once her case is closed. Close the case first.</source>
      <translation>La sua situazione alla chiusura e dopo si registra quando il caso è chiuso. Chiudi prima il caso.</translation>
    </message>
    <message>
      <source>Only a follow-up can be recorded as “not reached”.</source>
      <translation>Solo un ricontatto può essere registrato come «non raggiungibile».</translation>
    </message>
    <message>
      <source>Only a hiring has a type of contract. Leave the contract empty.</source>
      <translation>Solo un'assunzione ha un tipo di contratto. Lascia vuoto il contratto.</translation>
    </message>
    <message>
      <source>She was not reached, so nothing of her situation changes. Leave the values as they were.</source>
      <translation>Non è stato possibile raggiungerla, quindi la sua situazione non cambia. Lascia i valori com'erano.</translation>
    </message>
    <message>
      <source>This answer was already confirmed or set aside. Nothing was changed.</source>
      <translation>Questa risposta è già stata confermata o messa da parte. Non è cambiato nulla.</translation>
    </message>
    <message>
      <source>This value is not one of the choices for this field. Choose one from the list.</source>
      <translation>Questo valore non è tra le scelte di questo campo. Scegline uno dall'elenco.</translation>
    </message>
    <message>
      <source>What came of the referral does not fit this answer: say it only with “in progress” or “done”.</source>
      <translation>L'esito dell'invio non si accorda con questa risposta: indicalo solo con «in corso» o «concluso».</translation>
    </message>
    <message>
      <source>A case can be assigned only to a staff account of this centre.</source>
      <translation>Un caso si può assegnare solo a un account del personale di questo centro.</translation>
    </message>
    <message>
      <source>A deadline rule must be a number of days between 1 and 3650.</source>
      <translation>Una regola di scadenza deve essere un numero di giorni tra 1 e 3650.</translation>
    </message>
    <message>
      <source>A letter template needs a title (at most 120 characters) and a text.</source>
      <translation>Un modello di lettera ha bisogno di un titolo (al massimo 120 caratteri) e di un testo.</translation>
    </message>
    <message>
      <source>A room needs a name, of at most 60 characters.</source>
      <translation>Una stanza ha bisogno di un nome, di al massimo 60 caratteri.</translation>
    </message>
    <message>
      <source>An appointment needs a length between 5 minutes and 12 hours, and at least one operatrice.</source>
      <translation>Un appuntamento deve durare tra 5 minuti e 12 ore e avere almeno un'operatrice.</translation>
    </message>
    <message>
      <source>Choose one of the centre's places: that room is no longer in the list.</source>
      <translation>Scegli uno dei luoghi del centro: quella stanza non è più nell'elenco.</translation>
    </message>
    <message>
      <source>In this centre closing a case needs the coordinator's approval. Use “Ask to close…”: she will see the request.</source>
      <translation>In questo centro chiudere un caso richiede l'approvazione della coordinatrice. Usa «Chiedi la chiusura…»: vedrà la richiesta.</translation>
    </message>
    <message>
      <source>That setting is too long: at most %1 characters.</source>
      <translation>Questa impostazione è troppo lunga: al massimo %1 caratteri.</translation>
    </message>
    <message>
      <source>That time does not exist on that day: the clocks move forward one hour at 2:00. Choose another time.</source>
      <translation>Quell'ora non esiste in quel giorno: alle 2:00 gli orologi vanno avanti di un'ora. Scegli un altro orario.</translation>
    </message>
    <message>
      <source>The template uses a placeholder Ponte does not know. Check the words between ${ and } against the list.</source>
      <translation>Il modello usa un segnaposto che Ponte non conosce. Controlla le parole tra ${ e } con l'elenco.</translation>
    </message>
    <message>
      <source>The network server lists a key for this centre that this workstation did not create. Call the network's IT and read them the key's id: %1.</source>
      <translation>Il server della rete elenca una chiave di questo centro che questa postazione non ha creato. Chiama il servizio informatico della rete e leggi loro l'identificativo della chiave: %1.</translation>
    </message>
    <message>
      <source>A word of this share is not in the list of share words. Check its spelling against the paper.</source>
      <translation>Una parola di questa parte non è nell'elenco delle parole delle parti. Controlla come è scritta sul foglio.</translation>
    </message>
    <message>
      <source>The recovery key has a mistyped group. Compare each group with the paper copy and try again.</source>
      <translation>La chiave di recupero ha un gruppo scritto male. Confronta ogni gruppo con la copia su carta e riprova.</translation>
    </message>
    <message>
      <source>There is no account with that name on this workstation. Check the name and try again.</source>
      <translation>Su questa postazione non esiste un account con questo nome. Controlla il nome e riprova.</translation>
    </message>
    <message>
      <source>This share belongs to another set of shares. Use the shares handed out together for this vault.</source>
      <translation>Questa parte appartiene a un'altra serie di parti. Usa le parti consegnate insieme per questo archivio.</translation>
    </message>
    <message>
      <source>This share does not have the right number of words. Check for a missing or doubled word.</source>
      <translation>Questa parte non ha il numero giusto di parole. Controlla se manca una parola o se è ripetuta.</translation>
    </message>
    <message>
      <source>This share has a mistyped word: its check words do not match. Compare it word by word with the paper.</source>
      <translation>In questa parte c'è una parola scritta male: le parole di controllo non tornano. Confrontala parola per parola con il foglio.</translation>
    </message>
    <message>
      <source>This share was already entered. Enter the share of another custodian.</source>
      <translation>Questa parte è già stata inserita. Inserisci la parte di un'altra custode.</translation>
    </message>
  </context>
  <context>
    <name>outcomes</name>
    <message>
      <location filename="../ui/outcomes/shared.py" line="32" />
      <source>Counted: %1 (%2).</source>
      <translation>Chi è contata: %1 (%2).</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="38" />
      <source>Followed up: %1; not followed up: %2 (never a guess: they are counted apart).</source>
      <translation>Ricontattate: %1; non ricontattate: %2 (mai stimate: sono contate a parte).</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="54" />
      <source>from</source>
      <translation>dal</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="55" />
      <source>to</source>
      <translation>al</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="56" />
      <source>area</source>
      <translation>area</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="57" />
      <source>indicator</source>
      <translation>indicatore</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="58" />
      <source>counted (denominator)</source>
      <translation>chi è contata (denominatore)</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="59" />
      <source>category</source>
      <translation>categoria</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="60" />
      <source>column</source>
      <translation>colonna</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="61" />
      <source>value</source>
      <translation>valore</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="62" />
      <source>indicator code</source>
      <translation>codice indicatore</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="63" />
      <source>category code</source>
      <translation>codice categoria</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="64" />
      <source>column code</source>
      <translation>codice colonna</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="65" />
      <source>period</source>
      <translation>periodo</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="66" />
      <source>from 1 to 4: too few to be shown</source>
      <translation>da 1 a 4: troppo pochi per essere mostrati</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="69" />
      <source>hidden so that a small count cannot be worked out</source>
      <translation>nascosto perché un numero piccolo non si possa ricavare</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="72" />
      <source>at least n: some centres hid their count</source>
      <translation>almeno n: alcuni centri hanno nascosto il loro numero</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="89" />
      <source>“&lt;5”: from 1 to 4. “—”: hidden so that a small count cannot be worked out.</source>
      <translation>“&lt;5”: da 1 a 4. “—”: nascosto perché un numero piccolo non si possa ricavare.</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/shared.py" line="92" />
      <source>“≥n”: at least n (some centres hid their count).</source>
      <translation>“≥n”: almeno n (alcuni centri hanno nascosto il loro numero).</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/words.py" line="16" />
      <source>not known</source>
      <translation>non si sa</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/words.py" line="23" />
      <source>any time</source>
      <translation>a qualsiasi ora</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/words.py" line="27" />
      <source>a message may be left</source>
      <translation>si può lasciare un messaggio</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/words.py" line="29" />
      <source>leave no message</source>
      <translation>non lasciare messaggi</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/words.py" line="37" />
      <source>She has not agreed to be contacted after her path: no follow-up, no reminder.</source>
      <translation>Non ha accettato di essere ricontattata dopo il percorso: nessun ricontatto, nessun promemoria.</translation>
    </message>
    <message>
      <location filename="../ui/outcomes/words.py" line="43" />
      <source>She agreed to be followed up until %1: %2, %3; %4.</source>
      <translation>Ha accettato di essere ricontattata fino al %1: %2, %3; %4.</translation>
    </message>
  </context>
  <context>
    <name>placeholders</name>
    <message>
      <location filename="../ui/day/settings.py" line="85" />
      <source>name of the centre</source>
      <translation>nome del centro</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="86" />
      <source>the centre's phone or e-mail for replies</source>
      <translation>telefono o e-mail del centro per le risposte</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="89" />
      <source>today's date</source>
      <translation>la data di oggi</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="90" />
      <source>your name</source>
      <translation>il tuo nome</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="91" />
      <source>her code in this centre</source>
      <translation>il suo codice in questo centro</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="92" />
      <source>the name she uses</source>
      <translation>il nome che usa</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="93" />
      <source>the day the centre took her case</source>
      <translation>il giorno della presa in carico</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="96" />
      <source>the day the Reddito di libertà was requested</source>
      <translation>il giorno della richiesta del Reddito di libertà</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="99" />
      <source>the day of the first Reddito di libertà payment</source>
      <translation>il giorno della prima mensilità del Reddito di libertà</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="102" />
      <source>her codice fiscale</source>
      <translation>il suo codice fiscale</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="103" />
      <source>the shelter's address</source>
      <translation>l'indirizzo della casa rifugio</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="104" />
      <source>her phone number</source>
      <translation>il suo numero di telefono</translation>
    </message>
    <message>
      <location filename="../ui/day/settings.py" line="107" />
      <source>(protected: blank unless ticked)</source>
      <translation>(protetto: in bianco se non spuntato)</translation>
    </message>
  </context>
  <context>
    <name>reasons</name>
    <message>
      <location filename="../ui/common.py" line="125" />
      <source>she does not meet the requirements</source>
      <translation>non ha i requisiti</translation>
    </message>
    <message>
      <location filename="../ui/common.py" line="126" />
      <source>no places available now</source>
      <translation>al momento non ci sono posti</translation>
    </message>
    <message>
      <location filename="../ui/common.py" line="127" />
      <source>another service fits better</source>
      <translation>è più adatto un altro servizio</translation>
    </message>
    <message>
      <location filename="../ui/common.py" line="128" />
      <source>other reason (the centre will call)</source>
      <translation>altro motivo (il centro chiamerà)</translation>
    </message>
  </context>
</TS>