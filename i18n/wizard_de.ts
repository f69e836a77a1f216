<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>AccountPage</name>
    <message>
        <source>New password for my mailbox {email}</source>
        <translation>Neues Passwort für mein Postfach {email}</translation>
    </message>
    <message>
        <source>Hello,

The all2all setup assistant tells me that the password of my mailbox is weak. Could you give me a new, stronger password?

E-mail address: {email}
Username: {username}

Thank you,
{name}</source>
        <translation>Guten Tag,

der all2all-Einrichtungsassistent meldet, dass das Passwort meines Postfachs schwach ist. Könnten Sie mir bitte ein neues, stärkeres Passwort geben?

E-Mail-Adresse: {email}
Benutzername: {username}

Vielen Dank im Voraus und freundliche Grüße
{name}</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Type these details exactly as you received them from your administrator.</source>
        <translation>Geben Sie diese Angaben genau so ein, wie Sie sie von Ihrem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Shown to the people you write to, for example Marie Peeters.</source>
        <translation>Diesen Namen sehen die Empfänger Ihrer E-Mails, zum Beispiel Marie Peeters.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Your all2all e-mail address, exactly as your administrator wrote it.</source>
        <translation>Ihre all2all-E-Mail-Adresse, genau so, wie Sie sie von Ihrem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>A short name such as user0001. It is not your e-mail address.</source>
        <translation>Ein kurzer Name wie user0001. Das ist nicht Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password that goes with your username.</source>
        <translation>Das Passwort, das zu Ihrem Benutzernamen gehört.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>Passwort anzei&amp;gen</translation>
    </message>
    <message>
        <source>Shows the password as plain text, so you can check what you typed.</source>
        <translation>Zeigt das Passwort lesbar an, damit Sie prüfen können, was Sie eingegeben haben.</translation>
    </message>
    <message>
        <source>&amp;Ask my administrator for a new password</source>
        <translation>Ihren &amp;Administrator um ein neues Passwort bitten</translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program. Your password is not in it.</source>
        <translation>Öffnet in Ihrem E-Mail-Programm eine neue Nachricht an Ihren Administrator. Ihr Passwort steht nicht darin.</translation>
    </message>
    <message>
        <source>Use the sa&amp;ved password</source>
        <translation>Gespeichertes Passwort &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Forget the saved password</source>
        <translation>Gespeichertes Passwort &amp;löschen</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>{client}: {account}</source>
        <translation>{client}: {account}</translation>
    </message>
    <message>
        <source>POP3: your mail is downloaded to this computer</source>
        <translation>POP3: Ihre E-Mails werden auf diesen Computer heruntergeladen</translation>
    </message>
    <message>
        <source>IMAP: your mail stays on the server</source>
        <translation>IMAP: Ihre E-Mails bleiben auf dem Server</translation>
    </message>
    <message>
        <source>Username {username} · {kind}</source>
        <translation>Benutzername {username} · {kind}</translation>
    </message>
    <message>
        <source>Remove this account…</source>
        <translation>Dieses Konto entfernen…</translation>
    </message>
    <message>
        <source>Remove the account {account} from {client}</source>
        <translation>Das Konto {account} aus {client} entfernen</translation>
    </message>
    <message>
        <source>This account is set up correctly.</source>
        <translation>Dieses Konto ist richtig eingerichtet.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation>Die Details stehen in {file}.</translation>
    </message>
    <message>
        <source>The file with all2all&apos;s server settings cannot be used: {reason}</source>
        <translation>Die Datei mit den Servereinstellungen von all2all kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>No supported mail program was found for this user.</source>
        <translation>Für diesen Benutzer wurde kein unterstütztes E-Mail-Programm gefunden.</translation>
    </message>
    <message>
        <source>profile {name}: {path} (default)</source>
        <translation>Profil {name}: {path} (Standard)</translation>
    </message>
    <message>
        <source>profile {name}: {path}</source>
        <translation>Profil {name}: {path}</translation>
    </message>
    <message>
        <source>{option} only goes with --fix.</source>
        <translation>{option} geht nur zusammen mit --fix.</translation>
    </message>
    <message>
        <source>This folder does not exist: {path}</source>
        <translation>Dieser Ordner existiert nicht: {path}</translation>
    </message>
    <message>
        <source>This folder holds neither a Thunderbird profile (prefs.js) nor Evolution&apos;s accounts (.source files): {path}</source>
        <translation>Dieser Ordner enthält weder ein Thunderbird-Profil (prefs.js) noch Konten von Evolution (.source-Dateien): {path}</translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Kopie der vorherigen Einstellungen: {file}</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>This account cannot be saved in this kind of file ({reason}).</source>
        <translation>Dieses Konto kann nicht in dieser Art von Datei gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>{file} is a link to another place, made by someone else or pointing nowhere. To keep files safe, nothing was written through it. Remove the link or give another folder with --output.</source>
        <translation>{file} ist eine Verknüpfung zu einem anderen Ort, die jemand anders angelegt hat oder die ins Leere führt. Zum Schutz der Dateien wurde nichts darüber geschrieben. Entfernen Sie die Verknüpfung oder geben Sie mit --output einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}).</source>
        <translation>{file} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The password on standard input is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Das Passwort auf der Standardeingabe ist kein UTF-8-Text. Speichern Sie es als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The password on standard input is far too long.</source>
        <translation>Das Passwort auf der Standardeingabe ist viel zu lang.</translation>
    </message>
    <message>
        <source>The environment variable {name} holds no password.</source>
        <translation>Die Umgebungsvariable {name} enthält kein Passwort.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Kein Passwort auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>Passwort (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>The password contains invisible characters, such as a tab or a second line. A password cannot contain them.</source>
        <translation>Das Passwort enthält unsichtbare Zeichen, zum Beispiel einen Tabulator oder eine zweite Zeile. Solche Zeichen darf ein Passwort nicht enthalten.</translation>
    </message>
    <message>
        <source>The test message is sent from and to the account&apos;s address: give --email.</source>
        <translation>Die Testnachricht wird von der Adresse des Kontos an dieselbe Adresse gesendet: Geben Sie --email an.</translation>
    </message>
    <message>
        <source>The time limit must be more than 0 and at most 600 seconds.</source>
        <translation>Das Zeitlimit muss größer als 0 und höchstens 600 Sekunden sein.</translation>
    </message>
    <message>
        <source>The certificate file {file} cannot be used ({reason}).</source>
        <translation>Die Zertifikatsdatei {file} kann nicht verwendet werden ({reason}).</translation>
    </message>
    <message>
        <source>Give all2all, the id of an internet provider&apos;s server, or HOST:PORT.</source>
        <translation>Geben Sie all2all, die ID des Servers eines Internetanbieters oder HOST:PORT an.</translation>
    </message>
    <message>
        <source>Your account works: you can receive and send mail.</source>
        <translation>Ihr Konto funktioniert: Sie können E-Mails empfangen und senden.</translation>
    </message>
    <message>
        <source>Your account does not work yet.</source>
        <translation>Ihr Konto funktioniert noch nicht.</translation>
    </message>
    <message>
        <source>Largest message the server accepts: {size} MB</source>
        <translation>Größte Nachricht, die der Server annimmt: {size} MB</translation>
    </message>
    <message>
        <source>The time limit must be more than 0 and at most {seconds} seconds.</source>
        <translation>Das Zeitlimit muss größer als 0 und höchstens {seconds} Sekunden sein.</translation>
    </message>
    <message>
        <source>Give a server name and an IP address, for example {example}.</source>
        <translation>Geben Sie einen Servernamen und eine IP-Adresse an, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>{option} is required.</source>
        <translation>{option} ist erforderlich.</translation>
    </message>
    <message>
        <source>{option}: this mail program is not supported. Possible values: {values}.</source>
        <translation>{option}: Dieses E-Mail-Programm wird nicht unterstützt. Mögliche Werte: {values}.</translation>
    </message>
    <message>
        <source>{option}: the number must be between {minimum} and {maximum}.</source>
        <translation>{option}: Die Zahl muss zwischen {minimum} und {maximum} liegen.</translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <source>To go on without {client}, untick it.</source>
        <translation>Um ohne {client} weiterzumachen, entfernen Sie das Häkchen vor dem Programmnamen.</translation>
    </message>
    <message>
        <source>Untick this to leave {client} as it is.</source>
        <translation>Entfernen Sie dieses Häkchen, wenn {client} unverändert bleiben soll.</translation>
    </message>
    <message>
        <source>{client}: not on this computer.</source>
        <translation>{client}: auf diesem Computer nicht installiert.</translation>
    </message>
    <message>
        <source>Looks at {client} and its settings again.</source>
        <translation>Prüft {client} und seine Einstellungen erneut.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details for {client}</source>
        <translation>Details zu {client}</translation>
    </message>
    <message>
        <source>Which {client} you use: the classic one or the new one.</source>
        <translation>Welches {client} Sie verwenden: das klassische oder das neue.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>{client} keeps its settings in a profile.</source>
        <translation>{client} speichert seine Einstellungen in einem Profil.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>A new outgoing server is added to {client} only if it does not have it yet.</source>
        <translation>Ein neuer Postausgangsserver wird nur dann zu {client} hinzugefügt, wenn er dort noch fehlt.</translation>
    </message>
    <message>
        <source>If you already send mail from {client} with another account, you can share its outgoing server with your all2all account.</source>
        <translation>Wenn Sie in {client} schon mit einem anderen Konto E-Mails senden, kann Ihr all2all-Konto dessen Postausgangsserver mitbenutzen.</translation>
    </message>
    <message>
        <source>Only a server of your internet provider sends for every address; another mail service&apos;s server may refuse mail from your all2all address.</source>
        <translation>Nur ein Server Ihres Internetanbieters sendet für jede Adresse. Der Server eines anderen E-Mail-Dienstes kann E-Mails von Ihrer all2all-Adresse ablehnen.</translation>
    </message>
    <message>
        <source>Outgoing server to share</source>
        <translation>Postausgangsserver zum Mitbenutzen</translation>
    </message>
    <message>
        <source>Deleted messages stay on the server, and count towards your {quota} MB, until the trash is emptied.</source>
        <translation>Gelöschte Nachrichten bleiben auf dem Server und zählen zu Ihren {quota} MB, bis der Papierkorb geleert wird.</translation>
    </message>
    <message>
        <source>Opens {client} with a file that adds a new profile with your account. If that does not work, follow the steps shown at the end.</source>
        <translation>Öffnet {client} mit einer Datei, die ein neues Profil mit Ihrem Konto anlegt. Wenn das nicht klappt, folgen Sie den Schritten, die am Ende angezeigt werden.</translation>
    </message>
    <message>
        <source>Your all2all account is already there: Set up gives it the right settings. A copy of the current settings is kept first.</source>
        <translation>Ihr all2all-Konto ist schon vorhanden: Es erhält die richtigen Einstellungen, wenn Sie auf „Einrichten“ klicken. Vorher legt der Assistent eine Kopie der aktuellen Einstellungen an.</translation>
    </message>
    <message>
        <source>Set up adds your all2all account. A copy of the current settings is kept first.</source>
        <translation>Ihr all2all-Konto wird hinzugefügt, wenn Sie auf „Einrichten“ klicken. Vorher legt der Assistent eine Kopie der aktuellen Einstellungen an.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Send through the outgoing server chosen in this assistant ({server})</source>
        <translation>Über den in diesem Assistenten gewählten Postausgangsserver senden ({server})</translation>
    </message>
    <message>
        <source>Share an existing outgoing server of {client}</source>
        <translation>Einen vorhandenen Postausgangsserver von {client} mitbenutzen</translation>
    </message>
    <message>
        <source>Outgoing server to share:</source>
        <translation>Postausgangsserver zum Mitbenutzen:</translation>
    </message>
    <message>
        <source>Empty the trash when {client} closes</source>
        <translation>Papierkorb beim Beenden von {client} leeren</translation>
    </message>
    <message>
        <source>Let {client} add the account itself (experimental)</source>
        <translation>{client} das Konto selbst hinzufügen lassen (experimentell)</translation>
    </message>
    <message>
        <source>Give {client} my password through this computer&apos;s password safe</source>
        <translation>{client} Ihr Passwort über den Passwortspeicher dieses Computers mitteilen</translation>
    </message>
    <message>
        <source>Then {client} does not ask for it. Untick this to type it in {client} yourself.</source>
        <translation>Dann fragt {client} nicht danach. Entfernen Sie das Häkchen, wenn Sie das Passwort selbst in {client} eingeben möchten.</translation>
    </message>
    <message>
        <source>Settings that will be written</source>
        <translation>Einstellungen, die geschrieben werden</translation>
    </message>
    <message>
        <source>One line per setting, as written in the file.</source>
        <translation>Eine Zeile pro Einstellung, so wie sie in die Datei geschrieben wird.</translation>
    </message>
    <message>
        <source>You add the account in Outlook&apos;s own windows: the last page shows each step, with every value to copy.</source>
        <translation>Sie richten das Konto selbst in Outlook ein: Auf der letzten Seite steht jeder Schritt, mit allen Werten zum Kopieren.</translation>
    </message>
    <message>
        <source>The assistant opens a settings file. You approve it in System Settings; the last page shows how.</source>
        <translation>Der Assistent öffnet eine Einstellungsdatei. Sie bestätigen sie in den Systemeinstellungen; auf der letzten Seite steht, wie das geht.</translation>
    </message>
    <message>
        <source>Your all2all account is already set up like this. Nothing changes.</source>
        <translation>Ihr all2all-Konto ist bereits genau so eingerichtet. Es ändert sich nichts.</translation>
    </message>
    <message>
        <source>{profile} (the one {client} opens)</source>
        <translation>{profile} (das Profil, das {client} öffnet)</translation>
    </message>
    <message>
        <source>{host}, port {port}, username {login}</source>
        <translation>{host}, Port {port}, Benutzername {login}</translation>
    </message>
    <message>
        <source>{host}, port {port}, no password</source>
        <translation>{host}, Port {port}, ohne Passwort</translation>
    </message>
    <message>
        <source>New file: {file}</source>
        <translation>Neue Datei: {file}</translation>
    </message>
    <message>
        <source>File changed: {file}</source>
        <translation>Geänderte Datei: {file}</translation>
    </message>
    <message>
        <source>Your password is not written into this file.</source>
        <translation>Ihr Passwort wird nicht in diese Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>{where}: {explanation}
What to do: {advice}</source>
        <translation>{where}: {explanation}
Was Sie tun können: {advice}</translation>
    </message>
    <message>
        <source>{used} MB of {limit} MB used</source>
        <translation>{used} MB von {limit} MB belegt</translation>
    </message>
    <message>
        <source>{host}, port {port}</source>
        <translation>{host}, Port {port}</translation>
    </message>
    <message>
        <source>Testing your account…</source>
        <translation>Ihr Konto wird getestet…</translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation>Sie haben den Test beendet.</translation>
    </message>
    <message>
        <source>Checking that your mail really arrives…</source>
        <translation>Es wird geprüft, ob Ihre E-Mails wirklich ankommen…</translation>
    </message>
    <message>
        <source>Your account works.</source>
        <translation>Ihr Konto funktioniert.</translation>
    </message>
    <message>
        <source>Your account does not work yet.</source>
        <translation>Ihr Konto funktioniert noch nicht.</translation>
    </message>
    <message>
        <source>The test starts when this page is shown.</source>
        <translation>Der Test beginnt, sobald diese Seite erscheint.</translation>
    </message>
    <message>
        <source>Receiving mail</source>
        <translation>E-Mails empfangen</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>E-Mails senden</translation>
    </message>
    <message>
        <source>Receiving mail: checking…</source>
        <translation>E-Mails empfangen: wird geprüft…</translation>
    </message>
    <message>
        <source>Sending mail: checking…</source>
        <translation>E-Mails senden: wird geprüft…</translation>
    </message>
    <message>
        <source>Receiving mail works.</source>
        <translation>Der E-Mail-Empfang funktioniert.</translation>
    </message>
    <message>
        <source>Sending mail works.</source>
        <translation>Der E-Mail-Versand funktioniert.</translation>
    </message>
    <message>
        <source>Receiving mail does not work yet.</source>
        <translation>Der E-Mail-Empfang funktioniert noch nicht.</translation>
    </message>
    <message>
        <source>Sending mail does not work yet.</source>
        <translation>Der E-Mail-Versand funktioniert noch nicht.</translation>
    </message>
    <message>
        <source>Receiving mail: not tested.</source>
        <translation>E-Mails empfangen: nicht getestet.</translation>
    </message>
    <message>
        <source>Sending mail: not tested.</source>
        <translation>E-Mails senden: nicht getestet.</translation>
    </message>
    <message>
        <source>Sending mail: your internet provider&apos;s server does not answer here. That is normal away from its own network.</source>
        <translation>E-Mails senden: Der Server Ihres Internetanbieters antwortet hier nicht. Außerhalb seines eigenen Netzes ist das normal.</translation>
    </message>
    <message>
        <source>Time so far: {time}</source>
        <translation>Bisherige Dauer: {time}</translation>
    </message>
    <message>
        <source>Finished in {time}</source>
        <translation>Fertig nach {time}</translation>
    </message>
    <message>
        <source>Stopped after {time}</source>
        <translation>Gestoppt nach {time}</translation>
    </message>
    <message>
        <source>Testing your account</source>
        <translation>Test Ihres Kontos</translation>
    </message>
    <message>
        <source>The assistant connects to all2all exactly as your mail program will.</source>
        <translation>Der Assistent verbindet sich mit all2all genau so, wie es Ihr E-Mail-Programm tun wird.</translation>
    </message>
    <message>
        <source>&amp;Stop the test</source>
        <translation>Test &amp;beenden</translation>
    </message>
    <message>
        <source>Stops the test at once.</source>
        <translation>Beendet den Test sofort.</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>Runs the whole test again from the beginning.</source>
        <translation>Startet den ganzen Test noch einmal von vorn.</translation>
    </message>
    <message>
        <source>Use an&amp;other outgoing server…</source>
        <translation>Anderen Postausgangsserver &amp;verwenden…</translation>
    </message>
    <message>
        <source>Choose your internet provider&apos;s outgoing server, then test again.</source>
        <translation>Wählen Sie den Postausgangsserver Ihres Internetanbieters und testen Sie danach erneut.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details of the test</source>
        <translation>Details des Tests</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The Copy button next to it puts this value on the clipboard.</source>
        <translation>Mit der Schaltfläche „Kopieren“ daneben kommt dieser Wert in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy {what}</source>
        <translation>{what} kopieren</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Expanded. Press Space to collapse.</source>
        <translation>Aufgeklappt. Zum Zuklappen Leertaste drücken.</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to expand.</source>
        <translation>Zugeklappt. Zum Aufklappen Leertaste drücken.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>No all2all account was found in Thunderbird or Evolution.</source>
        <translation>In Thunderbird und Evolution wurde kein all2all-Konto gefunden.</translation>
    </message>
    <message>
        <source>{client}: {login} ({protocol}) in {profile}</source>
        <translation>{client}: {login} ({protocol}) in {profile}</translation>
    </message>
    <message>
        <source>Nothing to repair.</source>
        <translation>Nichts zu reparieren.</translation>
    </message>
    <message>
        <source>{severity}: {title} ({state})</source>
        <translation>{severity}: {title} ({state})</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Was Sie tun können: {advice}</translation>
    </message>
    <message>
        <source>Everything that was wrong is repaired.</source>
        <translation>Alles, was nicht stimmte, ist repariert.</translation>
    </message>
    <message numerus="yes">
        <source>Run the command again with --fix: a copy then stays on the server for %n day(s) (it can be changed in the mail program&apos;s account settings).</source>
        <translation>
            <numerusform>Führen Sie den Befehl erneut mit --fix aus. Dann bleibt eine Kopie %n Tag lang auf dem Server (das lässt sich in den Kontoeinstellungen des E-Mail-Programms ändern).</numerusform>
            <numerusform>Führen Sie den Befehl erneut mit --fix aus. Dann bleibt eine Kopie %n Tage lang auf dem Server (das lässt sich in den Kontoeinstellungen des E-Mail-Programms ändern).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Repair: a copy then stays on the server for %n day(s) (you can change that in the mail program&apos;s account settings).</source>
        <translation>
            <numerusform>Klicken Sie auf „Reparieren“. Dann bleibt eine Kopie %n Tag lang auf dem Server (Sie können das in den Kontoeinstellungen des E-Mail-Programms ändern).</numerusform>
            <numerusform>Klicken Sie auf „Reparieren“. Dann bleibt eine Kopie %n Tage lang auf dem Server (Sie können das in den Kontoeinstellungen des E-Mail-Programms ändern).</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Incoming mail is fetched without encryption</source>
        <translation>Der E-Mail-Empfang läuft ohne sichere Verbindung</translation>
    </message>
    <message>
        <source>Incoming mail uses STARTTLS instead of SSL/TLS</source>
        <translation>Der E-Mail-Empfang ist nicht von Anfang an sicher</translation>
    </message>
    <message>
        <source>Incoming mail uses the wrong port</source>
        <translation>Der E-Mail-Empfang nutzt den falschen Port</translation>
    </message>
    <message>
        <source>Incoming mail uses the wrong kind of password</source>
        <translation>Beim E-Mail-Empfang wird die falsche Anmeldemethode verwendet</translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server on port 25</source>
        <translation>E-Mails werden über Port 25 an den Server von all2all gesendet</translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server without encryption</source>
        <translation>E-Mails werden ohne sichere Verbindung an den Server von all2all gesendet</translation>
    </message>
    <message>
        <source>Mail is sent with STARTTLS instead of SSL/TLS</source>
        <translation>E-Mails werden nicht von Anfang an sicher gesendet</translation>
    </message>
    <message>
        <source>Mail is sent on the wrong port</source>
        <translation>E-Mails werden über den falschen Port gesendet</translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server without logging in</source>
        <translation>E-Mails werden ohne Anmeldung an den Server von all2all gesendet</translation>
    </message>
    <message>
        <source>Mail is sent with the wrong kind of password</source>
        <translation>E-Mails werden mit der falschen Anmeldemethode gesendet</translation>
    </message>
    <message>
        <source>Mail is sent with another all2all username</source>
        <translation>E-Mails werden mit einem anderen all2all-Benutzernamen gesendet</translation>
    </message>
    <message>
        <source>The outgoing server set for this account does not exist</source>
        <translation>Der für dieses Konto eingestellte Postausgangsserver existiert nicht</translation>
    </message>
    <message>
        <source>This account uses another username</source>
        <translation>Dieses Konto verwendet einen anderen Benutzernamen</translation>
    </message>
    <message>
        <source>Mail is deleted from the server once downloaded</source>
        <translation>E-Mails werden nach dem Herunterladen vom Server gelöscht</translation>
    </message>
    <message>
        <source>Two accounts for the same mailbox</source>
        <translation>Zwei Konten für dasselbe Postfach</translation>
    </message>
    <message>
        <source>Your password and your mail travel over the internet as readable text. all2all expects a secure connection (SSL/TLS) on port {incoming_port}.</source>
        <translation>Ihr Passwort und Ihre E-Mails werden unverschlüsselt durch das Internet geschickt; andere könnten sie mitlesen. all2all erwartet eine sichere Verbindung (SSL/TLS) auf Port {incoming_port}.</translation>
    </message>
    <message>
        <source>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {incoming_port}.</source>
        <translation>Die Verbindung wird erst sicher, nachdem sie aufgebaut ist (STARTTLS). Die Anleitung von all2all sieht SSL/TLS von Anfang an vor, auf Port {incoming_port}.</translation>
    </message>
    <message>
        <source>all2all&apos;s server waits for this on port {incoming_port}; on another port the mail program cannot connect.</source>
        <translation>Der Server von all2all wartet darauf auf Port {incoming_port}; auf einem anderen Port kann das E-Mail-Programm keine Verbindung herstellen.</translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method logging in fails.</source>
        <translation>all2all erwartet Ihr normales Passwort über eine sichere Verbindung. Mit einer anderen Methode klappt die Anmeldung nicht.</translation>
    </message>
    <message>
        <source>Port 25 is for servers talking to each other: many networks block it, and all2all expects your mail on port {smtp_port} with SSL/TLS, your username and password.</source>
        <translation>Port 25 ist für Server gedacht, die untereinander kommunizieren: Viele Netze sperren ihn, und all2all erwartet Ihre E-Mails auf Port {smtp_port} mit SSL/TLS, Ihrem Benutzernamen und Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Your password and what you send travel over the internet as readable text. all2all expects SSL/TLS on port {smtp_port}.</source>
        <translation>Ihr Passwort und alles, was Sie senden, werden unverschlüsselt durch das Internet geschickt; andere könnten es mitlesen. all2all erwartet SSL/TLS auf Port {smtp_port}.</translation>
    </message>
    <message>
        <source>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {smtp_port}.</source>
        <translation>Die Verbindung wird erst sicher, nachdem sie aufgebaut ist (STARTTLS). Die Anleitung von all2all sieht SSL/TLS von Anfang an vor, auf Port {smtp_port}.</translation>
    </message>
    <message>
        <source>all2all&apos;s outgoing server waits on port {smtp_port}; on another port sending fails.</source>
        <translation>Der Postausgangsserver von all2all wartet auf Port {smtp_port}; auf einem anderen Port schlägt das Senden fehl.</translation>
    </message>
    <message>
        <source>all2all only sends mail for people who log in with their all2all username and password. Without logging in, sending is refused.</source>
        <translation>all2all sendet nur E-Mails von Personen, die sich mit ihrem all2all-Benutzernamen und ihrem Passwort anmelden. Ohne Anmeldung wird das Senden abgelehnt.</translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method sending fails.</source>
        <translation>all2all erwartet Ihr normales Passwort über eine sichere Verbindung. Mit einer anderen Methode klappt das Senden nicht.</translation>
    </message>
    <message>
        <source>For sending, this account uses another all2all username than for receiving, so the server may refuse your address.</source>
        <translation>Zum Senden nutzt dieses Konto einen anderen all2all-Benutzernamen als zum Empfangen. Deshalb kann der Server Ihre Adresse ablehnen.</translation>
    </message>
    <message>
        <source>The account points at an outgoing server that is no longer there, so nothing can be sent from it.</source>
        <translation>Das Konto verweist auf einen Postausgangsserver, den es nicht mehr gibt. Darüber kann also nichts gesendet werden.</translation>
    </message>
    <message>
        <source>This all2all account logs in with another username than the one you gave. It may be an old username, or another person&apos;s mailbox.</source>
        <translation>Dieses all2all-Konto meldet sich mit einem anderen Benutzernamen an als dem, den Sie angegeben haben. Vielleicht ist es ein alter Benutzername oder das Postfach einer anderen Person.</translation>
    </message>
    <message>
        <source>With POP3 the mail program removes your mail from the server after downloading it, so the webmail and your other devices no longer see it.</source>
        <translation>Mit POP3 entfernt das E-Mail-Programm Ihre E-Mails nach dem Herunterladen vom Server. Im Webmail und auf Ihren anderen Geräten sind sie dann nicht mehr zu sehen.</translation>
    </message>
    <message>
        <source>The same mailbox is set up twice in this mail program. Mail then shows twice, or one account (POP3) takes it away from the other.</source>
        <translation>Dasselbe Postfach ist in diesem E-Mail-Programm zweimal eingerichtet. Dann erscheinen E-Mails doppelt, oder ein Konto (POP3) nimmt sie dem anderen weg.</translation>
    </message>
    <message>
        <source>If the username is old, remove this account and set up all2all again. If it is another person&apos;s mailbox, leave it.</source>
        <translation>Wenn der Benutzername alt ist, entfernen Sie dieses Konto und richten Sie all2all neu ein. Wenn es das Postfach einer anderen Person ist, lassen Sie das Konto, wie es ist.</translation>
    </message>
    <message>
        <source>Keep one of the two accounts and remove the other in the mail program&apos;s account settings (its local mail stays on this computer).</source>
        <translation>Behalten Sie eines der beiden Konten und entfernen Sie das andere in den Kontoeinstellungen des E-Mail-Programms (seine E-Mails auf diesem Computer bleiben erhalten).</translation>
    </message>
    <message>
        <source>Press Repair to set it right; nothing else in the mail program changes.</source>
        <translation>Klicken Sie auf „Reparieren“, um das zu beheben; sonst ändert sich nichts im E-Mail-Programm.</translation>
    </message>
    <message>
        <source>If the username is old, remove this account (all2all-setup remove) and set up all2all again. If it is another person&apos;s mailbox, leave it.</source>
        <translation>Wenn der Benutzername alt ist, entfernen Sie dieses Konto (all2all-setup remove) und richten Sie all2all neu ein. Wenn es das Postfach einer anderen Person ist, lassen Sie das Konto, wie es ist.</translation>
    </message>
    <message>
        <source>Run the command again with --fix to set it right; nothing else in the mail program changes.</source>
        <translation>Führen Sie den Befehl erneut mit --fix aus, um das zu beheben; sonst ändert sich nichts im E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Incoming mail now uses a secure connection</source>
        <translation>Der E-Mail-Empfang läuft jetzt über eine sichere Verbindung</translation>
    </message>
    <message>
        <source>Incoming mail is now secured from the start (SSL/TLS)</source>
        <translation>Der E-Mail-Empfang ist jetzt von Anfang an sicher (SSL/TLS)</translation>
    </message>
    <message>
        <source>Incoming mail now uses the right port</source>
        <translation>Der E-Mail-Empfang nutzt jetzt den richtigen Port</translation>
    </message>
    <message>
        <source>Incoming mail now logs in with the normal password</source>
        <translation>Beim E-Mail-Empfang wird jetzt das normale Passwort verwendet</translation>
    </message>
    <message>
        <source>Mail is now sent to all2all&apos;s server on the right port</source>
        <translation>E-Mails werden jetzt über den richtigen Port an den Server von all2all gesendet</translation>
    </message>
    <message>
        <source>Mail is now sent over a secure connection</source>
        <translation>E-Mails werden jetzt über eine sichere Verbindung gesendet</translation>
    </message>
    <message>
        <source>Mail is now sent secured from the start (SSL/TLS)</source>
        <translation>E-Mails werden jetzt von Anfang an sicher gesendet (SSL/TLS)</translation>
    </message>
    <message>
        <source>Mail is now sent on the right port</source>
        <translation>E-Mails werden jetzt über den richtigen Port gesendet</translation>
    </message>
    <message>
        <source>Mail is now sent with your username and password</source>
        <translation>E-Mails werden jetzt mit Ihrem Benutzernamen und Ihrem Passwort gesendet</translation>
    </message>
    <message>
        <source>Mail is now sent with the normal password</source>
        <translation>E-Mails werden jetzt mit dem normalen Passwort gesendet</translation>
    </message>
    <message>
        <source>Mail is now sent with the same username as it is received</source>
        <translation>E-Mails werden jetzt mit demselben Benutzernamen gesendet und empfangen</translation>
    </message>
    <message>
        <source>This account now has an outgoing server</source>
        <translation>Dieses Konto hat jetzt einen Postausgangsserver</translation>
    </message>
    <message>
        <source>A copy of your mail now stays on the server</source>
        <translation>Eine Kopie Ihrer E-Mails bleibt jetzt auf dem Server</translation>
    </message>
    <message>
        <source>{title} ({state})</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repariert</translation>
    </message>
    <message>
        <source>can be repaired</source>
        <translation>kann repariert werden</translation>
    </message>
    <message>
        <source>to be done by hand</source>
        <translation>von Hand zu erledigen</translation>
    </message>
    <message>
        <source>Close {client}, then press Repair again.</source>
        <translation>Schließen Sie {client} und klicken Sie dann erneut auf „Reparieren“.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then press Repair again.</source>
        <translation>Schließen Sie {client}, falls es geöffnet ist, und klicken Sie dann erneut auf „Reparieren“.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then press Repair again.</source>
        <translation>Schaffen Sie etwas Platz auf der Festplatte und klicken Sie dann erneut auf „Reparieren“.</translation>
    </message>
    <message>
        <source>Press Repair again. If it fails again, ask your administrator for help.</source>
        <translation>Klicken Sie erneut auf „Reparieren“. Wenn es wieder nicht klappt, bitten Sie Ihren Administrator um Hilfe.</translation>
    </message>
    <message>
        <source>Ask your administrator for help.</source>
        <translation>Bitten Sie Ihren Administrator um Hilfe.</translation>
    </message>
</context>
<context>
    <name>DoctorPage</name>
    <message>
        <source>Looking for all2all accounts on this computer…</source>
        <translation>Der Assistent sucht auf diesem Computer nach all2all-Konten…</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Wird repariert…</translation>
    </message>
    <message>
        <source>Removing the account…</source>
        <translation>Das Konto wird entfernt…</translation>
    </message>
    <message>
        <source>The settings of the mail programs could not be read.</source>
        <translation>Die Einstellungen der E-Mail-Programme konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not everything could be repaired.</source>
        <translation>Nicht alles konnte repariert werden.</translation>
    </message>
    <message>
        <source>Some settings are not right.</source>
        <translation>Einige Einstellungen stimmen nicht.</translation>
    </message>
    <message>
        <source>Something is left for you to do.</source>
        <translation>Sie müssen noch etwas selbst erledigen.</translation>
    </message>
    <message>
        <source>Everything that was wrong is repaired.</source>
        <translation>Alles, was nicht stimmte, ist repariert.</translation>
    </message>
    <message>
        <source>Your all2all set-up is correct.</source>
        <translation>Ihre all2all-Einrichtung ist in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) repaired.</source>
        <translation>
            <numerusform>%n Problem repariert.</numerusform>
            <numerusform>%n Probleme repariert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repair sets right %n problem(s); nothing else in your mail programs changes.</source>
        <translation>
            <numerusform>„Reparieren“ bringt %n Punkt in Ordnung; sonst ändert sich nichts in Ihren E-Mail-Programmen.</numerusform>
            <numerusform>„Reparieren“ bringt %n Punkte in Ordnung; sonst ändert sich nichts in Ihren E-Mail-Programmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) only you can settle: see below.</source>
        <translation>
            <numerusform>Sie müssen %n Punkt selbst regeln: siehe unten.</numerusform>
            <numerusform>Sie müssen %n Punkte selbst regeln: siehe unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>{client}: {account} in {folder}</source>
        <translation>{client}: {account} in {folder}</translation>
    </message>
    <message>
        <source>{client}: {folder}: code {code}</source>
        <translation>{client}: {folder}: Code {code}</translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Kopie der vorherigen Einstellungen: {file}</translation>
    </message>
    <message>
        <source>Check your all2all set-up</source>
        <translation>Ihre all2all-Einrichtung prüfen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The assistant looks at the all2all accounts in Thunderbird and Evolution.</source>
        <translation>Der Assistent prüft die all2all-Konten in Thunderbird und Evolution.</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparieren</translation>
    </message>
    <message>
        <source>Sets right every problem below that can be repaired.</source>
        <translation>Behebt alle Probleme unten, die repariert werden können.</translation>
    </message>
    <message>
        <source>The assistant can add your all2all account to your mail program now.</source>
        <translation>Der Assistent kann Ihr all2all-Konto jetzt in Ihrem E-Mail-Programm einrichten.</translation>
    </message>
    <message>
        <source>&amp;Set up all2all</source>
        <translation>all2all-Konto &amp;einrichten</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Details für den Helpdesk</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>No mail program has your account yet. Add it in your mail program with the settings below.</source>
        <translation>Noch kein E-Mail-Programm enthält Ihr Konto. Richten Sie es mit den Einstellungen unten in Ihrem E-Mail-Programm ein.</translation>
    </message>
    <message>
        <source>The settings for a phone are saved in “{folder}” in your Documents.</source>
        <translation>Die Einstellungen für ein GSM sind im Ordner „{folder}“ in Ihrem Ordner „Dokumente“ gespeichert.</translation>
    </message>
    <message>
        <source>Outlook: one thing is left for you. Add the account in Outlook&apos;s own windows; the steps show every value to copy.</source>
        <translation>Outlook: Ein letzter Schritt fehlt noch. Richten Sie das Konto jetzt selbst in Outlook ein. Klicken Sie auf „Schritte anzeigen“: Dort stehen alle Werte zum Kopieren bereit.</translation>
    </message>
    <message>
        <source>Mail: one thing is left for you. Approve the settings on this Mac:</source>
        <translation>Mail: Ein letzter Schritt fehlt noch. Bestätigen Sie die Einstellungen auf diesem Mac:</translation>
    </message>
    <message>
        <source>{client} already had your account exactly like this.</source>
        <translation>In {client} war Ihr Konto bereits genau so eingerichtet.</translation>
    </message>
    <message>
        <source>{client} is ready: your account there was updated, not added twice.</source>
        <translation>{client} ist bereit: Ihr Konto wurde dort aktualisiert, nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <source>{client} is ready.</source>
        <translation>{client} ist bereit.</translation>
    </message>
    <message>
        <source>It knows your password.</source>
        <translation>Das Programm kennt Ihr Passwort.</translation>
    </message>
    <message>
        <source>It asks for your password once, the first time: type it and let it remember it.</source>
        <translation>Das Programm fragt beim ersten Start einmal nach Ihrem Passwort: Geben Sie es ein und lassen Sie das Programm das Passwort speichern.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>The account is no longer in {client}: you removed it again.</source>
        <translation>Das Konto ist nicht mehr in {client}: Sie haben es wieder entfernt.</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>Schritte anzeigen</translation>
    </message>
    <message>
        <source>Open {client}</source>
        <translation>{client} öffnen</translation>
    </message>
    <message>
        <source>The program could not be started from here. Start it as you usually do.</source>
        <translation>Das Programm konnte von hier aus nicht gestartet werden. Starten Sie es wie gewohnt.</translation>
    </message>
    <message>
        <source>Outlook, step by step</source>
        <translation>Outlook, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Gespeichert: {file}</translation>
    </message>
    <message>
        <source>{client}: {folder}</source>
        <translation>{client}: {folder}</translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Kopie der vorherigen Einstellungen: {file}</translation>
    </message>
    <message>
        <source>{client}: code {code}</source>
        <translation>{client}: Code {code}</translation>
    </message>
    <message>
        <source>Webmail: read your mail in a web browser at {url}. Log in with your username and password and choose the server “{server}”. The webmail is in English at first: open “{preferences}”, then “{mail}”, and type your e-mail address exactly as you received it. It becomes the sender of the mail you send there.</source>
        <translation>Webmail: Lesen Sie Ihre E-Mails im Internetbrowser unter {url}. Melden Sie sich mit Ihrem Benutzernamen und Ihrem Passwort an und wählen Sie dabei den Server „{server}“. Das Webmail ist zunächst auf Englisch: Öffnen Sie „{preferences}“, dann „{mail}“, und geben Sie dort Ihre E-Mail-Adresse genau so ein, wie Sie sie erhalten haben. Diese Adresse erscheint dann als Absender der E-Mails, die Sie im Webmail senden.</translation>
    </message>
    <message>
        <source>Under “{main}” you can choose “{dutch}”; the menus are then called “{preferences}” and “{mail}”.</source>
        <translation>Unter „{main}“ können Sie „{dutch}“ wählen; die Menüs heißen dann „{preferences}“ und „{mail}“.</translation>
    </message>
    <message>
        <source>Under “{main}” you can choose another language.</source>
        <translation>Unter „{main}“ können Sie eine andere Sprache wählen.</translation>
    </message>
    <message>
        <source>Vacation message or forwarding for my mailbox {email}</source>
        <translation>Abwesenheitsnachricht oder Weiterleitung für mein Postfach {email}</translation>
    </message>
    <message>
        <source>Hello,

Could you set up a vacation message or forwarding for my all2all mailbox?

E-mail address: {email}
Username: {username}

What I would like:


Thank you,
{name}</source>
        <translation>Guten Tag,

könnten Sie für mein all2all-Postfach eine Abwesenheitsnachricht oder eine Weiterleitung einrichten?

E-Mail-Adresse: {email}
Benutzername: {username}

Was ich mir wünsche:


Vielen Dank im Voraus und freundliche Grüße
{name}</translation>
    </message>
    <message>
        <source>The sheet could not be saved. Check that your Documents folder exists.</source>
        <translation>Das Einstellungsblatt konnte nicht gespeichert werden. Prüfen Sie, ob Ihr Ordner „Dokumente“ existiert.</translation>
    </message>
    <message>
        <source>Saved as “{file}” in “{folder}”.</source>
        <translation>Gespeichert als „{file}“ in „{folder}“.</translation>
    </message>
    <message>
        <source>Add an account of the type {kind} and type these values. Copy each one with its button.</source>
        <translation>Fügen Sie ein Konto vom Typ {kind} hinzu und geben Sie diese Werte ein. Kopieren Sie jeden Wert mit der Schaltfläche daneben.</translation>
    </message>
    <message>
        <source>Remove the account from {client} again…</source>
        <translation>Das Konto wieder aus {client} entfernen…</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <source>Check your settings. You can go back to change any of them.</source>
        <translation>Prüfen Sie Ihre Einstellungen. Um etwas zu ändern, gehen Sie zurück.</translation>
    </message>
    <message>
        <source>Not everything could be set up</source>
        <translation>Nicht alles konnte eingerichtet werden</translation>
    </message>
    <message>
        <source>Below: what happened, and what you can do.</source>
        <translation>Hier unten lesen Sie, was passiert ist und was Sie tun können.</translation>
    </message>
    <message>
        <source>Done: your settings are saved</source>
        <translation>Fertig: Ihre Einstellungen sind gespeichert</translation>
    </message>
    <message>
        <source>Add your account in your mail program with the settings below.</source>
        <translation>Richten Sie Ihr Konto mit den Einstellungen unten in Ihrem E-Mail-Programm ein.</translation>
    </message>
    <message>
        <source>Almost done: add the account in your mail program</source>
        <translation>Fast fertig: Richten Sie das Konto in Ihrem E-Mail-Programm ein</translation>
    </message>
    <message>
        <source>Your account works. The settings below are all you need.</source>
        <translation>Ihr Konto funktioniert. Mehr als die Einstellungen unten brauchen Sie nicht.</translation>
    </message>
    <message>
        <source>Done: your mail is ready</source>
        <translation>Fertig: Ihr E-Mail-Konto ist bereit</translation>
    </message>
    <message>
        <source>Your all2all account is set up and tested.</source>
        <translation>Ihr all2all-Konto ist eingerichtet und getestet.</translation>
    </message>
    <message>
        <source>Almost done: one thing is left for you</source>
        <translation>Fast fertig: Sie müssen noch eine Sache erledigen</translation>
    </message>
    <message>
        <source>Your account is tested. Below: the last step.</source>
        <translation>Ihr Konto ist getestet. Unten steht der letzte Schritt.</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Open &amp;webmail</source>
        <translation>We&amp;bmail öffnen</translation>
    </message>
    <message>
        <source>Your mailbox holds {quota} MB. Empty the trash now and then: deleted messages stay on the server until you do. A message can be at most {size} MB.</source>
        <translation>Ihr Postfach fasst {quota} MB. Leeren Sie ab und zu den Papierkorb: Gelöschte Nachrichten bleiben auf dem Server, bis Sie das tun. Eine Nachricht darf höchstens {size} MB groß sein.</translation>
    </message>
    <message>
        <source>A vacation message or forwarding is set up by your administrator, the person who gave you your username.</source>
        <translation>Eine Abwesenheitsnachricht oder eine Weiterleitung richtet Ihr Administrator ein, also die Person, die Ihnen Ihren Benutzernamen gegeben hat.</translation>
    </message>
    <message>
        <source>Write to my &amp;administrator</source>
        <translation>Ihrem &amp;Administrator schreiben</translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program.</source>
        <translation>Öffnet in Ihrem E-Mail-Programm eine neue Nachricht an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Settings for a &amp;phone or another program</source>
        <translation>Einstellungen für ein &amp;GSM oder ein anderes Programm</translation>
    </message>
    <message>
        <source>Settings for a phone or another program</source>
        <translation>Einstellungen für ein GSM oder ein anderes Programm</translation>
    </message>
    <message>
        <source>Save the settings &amp;sheet to print (PDF)</source>
        <translation>&amp;Einstellungsblatt zum Ausdrucken speichern (PDF)</translation>
    </message>
    <message>
        <source>Saves every setting on one page in your Documents, without your password.</source>
        <translation>Speichert alle Einstellungen auf einer Seite in Ihrem Ordner „Dokumente“, ohne Ihr Passwort.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Details für den Helpdesk</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The assistant cannot start because one of its files is damaged. Please install it again, or ask your administrator for help.</source>
        <translation>Der Assistent kann nicht starten, weil eine seiner Dateien beschädigt ist. Bitte installieren Sie ihn neu oder bitten Sie Ihren Administrator um Hilfe.</translation>
    </message>
    <message>
        <source>Something went wrong in the assistant. Please try again. If it happens again, send this file to your administrator: {file}</source>
        <translation>Im Assistenten ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut. Wenn es wieder passiert, senden Sie diese Datei an Ihren Administrator: {file}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <source>{client} is not set up for your user account on this computer.</source>
        <translation>{client} ist für Ihr Benutzerkonto auf diesem Computer nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The {client} profile folder no longer exists.</source>
        <translation>Der Profilordner von {client} existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{client} is open. It overwrites its settings when it closes, so they cannot be changed while it runs.</source>
        <translation>{client} ist noch geöffnet. Solange das Programm läuft, kann der Assistent die Einstellungen nicht ändern, denn beim Beenden überschreibt das Programm sie.</translation>
    </message>
    <message>
        <source>The list of {client} profiles is damaged and cannot be read.</source>
        <translation>Die Liste der Profile von {client} ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A settings file of {client} cannot be read.</source>
        <translation>Eine Einstellungsdatei von {client} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The {client} settings folder cannot be written to.</source>
        <translation>In den Einstellungsordner von {client} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The disk is full: the {client} settings could not be saved.</source>
        <translation>Die Festplatte ist voll: Die Einstellungen von {client} konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The {client} settings file is damaged. It was left exactly as it was.</source>
        <translation>Die Einstellungsdatei von {client} ist beschädigt. Die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>The {client} settings changed while the assistant was working. Nothing was written.</source>
        <translation>Die Einstellungen von {client} haben sich geändert, während der Assistent gearbeitet hat. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The outgoing server you chose to share no longer exists in {client}.</source>
        <translation>Der Postausgangsserver, den Sie mitbenutzen wollten, existiert in {client} nicht mehr.</translation>
    </message>
    <message>
        <source>The {client} settings could not be written. The original file was kept.</source>
        <translation>Die Einstellungen von {client} konnten nicht geschrieben werden. Die ursprüngliche Datei ist erhalten geblieben.</translation>
    </message>
    <message>
        <source>The {client} settings did not read back correctly after writing. The original file was put back.</source>
        <translation>Die Einstellungen von {client} ließen sich nach dem Schreiben nicht korrekt zurücklesen. Die ursprüngliche Datei wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{client} cannot be set up with these settings (for example an outgoing server that needs another username and password). Nothing was written.</source>
        <translation>{client} kann mit diesen Einstellungen nicht eingerichtet werden (zum Beispiel ein Postausgangsserver, der einen anderen Benutzernamen und ein anderes Passwort verlangt). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>A file the assistant must write is a link to another place, made by someone else or pointing nowhere. To keep your files safe, nothing was written through it.</source>
        <translation>Eine Datei, die der Assistent schreiben muss, ist eine Verknüpfung zu einem anderen Ort, die jemand anders angelegt hat oder die ins Leere führt. Zum Schutz Ihrer Dateien wurde nichts darüber geschrieben.</translation>
    </message>
    <message>
        <source>A settings file of {client} is far larger than a real one can be, so the assistant did not read it. It was left exactly as it was.</source>
        <translation>Eine Einstellungsdatei von {client} ist viel größer, als eine echte sein kann. Deshalb hat der Assistent sie nicht gelesen. Die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Add the account in {client} yourself with the settings shown at the end, or ask your administrator for help.</source>
        <translation>Richten Sie das Konto mit den Einstellungen, die am Ende angezeigt werden, selbst in {client} ein oder bitten Sie Ihren Administrator um Hilfe.</translation>
    </message>
    <message>
        <source>Press Retry. If it fails again: {help}</source>
        <translation>Klicken Sie auf „Erneut versuchen“. Wenn es wieder nicht klappt: {help}</translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then press Retry.</source>
        <translation>Installieren Sie {client} oder starten Sie es einmal und schließen Sie es wieder. Klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Press Retry to look for the profiles again.</source>
        <translation>Klicken Sie auf „Erneut versuchen“, um die Profile noch einmal zu suchen.</translation>
    </message>
    <message>
        <source>Close {client}, then press Retry.</source>
        <translation>Schließen Sie {client} und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then press Retry.</source>
        <translation>Schaffen Sie etwas Platz auf der Festplatte und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then press Retry.</source>
        <translation>Schließen Sie {client}, falls es geöffnet ist, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Press Retry, then choose the outgoing server again.</source>
        <translation>Klicken Sie auf „Erneut versuchen“ und wählen Sie dann noch einmal den Postausgangsserver.</translation>
    </message>
    <message>
        <source>Ask your administrator to look at this link: whoever made it may have wanted to change another file.</source>
        <translation>Bitten Sie Ihren Administrator, sich diese Verknüpfung anzusehen: Wer sie angelegt hat, wollte vielleicht eine andere Datei ändern.</translation>
    </message>
    <message>
        <source>Add the account in {client} yourself, or ask your administrator for help.</source>
        <translation>Richten Sie das Konto selbst in {client} ein oder bitten Sie Ihren Administrator um Hilfe.</translation>
    </message>
    <message>
        <source>Run the command again. If it fails again: {help}</source>
        <translation>Führen Sie den Befehl erneut aus. Wenn es wieder nicht klappt: {help}</translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then run the command again.</source>
        <translation>Installieren Sie {client} oder starten Sie es einmal und schließen Sie es wieder. Führen Sie dann den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Run the command again, or give the profile folder with --profile (all2all-setup clients lists them).</source>
        <translation>Führen Sie den Befehl erneut aus oder geben Sie den Profilordner mit --profile an (all2all-setup clients listet die Profile auf).</translation>
    </message>
    <message>
        <source>Close {client}, then run the command again.</source>
        <translation>Schließen Sie {client} und führen Sie dann den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then run the command again.</source>
        <translation>Schaffen Sie etwas Platz auf der Festplatte und führen Sie dann den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then run the command again.</source>
        <translation>Schließen Sie {client}, falls es geöffnet ist, und führen Sie dann den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Run the command again without --reuse-outgoing, or with a server that {client} still has.</source>
        <translation>Führen Sie den Befehl ohne --reuse-outgoing erneut aus oder mit einem Server, den {client} noch hat.</translation>
    </message>
    <message>
        <source>Check who made that link and why (ls -l shows where it points), remove it, then run the command again; or give another folder.</source>
        <translation>Prüfen Sie, wer diese Verknüpfung angelegt hat und warum (ls -l zeigt, wohin sie führt), entfernen Sie sie und führen Sie dann den Befehl erneut aus; oder geben Sie einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>The account was added to {client}.</source>
        <translation>Das Konto wurde zu {client} hinzugefügt.</translation>
    </message>
    <message>
        <source>The account already existed in {client}: its settings were brought up to date, without making a second copy.</source>
        <translation>Das Konto war in {client} schon vorhanden: Seine Einstellungen wurden aktualisiert, ohne ein zweites Exemplar anzulegen.</translation>
    </message>
    <message>
        <source>The account was already set up exactly like this in {client}: nothing was changed.</source>
        <translation>Das Konto war in {client} bereits genau so eingerichtet: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The settings for {client} were saved in this file: {file}</source>
        <translation>Die Einstellungen für {client} wurden in dieser Datei gespeichert: {file}</translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. Follow the steps below: every value can be copied with one click.</source>
        <translation>{client} lässt andere Programme keine Konten hinzufügen. Folgen Sie den Schritten unten: Jeder Wert lässt sich mit einem Klick kopieren.</translation>
    </message>
    <message>
        <source>{client} opened and adds your account as a new profile “{profile}”. If {client} asks which profile to use, choose that one. If it does not work, follow the steps below.</source>
        <translation>{client} wurde geöffnet und fügt Ihr Konto als neues Profil „{profile}“ hinzu. Wenn {client} fragt, welches Profil verwendet werden soll, wählen Sie dieses Profil. Wenn es nicht klappt, folgen Sie den Schritten unten.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation>Sie müssen noch etwas tun</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>{client} will ask for your password once, the first time it starts after this. Type it then and let {client} remember it.</source>
        <translation>{client} fragt beim nächsten Start einmal nach Ihrem Passwort. Geben Sie es dann ein und lassen Sie {client} das Passwort speichern.</translation>
    </message>
    <message>
        <source>An outgoing server that was already set up in {client} is shared with this account.</source>
        <translation>Ein Postausgangsserver, der in {client} schon eingerichtet war, wird von diesem Konto mitbenutzt.</translation>
    </message>
    <message>
        <source>Your existing all2all outgoing server in {client} gets the right settings.</source>
        <translation>Ihr vorhandener all2all-Postausgangsserver in {client} erhält die richtigen Einstellungen.</translation>
    </message>
    <message>
        <source>The “Local Folders” of {client} are created as well.</source>
        <translation>Der Bereich „Lokale Ordner“ von {client} wird ebenfalls angelegt.</translation>
    </message>
    <message>
        <source>This becomes the main account of {client}.</source>
        <translation>Dieses Konto wird das Hauptkonto von {client}.</translation>
    </message>
    <message>
        <source>Another account in {client} has the same name, so the protocol is added to this one&apos;s name.</source>
        <translation>Ein anderes Konto in {client} hat denselben Namen. Deshalb wird das Protokoll an den Namen dieses Kontos angehängt.</translation>
    </message>
    <message>
        <source>This username is also set up in {client} with the other protocol (IMAP or POP3). Both accounts will be there.</source>
        <translation>Dieser Benutzername ist in {client} auch mit dem anderen Protokoll (IMAP oder POP3) eingerichtet. Beide Konten bleiben bestehen.</translation>
    </message>
    <message>
        <source>{client} is open now: close it before you press Set up.</source>
        <translation>{client} ist gerade geöffnet: Schließen Sie das Programm, bevor Sie auf „Einrichten“ klicken.</translation>
    </message>
    <message>
        <source>The {client} settings folder cannot be written to: setting up will fail.</source>
        <translation>In den Einstellungsordner von {client} kann nicht geschrieben werden: Das Einrichten wird fehlschlagen.</translation>
    </message>
    <message>
        <source>macOS adds the account to {client} only after you approve it in System Settings. The steps are shown at the end.</source>
        <translation>macOS fügt das Konto erst zu {client} hinzu, wenn Sie es in den Systemeinstellungen bestätigen. Die Schritte werden am Ende angezeigt.</translation>
    </message>
    <message>
        <source>The file could not be opened for you: double-click it in the Downloads folder.</source>
        <translation>Die Datei konnte nicht für Sie geöffnet werden: Doppelklicken Sie im Ordner „Downloads“ darauf.</translation>
    </message>
    <message>
        <source>It replaces the file saved by an earlier run of the assistant.</source>
        <translation>Diese Datei ersetzt die Datei, die der Assistent bei einem früheren Durchlauf gespeichert hat.</translation>
    </message>
    <message>
        <source>Your password was given to {client} through this computer&apos;s password safe: it will not ask for it.</source>
        <translation>Ihr Passwort wurde {client} über den Passwortspeicher dieses Computers mitgeteilt: Das Programm fragt nicht danach.</translation>
    </message>
    <message>
        <source>Your password could not be given to {client}, because this computer&apos;s password safe is not available.</source>
        <translation>Ihr Passwort konnte {client} nicht mitgeteilt werden, weil der Passwortspeicher dieses Computers nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. At the end, the assistant shows you step by step how to add your account {email} in {profile}, with a copy button for every value.</source>
        <translation>{client} lässt andere Programme keine Konten hinzufügen. Am Ende zeigt Ihnen der Assistent Schritt für Schritt, wie Sie Ihr Konto {email} in {profile} einrichten, mit einer Schaltfläche zum Kopieren für jeden Wert.</translation>
    </message>
    <message>
        <source>A settings profile for your account {email} will be saved in your Downloads folder and opened. You then approve it in System Settings.</source>
        <translation>Ein Einstellungsprofil für Ihr Konto {email} wird in Ihrem Ordner „Downloads“ gespeichert und geöffnet. Danach bestätigen Sie es in den Systemeinstellungen.</translation>
    </message>
    <message>
        <source>Your account {email} will be added to the {client} profile “{profile}”.</source>
        <translation>Ihr Konto {email} wird zum Profil „{profile}“ von {client} hinzugefügt.</translation>
    </message>
    <message>
        <source>Your account {email} already exists in the {client} profile “{profile}”: its settings will be brought up to date, without making a second copy.</source>
        <translation>Ihr Konto {email} ist im Profil „{profile}“ von {client} schon vorhanden: Seine Einstellungen werden aktualisiert, ohne ein zweites Exemplar anzulegen.</translation>
    </message>
    <message>
        <source>Your account {email} is already set up exactly like this in the {client} profile “{profile}”: nothing will be written.</source>
        <translation>Ihr Konto {email} ist im Profil „{profile}“ von {client} bereits genau so eingerichtet: Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Create the file {file}</source>
        <translation>Datei {file} anlegen</translation>
    </message>
    <message>
        <source>Keep a copy of {file}</source>
        <translation>Kopie von {file} aufbewahren</translation>
    </message>
    <message>
        <source>Add {key} = {new}</source>
        <translation>{key} = {new} hinzufügen</translation>
    </message>
    <message>
        <source>Change {key} from {old} to {new}</source>
        <translation>{key} von {old} in {new} ändern</translation>
    </message>
    <message>
        <source>macOS shows the notice “Profile downloaded”. Open System Settings (Apple menu, System Settings).</source>
        <translation>macOS zeigt die Mitteilung „Profil geladen“. Öffnen Sie die Systemeinstellungen (Apple-Menü &gt; „Systemeinstellungen“).</translation>
    </message>
    <message>
        <source>On macOS 15 and later, choose General, then Device Management. On macOS 13 and 14, choose Privacy &amp; Security, then Profiles at the bottom.</source>
        <translation>Unter macOS 15 und neuer wählen Sie „Allgemein“ und dann „Geräteverwaltung“. Unter macOS 13 und 14 wählen Sie „Datenschutz &amp; Sicherheit“ und dann ganz unten „Profile“.</translation>
    </message>
    <message>
        <source>Double-click the profile “{profile}”, click Install and confirm. Type the password of your Mac user account if asked.</source>
        <translation>Doppelklicken Sie auf das Profil „{profile}“, klicken Sie auf „Installieren“ und bestätigen Sie. Geben Sie das Passwort Ihres Mac-Benutzerkontos ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>If macOS asks for the password of the mail account, type your all2all password.</source>
        <translation>Wenn macOS nach dem Passwort des E-Mail-Kontos fragt, geben Sie Ihr all2all-Passwort ein.</translation>
    </message>
    <message>
        <source>Open Mail: your all2all account is there.</source>
        <translation>Öffnen Sie Mail: Ihr all2all-Konto ist dort eingerichtet.</translation>
    </message>
    <message>
        <source>iPhone or iPad: send it the .mobileconfig file (with AirDrop or by mail) and open it there. Then, in Settings, tap “Profile Downloaded” and Install.</source>
        <translation>iPhone oder iPad: Senden Sie die Datei mit der Endung .mobileconfig per AirDrop oder per E-Mail an das Gerät und öffnen Sie sie dort. Tippen Sie dann in den Einstellungen auf „Profil geladen“ und auf „Installieren“.</translation>
    </message>
    <message>
        <source>Android or another program: add an account by hand with the values below.</source>
        <translation>Android oder ein anderes Programm: Fügen Sie mit den Werten unten selbst ein Konto hinzu.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Setting up… A copy of each file is kept before it changes.</source>
        <translation>Wird eingerichtet… Von jeder Datei wird vor der Änderung eine Kopie angelegt.</translation>
    </message>
    <message>
        <source>Not everything could be set up. See the message above.</source>
        <translation>Nicht alles konnte eingerichtet werden. Lesen Sie die Meldung oben.</translation>
    </message>
    <message>
        <source>Set up your mail program</source>
        <translation>Ihr E-Mail-Programm einrichten</translation>
    </message>
    <message>
        <source>Nothing changes on this computer until you press Set up.</source>
        <translation>Erst wenn Sie auf „Einrichten“ klicken, wird auf diesem Computer etwas geändert.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>The assistant adds your all2all account to your mail program:</source>
        <translation>Der Assistent richtet Ihr all2all-Konto in Ihrem E-Mail-Programm ein:</translation>
    </message>
    <message>
        <source>No mail program was found on this computer. all2all recommends {program}: it is free. Install it, start it once, then press Look again.</source>
        <translation>Auf diesem Computer wurde kein E-Mail-Programm gefunden. all2all empfiehlt {program}: Es ist kostenlos. Installieren Sie es, starten Sie es einmal und klicken Sie dann auf „Noch einmal suchen“.</translation>
    </message>
    <message>
        <source>&amp;Download {program}</source>
        <translation>{program} herunter&amp;laden</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Noch einmal suchen</translation>
    </message>
    <message>
        <source>Looks for the mail programs on this computer again.</source>
        <translation>Sucht noch einmal nach den E-Mail-Programmen auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>FindingView</name>
    <message>
        <source>{severity}: {heading}</source>
        <translation>{severity}: {heading}</translation>
    </message>
</context>
<context>
    <name>MailboxUse</name>
    <message>
        <source>Space used in your mailbox</source>
        <translation>Belegter Platz in Ihrem Postfach</translation>
    </message>
    <message>
        <source>Your mailbox: {used} MB of {limit} MB used</source>
        <translation>Ihr Postfach: {used} MB von {limit} MB belegt</translation>
    </message>
    <message>
        <source>The outgoing server accepts messages up to {size} MB, attachments included. Larger messages will be refused.</source>
        <translation>Der Postausgangsserver nimmt Nachrichten bis {size} MB an, Anhänge inbegriffen. Größere Nachrichten werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please fill in your name.</source>
        <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Please fill in your e-mail address.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Please fill in your username.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Please fill in your password.</source>
        <translation>Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Please fill in the name of the outgoing server.</source>
        <translation>Bitte geben Sie den Namen des Postausgangsservers ein.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>This is much longer than expected. Please check what you typed.</source>
        <translation>Das ist viel länger als erwartet. Bitte prüfen Sie, was Sie eingegeben haben.</translation>
    </message>
    <message>
        <source>This contains invisible characters such as a line break or a tab. Please type it again instead of pasting it.</source>
        <translation>Hier stehen unsichtbare Zeichen, zum Beispiel ein Zeilenumbruch oder ein Tabulator. Bitte tippen Sie den Text neu ein, statt ihn einzufügen.</translation>
    </message>
    <message>
        <source>This must not contain spaces.</source>
        <translation>Hier dürfen keine Leerzeichen stehen.</translation>
    </message>
    <message>
        <source>Please remove the space at the beginning or the end.</source>
        <translation>Bitte entfernen Sie das Leerzeichen am Anfang oder am Ende.</translation>
    </message>
    <message>
        <source>This is not a complete e-mail address. It looks like name@example.be: type it exactly as you received it from your administrator.</source>
        <translation>Das ist keine vollständige E-Mail-Adresse. Eine E-Mail-Adresse sieht so aus: name@beispiel.be. Geben Sie Ihre Adresse genau so ein, wie Sie sie von Ihrem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>Your username is not your e-mail address. It is a short name such as user0001 that you received from your administrator.</source>
        <translation>Ihr Benutzername ist nicht Ihre E-Mail-Adresse. Es ist ein kurzer Name wie user0001, den Sie von Ihrem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>A username contains only letters, digits and the characters . _ - (for example user0001).</source>
        <translation>Ein Benutzername enthält nur Buchstaben, Ziffern und die Zeichen . _ - (zum Beispiel user0001).</translation>
    </message>
    <message>
        <source>This is not a valid server name. It looks like smtp.example.be, optionally followed by a colon and a port number (smtp.example.be:25).</source>
        <translation>Das ist kein gültiger Servername. Er sieht aus wie smtp.beispiel.be, eventuell gefolgt von einem Doppelpunkt und einer Portnummer (smtp.beispiel.be:25).</translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation>Der Port muss eine Zahl zwischen 1 und 65535 sein.</translation>
    </message>
    <message>
        <source>This server needs the username and password of a mailbox at that internet provider. The assistant cannot set up such a server. Choose all2all&apos;s outgoing server instead.</source>
        <translation>Dieser Server verlangt den Benutzernamen und das Passwort eines Postfachs bei diesem Internetanbieter. Einen solchen Server kann der Assistent nicht einrichten. Wählen Sie stattdessen den Postausgangsserver von all2all.</translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation>Bitte prüfen Sie dieses Feld.</translation>
    </message>
</context>
<context>
    <name>OtherProgramsSection</name>
    <message>
        <source>Folder for the settings files</source>
        <translation>Ordner für die Einstellungsdateien</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Wählen Sie einen Ordner für die Dateien.</translation>
    </message>
    <message>
        <source>your settings to print or keep (PDF)</source>
        <translation>Ihre Einstellungen zum Ausdrucken oder Aufbewahren (PDF)</translation>
    </message>
    <message>
        <source>sets up Mail on an iPhone, iPad or Mac</source>
        <translation>richtet Mail auf einem iPhone, iPad oder Mac ein</translation>
    </message>
    <message>
        <source>the same settings in the standard format of mail programs, for your administrator</source>
        <translation>dieselben Einstellungen im Standardformat von E-Mail-Programmen, für Ihren Administrator</translation>
    </message>
    <message>
        <source>“{name}” in your Documents</source>
        <translation>„{name}“ in Ihrem Ordner „Dokumente“</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>These files will be saved in this folder:</source>
        <translation>Diese Dateien werden in diesem Ordner gespeichert:</translation>
    </message>
    <message>
        <source>• {file}: {purpose}</source>
        <translation>• {file}: {purpose}</translation>
    </message>
    <message>
        <source>(replaces the earlier file)</source>
        <translation>(ersetzt die frühere Datei)</translation>
    </message>
    <message>
        <source>&amp;Also save the settings for a phone, a tablet or another mail program</source>
        <translation>Auch die Einstellungen für ein GSM, ein &amp;Tablet oder ein anderes E-Mail-Programm speichern</translation>
    </message>
    <message>
        <source>A sheet to print with every setting, and files that set up a phone for you, in the folder {folder}. None of them contains your password.</source>
        <translation>Der Assistent speichert dann im Ordner {folder} ein Einstellungsblatt zum Ausdrucken und Dateien, mit denen Sie Ihr GSM einrichten können. In keiner dieser Dateien steht Ihr Passwort.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of the files</source>
        <translation>Details zu den Dateien</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Speichern im &amp;Ordner:</translation>
    </message>
    <message>
        <source>The folder is made if it does not exist yet.</source>
        <translation>Der Ordner wird angelegt, falls es ihn noch nicht gibt.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Einen anderen Ordner wählen.</translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message>
        <source>How do you want to send your mail?</source>
        <translation>Wie möchten Sie Ihre E-Mails senden?</translation>
    </message>
    <message>
        <source>Choose the server that delivers the messages you send.</source>
        <translation>Wählen Sie den Server, der Ihre gesendeten Nachrichten zustellt.</translation>
    </message>
    <message>
        <source>&amp;all2all&apos;s outgoing server (recommended)</source>
        <translation>&amp;Postausgangsserver von all2all (empfohlen)</translation>
    </message>
    <message>
        <source>My &amp;internet provider&apos;s outgoing server</source>
        <translation>Postausgangsserver Ihres &amp;Internetanbieters</translation>
    </message>
    <message>
        <source>Needs no password, but only works while this computer is connected through that internet provider, for example at home. Elsewhere, sending fails.</source>
        <translation>Braucht kein Passwort, funktioniert aber nur, wenn dieser Computer über diesen Internetanbieter mit dem Internet verbunden ist, zum Beispiel zu Hause. Anderswo können Sie dann keine E-Mails senden.</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Noch einmal suchen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details of the search</source>
        <translation>Details zur Suche</translation>
    </message>
    <message>
        <source>{isp}: {server}</source>
        <translation>{isp}: {server}</translation>
    </message>
    <message>
        <source>{relay} — answers from here</source>
        <translation>{relay} — antwortet von hier aus</translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation>Anderer Server…</translation>
    </message>
    <message>
        <source>Internet &amp;provider:</source>
        <translation>Internetan&amp;bieter:</translation>
    </message>
    <message>
        <source>Checking which internet provider&apos;s outgoing server answers from here…</source>
        <translation>Der Assistent sucht den Postausgangsserver Ihres Internetanbieters…</translation>
    </message>
    <message>
        <source>Works on almost every network: at home, at work, on a hotel Wi-Fi or through your phone. Uses your all2all username and password over a secure connection.</source>
        <translation>Funktioniert in fast jedem Netz: zu Hause, bei der Arbeit, im WLAN eines Hotels oder über Ihr GSM. Nutzt Ihren all2all-Benutzernamen und Ihr Passwort über eine sichere Verbindung.</translation>
    </message>
    <message>
        <source>The company that brings the internet into your home.</source>
        <translation>Die Firma, die Ihnen zu Hause den Internetanschluss liefert.</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Internetanbieter</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>The name your internet provider gives for its outgoing server, for example smtp.example.be or smtp.example.be:25. Their support can tell you.</source>
        <translation>Der Name, den Ihr Internetanbieter für seinen Postausgangsserver angibt, zum Beispiel smtp.beispiel.be oder smtp.beispiel.be:25. Der Kundendienst Ihres Internetanbieters kann ihn Ihnen nennen.</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>Some receivers treat mail from an all2all address sent through another provider&apos;s server as spam. all2all&apos;s own server avoids that.</source>
        <translation>Manche Empfänger stufen E-Mails von einer all2all-Adresse als Spam ein, wenn sie über den Server eines anderen Anbieters gesendet werden. Mit dem all2all-Server passiert das nicht.</translation>
    </message>
    <message>
        <source>Asks the internet providers&apos; outgoing servers again which one answers from here.</source>
        <translation>Fragt noch einmal bei den Postausgangsservern der Internetanbieter nach, welcher von hier aus antwortet.</translation>
    </message>
</context>
<context>
    <name>OutlookGuide</name>
    <message>
        <source>In Outlook (classic), follow these steps:</source>
        <translation>Folgen Sie in Outlook (klassisch) diesen Schritten:</translation>
    </message>
    <message>
        <source>In the new Outlook, follow these steps:</source>
        <translation>Folgen Sie im neuen Outlook diesen Schritten:</translation>
    </message>
    <message>
        <source>This account cannot be set up in Outlook by hand: a username is missing.</source>
        <translation>Dieses Konto kann nicht von Hand in Outlook eingerichtet werden: Es fehlt ein Benutzername.</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous steps</source>
        <translation>&lt; &amp;Vorherige Schritte</translation>
    </message>
    <message>
        <source>&amp;Next steps &gt;</source>
        <translation>&amp;Nächste Schritte &gt;</translation>
    </message>
    <message>
        <source>Steps {first} to {last} of {count}</source>
        <translation>Schritte {first} bis {last} von {count}</translation>
    </message>
    <message>
        <source>Open Outlook. Click File, then Add Account. (When Outlook starts for the first time, this window opens by itself.)</source>
        <translation>Öffnen Sie Outlook. Klicken Sie auf „Datei“ und dann auf „Konto hinzufügen“. (Wenn Outlook zum ersten Mal startet, öffnet sich dieses Fenster von selbst.)</translation>
    </message>
    <message>
        <source>Open the new Outlook. Click Settings (the gear), then Accounts, then Add account. (When it starts for the first time, this window opens by itself.)</source>
        <translation>Öffnen Sie das neue Outlook. Klicken Sie auf „Einstellungen“ (das Zahnrad), dann auf „Konten“ und dann auf „Konto hinzufügen“. (Beim ersten Start öffnet sich dieses Fenster von selbst.)</translation>
    </message>
    <message>
        <source>Type your e-mail address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Type your e-mail address and click Continue.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein und klicken Sie auf „Weiter“.</translation>
    </message>
    <message>
        <source>Click Advanced options, tick “Let me set up my account manually” and click Connect.</source>
        <translation>Klicken Sie auf „Erweiterte Optionen“, setzen Sie ein Häkchen bei „Ich möchte mein Konto manuell einrichten“ und klicken Sie auf „Verbinden“.</translation>
    </message>
    <message>
        <source>Choose this type of account:</source>
        <translation>Wählen Sie diesen Kontotyp:</translation>
    </message>
    <message>
        <source>Type your password and click Connect.</source>
        <translation>Geben Sie Ihr Passwort ein und klicken Sie auf „Verbinden“.</translation>
    </message>
    <message>
        <source>Type your password, then click “Show more”.</source>
        <translation>Geben Sie Ihr Passwort ein und klicken Sie dann auf „Mehr anzeigen“.</translation>
    </message>
    <message>
        <source>Fill in the part “Incoming mail”:</source>
        <translation>Füllen Sie den Bereich „Eingehende E-Mail“ aus:</translation>
    </message>
    <message>
        <source>Fill in the incoming server:</source>
        <translation>Füllen Sie die Angaben zum Posteingangsserver aus:</translation>
    </message>
    <message>
        <source>Fill in the part “Outgoing mail”, then click Next:</source>
        <translation>Füllen Sie den Bereich „Ausgehende E-Mail“ aus und klicken Sie dann auf „Weiter“:</translation>
    </message>
    <message>
        <source>Fill in the outgoing server (SMTP); leave its password empty, Outlook uses the one you typed. Then click Continue:</source>
        <translation>Füllen Sie die Angaben zum Postausgangsserver (SMTP) aus; lassen Sie dessen Passwort leer, Outlook verwendet das Passwort, das Sie schon eingegeben haben. Klicken Sie dann auf „Weiter“:</translation>
    </message>
    <message>
        <source>If Outlook then shows a small window asking for a user name, type this user name there and your password again:</source>
        <translation>Wenn Outlook danach ein kleines Fenster zeigt, das nach einem Benutzernamen fragt, geben Sie dort diesen Benutzernamen und noch einmal Ihr Passwort ein:</translation>
    </message>
    <message>
        <source>When the account has been added, click File, Account Settings, then Server Settings, and check these settings:</source>
        <translation>Wenn das Konto hinzugefügt ist, klicken Sie auf „Datei“, „Kontoeinstellungen“ und dann „Servereinstellungen“ und prüfen Sie diese Einstellungen:</translation>
    </message>
    <message>
        <source>In the account&apos;s settings (More Settings, tab Advanced), set how long a copy of your mail stays on the server:</source>
        <translation>Legen Sie in den Einstellungen des Kontos („Weitere Einstellungen“, Registerkarte „Erweitert“) fest, wie lange eine Kopie Ihrer E-Mails auf dem Server bleibt:</translation>
    </message>
    <message>
        <source>In the account&apos;s settings, set how long a copy of your mail stays on the server:</source>
        <translation>Legen Sie in den Einstellungen des Kontos fest, wie lange eine Kopie Ihrer E-Mails auf dem Server bleibt:</translation>
    </message>
    <message>
        <source>If Outlook asks for your name (the name people see), type:</source>
        <translation>Wenn Outlook nach Ihrem Namen fragt (dem Namen, den andere sehen), geben Sie ein:</translation>
    </message>
    <message>
        <source>Click Done. Then send yourself a test message to check that all works.</source>
        <translation>Klicken Sie auf „Fertig“. Senden Sie sich dann selbst eine Testnachricht, um zu prüfen, ob alles funktioniert.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Kontotyp</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption method</source>
        <translation>Verschlüsselungsmethode</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <translation>Sicherer Verbindungstyp</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <translation>Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <translation>Der Postausgangsserver (SMTP) erfordert Authentifizierung</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <translation>Gleiche Einstellungen wie für Posteingangsserver verwenden</translation>
    </message>
    <message>
        <source>Leave a copy of messages on the server</source>
        <translation>Kopie aller Nachrichten auf dem Server belassen</translation>
    </message>
    <message>
        <source>Remove from server after (days)</source>
        <translation>Vom Server nach … Tagen entfernen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>On (ticked)</source>
        <translation>Ein (Häkchen gesetzt)</translation>
    </message>
    <message>
        <source>Off (not ticked)</source>
        <translation>Aus (kein Häkchen)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>PhoneSettings</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>{security}, normal password</source>
        <translation>{security}, normales Passwort</translation>
    </message>
    <message>
        <source>{security}, no password</source>
        <translation>{security}, ohne Passwort</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Incoming server ({protocol})</source>
        <translation>Posteingangsserver ({protocol})</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Leave a copy on the server</source>
        <translation>Kopie auf dem Server behalten</translation>
    </message>
    <message numerus="yes">
        <source>Yes, %n day(s)</source>
        <translation>
            <numerusform>Ja, %n Tag</numerusform>
            <numerusform>Ja, %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>The password is your all2all password; the assistant never shows it.</source>
        <translation>Das Passwort ist Ihr all2all-Passwort; der Assistent zeigt es nie an.</translation>
    </message>
</context>
<context>
    <name>PresetMessages</name>
    <message>
        <source>The assistant cannot start: the settings file prepared by your IT department contains a mistake. Please pass the message below on to your IT department.</source>
        <translation>Der Assistent kann nicht starten: Die Einstellungsdatei, die Ihre IT-Abteilung vorbereitet hat, enthält einen Fehler. Bitte geben Sie die Meldung unten an Ihre IT-Abteilung weiter.</translation>
    </message>
    <message>
        <source>File {file}, line {line}, key {key}:</source>
        <translation>Datei {file}, Zeile {line}, Schlüssel {key}:</translation>
    </message>
    <message>
        <source>File {file}, line {line}:</source>
        <translation>Datei {file}, Zeile {line}:</translation>
    </message>
    <message>
        <source>File {file}, key {key}:</source>
        <translation>Datei {file}, Schlüssel {key}:</translation>
    </message>
    <message>
        <source>File {file}:</source>
        <translation>Datei {file}:</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}). Check that it exists and that every user may read it.</source>
        <translation>Die Datei kann nicht gelesen werden ({reason}). Prüfen Sie, ob sie existiert und ob jeder Benutzer sie lesen darf.</translation>
    </message>
    <message>
        <source>A preset has no such key. Check its spelling against the documented example.</source>
        <translation>Diesen Schlüssel gibt es in einer Voreinstellungsdatei nicht. Vergleichen Sie die Schreibweise mit dem Beispiel in der Dokumentation.</translation>
    </message>
    <message>
        <source>This key is missing: every extra outgoing server needs all of its keys.</source>
        <translation>Dieser Schlüssel fehlt: Jeder zusätzliche Postausgangsserver braucht alle seine Schlüssel.</translation>
    </message>
    <message>
        <source>This must be {kind}.</source>
        <translation>Hier muss {kind} stehen.</translation>
    </message>
    <message>
        <source>This file is far larger than a preset can be (more than {size} KB), so it was not read. A preset is a short text file: check that the right file is used.</source>
        <translation>Diese Datei ist viel größer, als eine Voreinstellungsdatei sein kann (mehr als {size} KB), deshalb wurde sie nicht gelesen. Eine Voreinstellungsdatei ist eine kurze Textdatei: Prüfen Sie, ob die richtige Datei verwendet wird.</translation>
    </message>
    <message>
        <source>The preset locks this setting, so the command line cannot change it to {value}. Leave that option out or change the preset.</source>
        <translation>Die Voreinstellungsdatei sperrt diese Einstellung, deshalb kann die Befehlszeile sie nicht auf {value} ändern. Lassen Sie diese Option weg oder ändern Sie die Voreinstellungsdatei.</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text. Save it again with the UTF-8 encoding.</source>
        <translation>Die Datei ist nicht als UTF-8-Text gespeichert. Speichern Sie sie erneut mit der Kodierung UTF-8.</translation>
    </message>
    <message>
        <source>This is not valid TOML. Check the quotes, brackets and equals signs on this line and the one before.</source>
        <translation>Das ist kein gültiges TOML. Prüfen Sie die Anführungszeichen, Klammern und Gleichheitszeichen in dieser Zeile und in der Zeile davor.</translation>
    </message>
    <message>
        <source>a table (a [section])</source>
        <translation>eine Tabelle (ein [Abschnitt])</translation>
    </message>
    <message>
        <source>text between quotes</source>
        <translation>Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>a whole number without quotes</source>
        <translation>eine ganze Zahl ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>true or false, without quotes</source>
        <translation>true oder false, ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>a list between square brackets</source>
        <translation>eine Liste in eckigen Klammern</translation>
    </message>
    <message>
        <source>a list of sections written as [[...]]</source>
        <translation>eine Liste von Abschnitten in der Form [[…]]</translation>
    </message>
    <message>
        <source>This value is out of range ({detail}).</source>
        <translation>Dieser Wert liegt außerhalb des erlaubten Bereichs ({detail}).</translation>
    </message>
    <message>
        <source>The value must be {minimum}.</source>
        <translation>Der Wert muss {minimum} sein.</translation>
    </message>
    <message>
        <source>The value must be between {minimum} and {maximum}.</source>
        <translation>Der Wert muss zwischen {minimum} und {maximum} liegen.</translation>
    </message>
    <message>
        <source>The port must be a number between {minimum} and {maximum}.</source>
        <translation>Der Port muss eine Zahl zwischen {minimum} und {maximum} sein.</translation>
    </message>
    <message>
        <source>This value is not allowed. Possible values: {values}.</source>
        <translation>Dieser Wert ist nicht erlaubt. Mögliche Werte: {values}.</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>Das darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This value appears more than once.</source>
        <translation>Dieser Wert kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>A locked setting needs its value under [defaults].</source>
        <translation>Eine gesperrte Einstellung braucht ihren Wert unter [defaults].</translation>
    </message>
    <message>
        <source>This id cannot be used: write it with letters, digits and hyphens only, and do not use all2all.</source>
        <translation>Diese ID kann nicht verwendet werden: Schreiben Sie sie nur mit Buchstaben, Ziffern und Bindestrichen, und verwenden Sie nicht all2all.</translation>
    </message>
    <message>
        <source>No outgoing server has this id. Check the spelling, or add the server under [[provider.relays]].</source>
        <translation>Kein Postausgangsserver hat diese ID. Prüfen Sie die Schreibweise oder fügen Sie den Server unter [[provider.relays]] hinzu.</translation>
    </message>
    <message>
        <source>This outgoing server needs a username of its own, which the assistant cannot ask for. Choose another one.</source>
        <translation>Dieser Postausgangsserver braucht einen eigenen Benutzernamen, nach dem der Assistent nicht fragen kann. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>This is not a valid server name.</source>
        <translation>Das ist kein gültiger Servername.</translation>
    </message>
    <message>
        <source>This is not a plain e-mail address such as name@example.be.</source>
        <translation>Das ist keine einfache E-Mail-Adresse wie name@beispiel.be.</translation>
    </message>
    <message>
        <source>This must not contain spaces.</source>
        <translation>Das darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>This must not start or end with a space.</source>
        <translation>Das darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>This contains invisible characters such as a tab or a line break.</source>
        <translation>Das enthält unsichtbare Zeichen, zum Beispiel einen Tabulator oder einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Das ist zu lang.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Dieser Wert kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>This value cannot be used ({detail}).</source>
        <translation>Dieser Wert kann nicht verwendet werden ({detail}).</translation>
    </message>
    <message>
        <source>Set by your IT department: the greyed-out choices cannot be changed here.</source>
        <translation>Von Ihrer IT-Abteilung festgelegt: Die ausgegrauten Auswahlmöglichkeiten können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>Von Ihrer IT-Abteilung festgelegt.</translation>
    </message>
</context>
<context>
    <name>ProbeMessages</name>
    <message>
        <source>Receiving mail</source>
        <translation>E-Mails empfangen</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>E-Mails senden</translation>
    </message>
    <message>
        <source>Finding the server</source>
        <translation>Server finden</translation>
    </message>
    <message>
        <source>Reaching the server</source>
        <translation>Server erreichen</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <source>Server&apos;s welcome</source>
        <translation>Begrüßung durch den Server</translation>
    </message>
    <message>
        <source>What the server offers</source>
        <translation>Was der Server anbietet</translation>
    </message>
    <message>
        <source>Largest message accepted</source>
        <translation>Größte erlaubte Nachricht</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Space in your mailbox</source>
        <translation>Platz in Ihrem Postfach</translation>
    </message>
    <message>
        <source>Your folders</source>
        <translation>Ihre Ordner</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Wartende Nachrichten</translation>
    </message>
    <message>
        <source>Keeping a copy on the server</source>
        <translation>Kopie auf dem Server behalten</translation>
    </message>
    <message>
        <source>Watching your inbox</source>
        <translation>Posteingang beobachten</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>The test message arriving</source>
        <translation>Ankunft der Testnachricht</translation>
    </message>
    <message>
        <source>Deleting the test message</source>
        <translation>Testnachricht löschen</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>Verbindung beenden</translation>
    </message>
    <message>
        <source>The test as a whole</source>
        <translation>Der Test insgesamt</translation>
    </message>
    <message>
        <source>This computer cannot find the server {host} on the internet.</source>
        <translation>Dieser Computer findet den Server {host} im Internet nicht.</translation>
    </message>
    <message>
        <source>The server {host} refused the connection on port {port}.</source>
        <translation>Der Server {host} hat die Verbindung auf Port {port} abgelehnt.</translation>
    </message>
    <message>
        <source>The server {host} does not answer on port {port}: this network blocks that connection.</source>
        <translation>Der Server {host} antwortet nicht auf Port {port}: Dieses Netz sperrt die Verbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so this connection is not safe: your password could be read by others.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig, deshalb ist diese Verbindung nicht sicher: Andere könnten Ihr Passwort lesen.</translation>
    </message>
    <message>
        <source>The server answered with a certificate for another name than {host}. The connection may be intercepted.</source>
        <translation>Der Server hat mit einem Zertifikat für einen anderen Namen als {host} geantwortet. Vielleicht wird die Verbindung abgefangen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <source>A secure connection with {host} could not be set up.</source>
        <translation>Es konnte keine sichere Verbindung mit {host} aufgebaut werden.</translation>
    </message>
    <message>
        <source>The server does not accept this username and password.</source>
        <translation>Der Server akzeptiert diesen Benutzernamen und dieses Passwort nicht.</translation>
    </message>
    <message>
        <source>The server answered with an error or closed the connection.</source>
        <translation>Der Server hat mit einem Fehler geantwortet oder die Verbindung beendet.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The server took too long to check the username and password. Servers do this on purpose after a few wrong passwords, to stop people who try to guess them.</source>
        <translation>Der Server hat zu lange gebraucht, um den Benutzernamen und das Passwort zu prüfen. Server tun das absichtlich nach ein paar falschen Passwörtern, um Leute zu bremsen, die Passwörter erraten wollen.</translation>
    </message>
    <message>
        <source>The answer did not come from a mail server.</source>
        <translation>Die Antwort kam nicht von einem E-Mail-Server.</translation>
    </message>
    <message>
        <source>Your mailbox is almost full.</source>
        <translation>Ihr Postfach ist fast voll.</translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation>Sie haben den Test beendet.</translation>
    </message>
    <message>
        <source>Your username or password contains characters that cannot be sent to the server. Nothing was sent.</source>
        <translation>Ihr Benutzername oder Ihr Passwort enthält Zeichen, die nicht an den Server gesendet werden können. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The outgoing server {host} refused to pass the test message on: it does not send mail for this connection.</source>
        <translation>Der Postausgangsserver {host} hat es abgelehnt, die Testnachricht weiterzuleiten: Er sendet keine E-Mails für diese Verbindung.</translation>
    </message>
    <message>
        <source>The outgoing server {host} does not accept your e-mail address as the sender.</source>
        <translation>Der Postausgangsserver {host} akzeptiert Ihre E-Mail-Adresse nicht als Absender.</translation>
    </message>
    <message>
        <source>The server does not accept your own e-mail address as the recipient: for the server, that mailbox does not exist.</source>
        <translation>Der Server akzeptiert Ihre eigene E-Mail-Adresse nicht als Empfänger: Für den Server gibt es dieses Postfach nicht.</translation>
    </message>
    <message>
        <source>The outgoing server {host} refused the test message as too large.</source>
        <translation>Der Postausgangsserver {host} hat die Testnachricht als zu groß abgelehnt.</translation>
    </message>
    <message>
        <source>Your mailbox is full: the server cannot accept new mail.</source>
        <translation>Ihr Postfach ist voll: Der Server kann keine neuen E-Mails annehmen.</translation>
    </message>
    <message>
        <source>Sending worked, but the test message has not arrived in your inbox yet. This is not a fault of the set-up.</source>
        <translation>Das Senden hat geklappt, aber die Testnachricht ist noch nicht in Ihrem Posteingang angekommen. Das ist kein Fehler Ihrer Einrichtung.</translation>
    </message>
    <message>
        <source>Choose another outgoing server with the button below, or try another network, for example your phone&apos;s connection.</source>
        <translation>Klicken Sie auf „Anderen Postausgangsserver verwenden…“ oder versuchen Sie es in einem anderen Netz, zum Beispiel über den mobilen Hotspot Ihres GSM.</translation>
    </message>
    <message>
        <source>Check the name of your internet provider&apos;s outgoing server, or go back and choose all2all&apos;s outgoing server.</source>
        <translation>Prüfen Sie den Namen des Postausgangsservers Ihres Internetanbieters, oder gehen Sie zurück und wählen Sie den Postausgangsserver von all2all.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a website, then press Test again.</source>
        <translation>Prüfen Sie, ob dieser Computer mit dem Internet verbunden ist, zum Beispiel indem Sie eine Website öffnen. Klicken Sie dann auf „Erneut testen“.</translation>
    </message>
    <message>
        <source>The server may be down for maintenance. Try again in a few minutes; if it keeps happening, contact your administrator.</source>
        <translation>Vielleicht wird der Server gerade gewartet. Versuchen Sie es in ein paar Minuten erneut; wenn es immer wieder passiert, wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Try another network, for example your phone&apos;s connection, or ask whoever manages this network to allow port {port}.</source>
        <translation>Versuchen Sie es in einem anderen Netz, zum Beispiel über den mobilen Hotspot Ihres GSM, oder bitten Sie die Person, die dieses Netz verwaltet, Port {port} freizugeben.</translation>
    </message>
    <message>
        <source>Some networks (at work, in a hotel) and some antivirus programs inspect secure connections. Try another network, for example your home connection or your phone&apos;s. Do not type your password on this network.</source>
        <translation>Manche Netze (bei der Arbeit, im Hotel) und manche Antivirenprogramme prüfen sichere Verbindungen. Versuchen Sie es in einem anderen Netz, zum Beispiel über Ihren Anschluss zu Hause oder über den mobilen Hotspot Ihres GSM. Geben Sie Ihr Passwort in diesem Netz nicht ein.</translation>
    </message>
    <message>
        <source>Try another network. If it keeps happening, contact your administrator.</source>
        <translation>Versuchen Sie es in einem anderen Netz. Wenn es immer wieder passiert, wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Check that the date and time of this computer are right. If they are, contact your administrator.</source>
        <translation>Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen. Wenn ja, wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Press Test again. If it keeps happening, try another network or contact your administrator.</source>
        <translation>Klicken Sie auf „Erneut testen“. Wenn es immer wieder passiert, versuchen Sie es in einem anderen Netz oder wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Go back and check your username (the short name such as user0001, not your e-mail address) and your password, capital letters included. If both are right, ask your administrator.</source>
        <translation>Gehen Sie zurück und prüfen Sie Ihren Benutzernamen (den kurzen Namen wie user0001, nicht Ihre E-Mail-Adresse) und Ihr Passwort. Achten Sie auch auf Groß- und Kleinschreibung. Wenn beides stimmt, fragen Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, open Details, copy the report and send it to the helpdesk.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut. Wenn es immer wieder passiert, öffnen Sie „Details“, kopieren Sie den Bericht und senden Sie ihn an den Helpdesk.</translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Press Test again; if it keeps happening, try another network.</source>
        <translation>Die Verbindung ist vielleicht langsam oder instabil. Klicken Sie auf „Erneut testen“; wenn es immer wieder passiert, versuchen Sie es in einem anderen Netz.</translation>
    </message>
    <message>
        <source>Check your username and password first: every wrong try makes the server wait longer. Then wait a minute and press Test again.</source>
        <translation>Prüfen Sie zuerst Ihren Benutzernamen und Ihr Passwort: Bei jedem falschen Versuch wartet der Server länger. Warten Sie dann eine Minute und klicken Sie auf „Erneut testen“.</translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then press Test again.</source>
        <translation>Manche Netze, zum Beispiel das WLAN eines Hotels, zeigen zuerst eine Seite im Internetbrowser. Öffnen Sie eine Website, folgen Sie den Anweisungen und klicken Sie dann auf „Erneut testen“.</translation>
    </message>
    <message>
        <source>Empty the trash of your mail program and delete old messages with large attachments: deleted messages stay on the server until the trash is emptied.</source>
        <translation>Leeren Sie den Papierkorb Ihres E-Mail-Programms und löschen Sie alte Nachrichten mit großen Anhängen: Gelöschte Nachrichten bleiben auf dem Server, bis der Papierkorb geleert wird.</translation>
    </message>
    <message>
        <source>Press Test again to start the test once more.</source>
        <translation>Klicken Sie auf „Erneut testen“, um den Test noch einmal zu starten.</translation>
    </message>
    <message>
        <source>Go back and type your username and password again instead of pasting them.</source>
        <translation>Gehen Sie zurück und tippen Sie Ihren Benutzernamen und Ihr Passwort neu ein, statt sie einzufügen.</translation>
    </message>
    <message>
        <source>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Go back and choose all2all&apos;s outgoing server, which works on almost every network.</source>
        <translation>Der Postausgangsserver eines Internetanbieters sendet nur E-Mails für die eigenen Kunden, im eigenen Netz. Gehen Sie zurück und wählen Sie den Postausgangsserver von all2all: Er funktioniert in fast jedem Netz.</translation>
    </message>
    <message>
        <source>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on almost every network.</source>
        <translation>Der Postausgangsserver Ihres Internetanbieters antwortet nur im eigenen Netz dieses Anbieters. Verwenden Sie den Postausgangsserver von all2all (--outgoing all2all): Er funktioniert in fast jedem Netz.</translation>
    </message>
    <message>
        <source>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on almost every network.</source>
        <translation>Der Postausgangsserver eines Internetanbieters sendet nur E-Mails für die eigenen Kunden, im eigenen Netz. Verwenden Sie den Postausgangsserver von all2all (--outgoing all2all): Er funktioniert in fast jedem Netz.</translation>
    </message>
    <message>
        <source>Go back and check your e-mail address: it must be exactly the one your administrator gave you. If it is, ask your administrator.</source>
        <translation>Gehen Sie zurück und prüfen Sie Ihre E-Mail-Adresse: Sie muss genau die sein, die Ihr Administrator Ihnen gegeben hat. Wenn das so ist, fragen Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Go back and choose all2all&apos;s outgoing server, which works on almost every network.</source>
        <translation>Der Postausgangsserver Ihres Internetanbieters antwortet nur im eigenen Netz dieses Anbieters. Gehen Sie zurück und wählen Sie den Postausgangsserver von all2all: Er funktioniert in fast jedem Netz.</translation>
    </message>
    <message>
        <source>Go back and check your e-mail address for typing errors. If it is right, ask your administrator.</source>
        <translation>Gehen Sie zurück und prüfen Sie Ihre E-Mail-Adresse auf Tippfehler. Wenn sie stimmt, fragen Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>The server refuses even this very small test message, so its settings are unusual. Open Details, copy the report and send it to the helpdesk.</source>
        <translation>Der Server lehnt sogar diese sehr kleine Testnachricht ab, er ist also ungewöhnlich eingestellt. Öffnen Sie „Details“, kopieren Sie den Bericht und senden Sie ihn an den Helpdesk.</translation>
    </message>
    <message>
        <source>Empty the trash in your mail program or in the webmail and delete old messages with large attachments. Then press Test again.</source>
        <translation>Leeren Sie den Papierkorb in Ihrem E-Mail-Programm oder im Webmail und löschen Sie alte Nachrichten mit großen Anhängen. Klicken Sie dann auf „Erneut testen“.</translation>
    </message>
    <message>
        <source>Mail is sometimes a few minutes late: if the test message arrives later, you can delete it. If it has still not arrived in an hour, the address may belong to another mailbox or be forwarded elsewhere: ask your administrator.</source>
        <translation>E-Mails kommen manchmal ein paar Minuten später an: Wenn die Testnachricht später ankommt, können Sie sie löschen. Ist sie nach einer Stunde immer noch nicht angekommen, gehört die Adresse vielleicht zu einem anderen Postfach oder E-Mails an sie werden weitergeleitet. Fragen Sie in diesem Fall Ihren Administrator.</translation>
    </message>
    <message>
        <source>Use your internet provider&apos;s outgoing server (--outgoing), which this network does not block. Or try another network, for example your phone&apos;s connection.</source>
        <translation>Verwenden Sie den Postausgangsserver Ihres Internetanbieters (--outgoing), den dieses Netz nicht sperrt. Oder versuchen Sie es in einem anderen Netz, zum Beispiel über den mobilen Hotspot Ihres GSM.</translation>
    </message>
    <message>
        <source>Check the name of your internet provider&apos;s outgoing server, or use all2all&apos;s outgoing server (--outgoing all2all).</source>
        <translation>Prüfen Sie den Namen des Postausgangsservers Ihres Internetanbieters oder verwenden Sie den Postausgangsserver von all2all (--outgoing all2all).</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a website, then run the command again.</source>
        <translation>Prüfen Sie, ob dieser Computer mit dem Internet verbunden ist, zum Beispiel indem Sie eine Website öffnen. Führen Sie dann den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Run the command again. If it keeps happening, try another network or contact your administrator.</source>
        <translation>Führen Sie den Befehl erneut aus. Wenn es immer wieder passiert, versuchen Sie es in einem anderen Netz oder wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Check the username (the short name such as user0001, not the e-mail address) and the password, capital letters included. If both are right, ask your administrator.</source>
        <translation>Prüfen Sie den Benutzernamen (den kurzen Namen wie user0001, nicht die E-Mail-Adresse) und das Passwort. Achten Sie auch auf Groß- und Kleinschreibung. Wenn beides stimmt, fragen Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut. Wenn es immer wieder passiert, führen Sie den Befehl erneut mit --helpdesk aus und senden Sie die Ausgabe an den Helpdesk.</translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Run the command again; if it keeps happening, try another network.</source>
        <translation>Die Verbindung ist vielleicht langsam oder instabil. Führen Sie den Befehl erneut aus; wenn es immer wieder passiert, versuchen Sie es in einem anderen Netz.</translation>
    </message>
    <message>
        <source>Check the username and the password first: every wrong try makes the server wait longer. Then wait a minute and run the command again.</source>
        <translation>Prüfen Sie zuerst den Benutzernamen und das Passwort: Bei jedem falschen Versuch wartet der Server länger. Warten Sie dann eine Minute und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then run the command again.</source>
        <translation>Manche Netze, zum Beispiel das WLAN eines Hotels, zeigen zuerst eine Seite im Internetbrowser. Öffnen Sie eine Website, folgen Sie den Anweisungen und führen Sie dann den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Run the command again to start the test once more.</source>
        <translation>Führen Sie den Befehl erneut aus, um den Test noch einmal zu starten.</translation>
    </message>
    <message>
        <source>Check the username and the password: they contain characters that cannot be sent to the server.</source>
        <translation>Prüfen Sie den Benutzernamen und das Passwort: Sie enthalten Zeichen, die nicht an den Server gesendet werden können.</translation>
    </message>
    <message>
        <source>Check the e-mail address (--email): it must be exactly the one the administrator gave. If it is, ask the administrator.</source>
        <translation>Prüfen Sie die E-Mail-Adresse (--email): Sie muss genau die sein, die der Administrator angegeben hat. Wenn das so ist, fragen Sie den Administrator.</translation>
    </message>
    <message>
        <source>Check the e-mail address (--email) for typing errors. If it is right, ask the administrator.</source>
        <translation>Prüfen Sie die E-Mail-Adresse (--email) auf Tippfehler. Wenn sie stimmt, fragen Sie den Administrator.</translation>
    </message>
    <message>
        <source>The server refuses even this very small test message, so its settings are unusual. Run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation>Der Server lehnt sogar diese sehr kleine Testnachricht ab, er ist also ungewöhnlich eingestellt. Führen Sie den Befehl erneut mit --helpdesk aus und senden Sie die Ausgabe an den Helpdesk.</translation>
    </message>
    <message>
        <source>Empty the trash in the mail program or the webmail and delete old messages with large attachments, then run the command again.</source>
        <translation>Leeren Sie den Papierkorb im E-Mail-Programm oder im Webmail und löschen Sie alte Nachrichten mit großen Anhängen. Führen Sie dann den Befehl erneut aus.</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Without a copy on the server, new mail is removed from the server as soon as this computer downloads it. In webmail and on your other devices, messages then seem to vanish.</source>
        <translation>Ohne Kopie auf dem Server werden neue E-Mails vom Server gelöscht, sobald dieser Computer sie herunterlädt. Im Webmail und auf Ihren anderen Geräten scheinen diese E-Mails dann zu verschwinden.</translation>
    </message>
    <message>
        <source>How do you want to receive your mail?</source>
        <translation>Wie möchten Sie Ihre E-Mails empfangen?</translation>
    </message>
    <message>
        <source>Choose where your messages are kept.</source>
        <translation>Wählen Sie, wo Ihre E-Mails aufbewahrt werden.</translation>
    </message>
    <message>
        <source>&amp;IMAP: keep my mail on the server (recommended)</source>
        <translation>&amp;IMAP: E-Mails auf dem Server behalten (empfohlen)</translation>
    </message>
    <message>
        <source>Your messages stay on the all2all server (Inbox, Sent, Trash). Your mail program shows them and keeps a copy of what you open. You see the same mail on your laptop, your phone and in webmail, and you can make sub-folders on the server to sort it. Keep an eye on the space: each mailbox has {quota} MB, so empty the trash regularly.</source>
        <translation>Ihre E-Mails bleiben auf dem all2all-Server (Posteingang, Gesendet, Papierkorb). Ihr E-Mail-Programm zeigt sie an und speichert eine Kopie der E-Mails, die Sie öffnen. Sie sehen dieselben E-Mails auf diesem Computer, auf Ihrem GSM und im Webmail, und Sie können auf dem Server Unterordner anlegen, um sie zu sortieren. Achten Sie auf den Speicherplatz: Jedes Postfach fasst {quota} MB. Leeren Sie deshalb regelmäßig den Papierkorb.</translation>
    </message>
    <message>
        <source>&amp;POP3: download my mail to this computer</source>
        <translation>&amp;POP3: E-Mails auf diesen Computer herunterladen</translation>
    </message>
    <message>
        <source>Your mail program downloads new messages to this computer. The server keeps them only as long as you choose below. Downloaded mail then exists only on this computer: if it breaks or is lost, that mail is lost too.</source>
        <translation>Ihr E-Mail-Programm lädt neue E-Mails auf diesen Computer herunter. Der Server behält sie nur so lange, wie Sie unten wählen. Heruntergeladene E-Mails gibt es dann nur noch auf diesem Computer: Geht er kaputt oder verloren, sind auch diese E-Mails weg.</translation>
    </message>
    <message>
        <source>&amp;Keep a copy on the server for</source>
        <translation>Eine &amp;Kopie auf dem Server behalten für</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Recommended. Webmail and your other devices still see new messages during these days; after that the copy on the server is removed so that your mailbox does not fill up.</source>
        <translation>Empfohlen: In dieser Zeit sehen Sie neue E-Mails auch im Webmail und auf Ihren anderen Geräten. Danach wird die Kopie auf dem Server gelöscht, damit Ihr Postfach nicht voll wird.</translation>
    </message>
    <message>
        <source>Number of days to keep a copy on the server</source>
        <translation>Anzahl der Tage, die eine Kopie auf dem Server bleibt</translation>
    </message>
</context>
<context>
    <name>Relays</name>
    <message>
        <source>its name is unknown here</source>
        <translation>Name hier unbekannt</translation>
    </message>
    <message>
        <source>it refuses the connection</source>
        <translation>lehnt die Verbindung ab</translation>
    </message>
    <message>
        <source>no answer: the port is blocked</source>
        <translation>keine Antwort: Port gesperrt</translation>
    </message>
    <message>
        <source>it does not answer in time</source>
        <translation>antwortet nicht rechtzeitig</translation>
    </message>
    <message>
        <source>it does not serve this connection</source>
        <translation>bedient diese Verbindung nicht</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>answers ({seconds})</source>
        <translation>antwortet ({seconds})</translation>
    </message>
    <message>
        <source>{isp} — {host}, port {port}: {status}</source>
        <translation>{isp} — {host}, Port {port}: {status}</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>Die Suche wurde gestoppt.</translation>
    </message>
    <message>
        <source>Your connection seems to be {isp}&apos;s: {host} answers from here.</source>
        <translation>Sie sind anscheinend über {isp} mit dem Internet verbunden: Der Server {host} antwortet von hier aus.</translation>
    </message>
    <message>
        <source>Servers of several internet providers answer from here, so this connection does not tell which one is yours. all2all&apos;s own outgoing server works on almost every network.</source>
        <translation>Von hier aus antworten Server mehrerer Internetanbieter, also lässt sich an dieser Verbindung nicht erkennen, welcher davon Ihr Internetanbieter ist. Der eigene Postausgangsserver von all2all funktioniert in fast jedem Netz.</translation>
    </message>
    <message>
        <source>None of the internet providers&apos; outgoing servers answers from here. Use all2all&apos;s own outgoing server: it works on almost every network, with your all2all username and password.</source>
        <translation>Keiner der Postausgangsserver der Internetanbieter antwortet von hier aus. Verwenden Sie den eigenen Postausgangsserver von all2all: Er funktioniert in fast jedem Netz, mit Ihrem all2all-Benutzernamen und Ihrem Passwort.</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>There are all2all accounts of several usernames here ({usernames}): give --username.</source>
        <translation>Hier gibt es all2all-Konten mit mehreren Benutzernamen ({usernames}): Geben Sie --username an.</translation>
    </message>
    <message>
        <source>No all2all account was found in {client}.</source>
        <translation>In {client} wurde kein all2all-Konto gefunden.</translation>
    </message>
    <message>
        <source>{client}: {profile}</source>
        <translation>{client}: {profile}</translation>
    </message>
    <message>
        <source>{client} ({profile}): this would be removed:</source>
        <translation>{client} ({profile}): Folgendes würde entfernt:</translation>
    </message>
    <message>
        <source>{client} ({profile}): removed:</source>
        <translation>{client} ({profile}): Entfernt wurde:</translation>
    </message>
    <message>
        <source>The outgoing server stays: another account sends through it.</source>
        <translation>Der Postausgangsserver bleibt: Ein anderes Konto sendet darüber.</translation>
    </message>
    <message>
        <source>{client} no longer keeps the password.</source>
        <translation>{client} speichert das Passwort nicht mehr.</translation>
    </message>
    <message>
        <source>{client} keeps the password, because another account on the same server uses it.</source>
        <translation>{client} behält das Passwort, weil ein anderes Konto auf demselben Server es verwendet.</translation>
    </message>
    <message>
        <source>{client} had no saved password.</source>
        <translation>{client} hatte kein gespeichertes Passwort.</translation>
    </message>
    <message>
        <source>The password saved by {client} could not be removed.</source>
        <translation>Das von {client} gespeicherte Passwort konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The password in this computer&apos;s password safe is removed.</source>
        <translation>Das Passwort im Passwortspeicher dieses Computers wurde entfernt.</translation>
    </message>
    <message>
        <source>This computer&apos;s password safe had no password for it.</source>
        <translation>Der Passwortspeicher dieses Computers enthielt dafür kein Passwort.</translation>
    </message>
    <message>
        <source>This computer&apos;s password safe could not be reached.</source>
        <translation>Der Passwortspeicher dieses Computers war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The all2all account {username} is removed from {client}. The mail it had downloaded stays on this computer.</source>
        <translation>Das all2all-Konto {username} wurde aus {client} entfernt. Bereits heruntergeladene E-Mails bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Close {client}, then try to remove the account once more.</source>
        <translation>Schließen Sie {client} und entfernen Sie das Konto dann noch einmal.</translation>
    </message>
    <message>
        <source>Try again. If it fails again, ask your administrator for help.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder nicht klappt, bitten Sie Ihren Administrator um Hilfe.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove the account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the all2all account {account} from {client}?</source>
        <translation>Das all2all-Konto {account} aus {client} entfernen?</translation>
    </message>
    <message>
        <source>{client} then no longer fetches or sends mail for this account. The mail already downloaded stays on this computer, and your mailbox on the all2all server does not change. A copy of the settings is kept first.</source>
        <translation>{client} empfängt und sendet dann für dieses Konto keine E-Mails mehr. Die bereits heruntergeladenen E-Mails bleiben auf diesem Computer, und Ihr Postfach auf dem Server von all2all ändert sich nicht. Vorher wird eine Kopie der Einstellungen angelegt.</translation>
    </message>
    <message>
        <source>Also forget the saved &amp;password</source>
        <translation>Auch das gespeicherte &amp;Passwort löschen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>RoundTrip</name>
    <message>
        <source>all2all: test message</source>
        <translation>all2all: Testnachricht</translation>
    </message>
    <message>
        <source>This message was sent by the all2all setup assistant, to check that mail sent from this computer really arrives in your mailbox.

It is deleted again straight away. If you can still see it, you can delete it.</source>
        <translation>Diese Nachricht wurde vom all2all-Einrichtungsassistenten gesendet, um zu prüfen, ob E-Mails von diesem Computer wirklich in Ihrem Postfach ankommen.

Sie wird gleich wieder gelöscht. Wenn Sie sie trotzdem noch sehen, können Sie sie löschen.</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>arrived after {seconds}</source>
        <translation>nach {seconds} angekommen</translation>
    </message>
    <message>
        <source>stopped while waiting</source>
        <translation>beim Warten gestoppt</translation>
    </message>
    <message>
        <source>not arrived yet</source>
        <translation>noch nicht angekommen</translation>
    </message>
    <message>
        <source>deleted again</source>
        <translation>wieder gelöscht</translation>
    </message>
    <message>
        <source>still in your inbox</source>
        <translation>noch in Ihrem Posteingang</translation>
    </message>
    <message>
        <source>Test message: sent once receiving and sending work.</source>
        <translation>Testnachricht: wird gesendet, sobald Empfangen und Senden funktionieren.</translation>
    </message>
    <message>
        <source>Test message: not sent.</source>
        <translation>Testnachricht: nicht gesendet.</translation>
    </message>
    <message>
        <source>deleting it again…</source>
        <translation>wird wieder gelöscht…</translation>
    </message>
    <message>
        <source>waiting for it to arrive…</source>
        <translation>wird noch zugestellt…</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>Test message: {parts}</source>
        <translation>Testnachricht: {parts}</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>{provider} e-mail settings for {name}</source>
        <translation>E-Mail-Einstellungen von {provider} für {name}</translation>
    </message>
    <message>
        <source>{provider} e-mail settings</source>
        <translation>E-Mail-Einstellungen von {provider}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>These are the settings your mail program or phone asks for when you add your {provider} mailbox. Type them exactly as they are written here.</source>
        <translation>Diese Einstellungen fragt Ihr E-Mail-Programm oder Ihr GSM ab, wenn Sie Ihr Postfach von {provider} hinzufügen. Geben Sie sie genau so ein, wie sie hier stehen.</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>Erstellt am {date}</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>E-Mail-Empfang</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>E-Mail-Versand (SMTP)</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Your administrator</source>
        <translation>Ihr Administrator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Copy on the server</source>
        <translation>Kopie auf dem Server</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Internetanbieter</translation>
    </message>
    <message>
        <source>Mailbox size (quota)</source>
        <translation>Größe des Postfachs (Quota)</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Größte Nachricht</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Server to choose</source>
        <translation>Zu wählender Server</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Normales Passwort</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>The password your administrator gave you (not printed here)</source>
        <translation>Das Passwort, das Sie von Ihrem Administrator erhalten haben (steht nicht auf diesem Blatt)</translation>
    </message>
    <message>
        <source>The same as for incoming mail</source>
        <translation>Wie beim E-Mail-Empfang</translation>
    </message>
    <message>
        <source>None: leave the username and password empty</source>
        <translation>Keine: Lassen Sie Benutzername und Passwort leer</translation>
    </message>
    <message>
        <source>The password of your mailbox at your internet provider</source>
        <translation>Das Passwort Ihres Postfachs bei Ihrem Internetanbieter</translation>
    </message>
    <message>
        <source>No: mail is removed from the server once downloaded</source>
        <translation>Nein: E-Mails werden nach dem Herunterladen vom Server gelöscht</translation>
    </message>
    <message>
        <source>Yes, for 1 day</source>
        <translation>Ja, 1 Tag lang</translation>
    </message>
    <message>
        <source>Yes, for {days} days</source>
        <translation>Ja, {days} Tage lang</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>For your safety, your password is not on this sheet: use the one your administrator gave you.</source>
        <translation>Zu Ihrer Sicherheit steht Ihr Passwort nicht auf diesem Blatt: Verwenden Sie das Passwort, das Sie von Ihrem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>With IMAP your messages stay on the server, which has room for {size}. Empty the trash of your mail program regularly so that your mailbox does not fill up.</source>
        <translation>Mit IMAP bleiben Ihre Nachrichten auf dem Server, der Platz für {size} hat. Leeren Sie regelmäßig den Papierkorb Ihres E-Mail-Programms, damit Ihr Postfach nicht voll wird.</translation>
    </message>
    <message>
        <source>With POP3 your mail program downloads your messages to this computer; the server keeps a copy only for the days shown above. Copy your mail regularly to another place, such as an external disk.</source>
        <translation>Mit POP3 lädt Ihr E-Mail-Programm Ihre Nachrichten auf diesen Computer herunter; der Server behält nur für die oben angegebenen Tage eine Kopie. Kopieren Sie Ihre E-Mails regelmäßig an einen anderen Ort, zum Beispiel auf eine externe Festplatte.</translation>
    </message>
    <message>
        <source>With POP3 your mail program removes your messages from the server once it has downloaded them: this computer then holds the only copy. Copy your mail regularly to another place, such as an external disk.</source>
        <translation>Mit POP3 entfernt Ihr E-Mail-Programm Ihre Nachrichten vom Server, sobald es sie heruntergeladen hat: Dann gibt es sie nur noch auf diesem Computer. Kopieren Sie Ihre E-Mails regelmäßig an einen anderen Ort, zum Beispiel auf eine externe Festplatte.</translation>
    </message>
    <message>
        <source>Webmail always uses IMAP: messages your mail program has already taken off the server with POP3 no longer show in webmail.</source>
        <translation>Das Webmail verwendet immer IMAP: Nachrichten, die Ihr E-Mail-Programm schon mit POP3 vom Server geholt hat, erscheinen nicht mehr im Webmail.</translation>
    </message>
    <message>
        <source>The outgoing server of {isp} only works while you are connected to the internet through {isp}. Elsewhere, for example with a laptop on the road, use the outgoing server of {provider}.</source>
        <translation>Der Postausgangsserver von {isp} funktioniert nur, solange Sie über {isp} mit dem Internet verbunden sind. Anderswo, zum Beispiel unterwegs mit einem Laptop, verwenden Sie den Postausgangsserver von {provider}.</translation>
    </message>
    <message>
        <source>This outgoing server only works while you are connected to the internet through your own internet provider. Elsewhere, use the outgoing server of {provider}.</source>
        <translation>Dieser Postausgangsserver funktioniert nur, solange Sie über Ihren eigenen Internetanbieter mit dem Internet verbunden sind. Anderswo verwenden Sie den Postausgangsserver von {provider}.</translation>
    </message>
    <message>
        <source>Your administrator is the person who gave you your username and password.</source>
        <translation>Ihr Administrator ist die Person, die Ihnen Ihren Benutzernamen und Ihr Passwort gegeben hat.</translation>
    </message>
    <message>
        <source>Ask your administrator for a new password, an automatic reply while you are away, or to forward your mail to another address.</source>
        <translation>Bitten Sie Ihren Administrator um ein neues Passwort, um eine automatische Antwort während Ihrer Abwesenheit oder um die Weiterleitung Ihrer E-Mails an eine andere Adresse.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>all2all mail setup</source>
        <translation>all2all-E-Mail einrichten</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Password strength: {level} (step {step} of {steps})</source>
        <translation>Passwortstärke: {level} (Stufe {step} von {steps})</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>It contains an invisible character, such as a tab or a line break. Type the password instead of pasting it.</source>
        <translation>Es enthält ein unsichtbares Zeichen, zum Beispiel einen Tabulator oder einen Zeilenumbruch. Tippen Sie das Passwort ein, statt es einzufügen.</translation>
    </message>
    <message>
        <source>No password has been typed yet.</source>
        <translation>Es wurde noch kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>It starts or ends with a space. Check that the space really belongs to your password: it is easy to paste one by mistake, and you cannot see it here.</source>
        <translation>Es beginnt oder endet mit einem Leerzeichen. Prüfen Sie, ob das Leerzeichen wirklich zu Ihrem Passwort gehört: Man fügt leicht versehentlich eines mit ein, und hier können Sie es nicht sehen.</translation>
    </message>
    <message>
        <source>It has fewer than {count} characters, the minimum for a good password.</source>
        <translation>Es hat weniger als {count} Zeichen, das Minimum für ein gutes Passwort.</translation>
    </message>
    <message>
        <source>It is one of the passwords people use most often: attackers try those first.</source>
        <translation>Es ist eines der Passwörter, die am häufigsten verwendet werden: Angreifer probieren diese zuerst aus.</translation>
    </message>
    <message>
        <source>It contains your name, your username, your e-mail address or the name of the mail server, which others can easily find out.</source>
        <translation>Es enthält Ihren Namen, Ihren Benutzernamen, Ihre E-Mail-Adresse oder den Namen des E-Mail-Servers, und die können andere leicht herausfinden.</translation>
    </message>
    <message>
        <source>It contains a word from the dictionary (Dutch, French, German or English), even if it is written backwards.</source>
        <translation>Es enthält ein Wort aus dem Wörterbuch (Deutsch, Niederländisch, Französisch oder Englisch), auch wenn es rückwärts geschrieben ist.</translation>
    </message>
    <message>
        <source>It contains a common first name or surname.</source>
        <translation>Es enthält einen häufigen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <source>It contains keys that sit next to each other on the keyboard, such as azerty or qsdf.</source>
        <translation>Es enthält Tasten, die auf der Tastatur nebeneinander liegen, zum Beispiel azerty oder qsdf.</translation>
    </message>
    <message>
        <source>It contains a simple series, such as abcd or 1234.</source>
        <translation>Es enthält eine einfache Folge, zum Beispiel abcd oder 1234.</translation>
    </message>
    <message>
        <source>It repeats characters or groups of characters, such as aaaa or abcabc.</source>
        <translation>Es wiederholt Zeichen oder Gruppen von Zeichen, zum Beispiel aaaa oder abcabc.</translation>
    </message>
    <message>
        <source>It contains a year or a date, which is easy to guess.</source>
        <translation>Es enthält eine Jahreszahl oder ein Datum, und das ist leicht zu erraten.</translation>
    </message>
    <message>
        <source>Replacing letters by look-alikes (0 for o, @ for a, 3 for e) does not make a word harder to guess.</source>
        <translation>Buchstaben durch ähnlich aussehende Zeichen zu ersetzen (0 für o, @ für a, 3 für e), macht ein Wort nicht schwerer zu erraten.</translation>
    </message>
    <message>
        <source>A word followed by digits and a sign, such as Bonjour2024#, is one of the first things attackers try.</source>
        <translation>Ein Wort, gefolgt von Ziffern und einem Zeichen, zum Beispiel Bonjour2024#, gehört zu dem, was Angreifer zuerst ausprobieren.</translation>
    </message>
    <message>
        <source>It contains only digits. Mix letters and digits.</source>
        <translation>Es enthält nur Ziffern. Mischen Sie Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>It contains only letters. Mix letters and digits.</source>
        <translation>Es enthält nur Buchstaben. Mischen Sie Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>It is too short to be safe. Make it longer, with random letters and digits.</source>
        <translation>Es ist zu kurz, um sicher zu sein. Machen Sie es länger, mit zufälligen Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>A good password is not in a dictionary: it is made of random letters and digits and has at least {count} characters. A weak password can be guessed from a distance, over time, and then you can no longer be sure that you are the only one reading your mail. Do not hesitate to ask your administrator for a new password. You can still continue with this one.</source>
        <translation>Ein gutes Passwort steht in keinem Wörterbuch: Es besteht aus zufälligen Buchstaben und Ziffern und hat mindestens {count} Zeichen. Ein schwaches Passwort können Fremde über das Internet mit der Zeit erraten. Dann lesen vielleicht auch andere Ihre E-Mails. Bitten Sie ruhig Ihren Administrator um ein neues Passwort. Sie können aber auch mit diesem Passwort weitermachen.</translation>
    </message>
    <message>
        <source>The assistant did not keep your password: this computer has no password safe it can use.</source>
        <translation>Der Assistent hat Ihr Passwort nicht gespeichert: Auf diesem Computer gibt es keinen Passwortspeicher, den er nutzen kann.</translation>
    </message>
    <message>
        <source>This computer has no password safe that the assistant can use, so your password cannot be remembered. Everything else works as usual.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher, den der Assistent nutzen kann, deshalb kann Ihr Passwort nicht gespeichert werden. Alles andere funktioniert wie gewohnt.</translation>
    </message>
    <message>
        <source>The password safe of this computer is locked, so the assistant cannot use it. You can simply type your password.</source>
        <translation>Der Passwortspeicher dieses Computers ist gesperrt, deshalb kann der Assistent ihn nicht nutzen. Sie können Ihr Passwort einfach eingeben.</translation>
    </message>
    <message>
        <source>The password safe of this computer did not answer, so the assistant cannot use it. You can simply type your password.</source>
        <translation>Der Passwortspeicher dieses Computers hat nicht geantwortet, deshalb kann der Assistent ihn nicht nutzen. Sie können Ihr Passwort einfach eingeben.</translation>
    </message>
    <message>
        <source>Your password is saved in the password safe of this computer.</source>
        <translation>Ihr Passwort ist im Passwortspeicher dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>The saved password has been removed from this computer.</source>
        <translation>Das gespeicherte Passwort wurde von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>There was no saved password to remove.</source>
        <translation>Es gab kein gespeichertes Passwort zum Löschen.</translation>
    </message>
    <message>
        <source>A password for {username} is saved on this computer from an earlier setup. You can use it, or forget it.</source>
        <translation>Im Passwortspeicher dieses Computers ist von einer früheren Einrichtung noch ein Passwort für {username} gespeichert. Sie können es verwenden oder löschen.</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Send a &amp;test message to myself</source>
        <translation>Eine &amp;Testnachricht an Ihre eigene Adresse senden</translation>
    </message>
    <message>
        <source>Sends one short message to your own address, waits until it arrives and deletes it again.</source>
        <translation>Sendet eine kurze Nachricht an Ihre eigene Adresse, wartet, bis sie ankommt, und löscht sie wieder.</translation>
    </message>
</context>
<context>
    <name>TestReport</name>
    <message>
        <source>For the helpdesk: this report shows what the test did and what the servers answered. It never contains your password.</source>
        <translation>Für den Helpdesk: Dieser Bericht zeigt, was der Test gemacht hat und was die Server geantwortet haben. Ihr Passwort steht nie darin.</translation>
    </message>
    <message>
        <source>Show my &amp;username in it</source>
        <translation>Ihren Benutzernamen im Bericht &amp;anzeigen</translation>
    </message>
    <message>
        <source>Otherwise your username is partly hidden with stars.</source>
        <translation>Sonst wird Ihr Benutzername teilweise durch Sternchen verdeckt.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the report, without your password, so that you can paste it.</source>
        <translation>Kopiert den Bericht ohne Ihr Passwort, damit Sie ihn einfügen können.</translation>
    </message>
    <message>
        <source>Copied. Paste the report into your e-mail to the helpdesk.</source>
        <translation>Kopiert. Fügen Sie den Bericht in Ihre E-Mail an den Helpdesk ein.</translation>
    </message>
</context>
<context>
    <name>Unattended</name>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The account was not tested: no password was given. The mail programs ask for it at their first start.</source>
        <translation>Das Konto wurde nicht getestet: Es wurde kein Passwort angegeben. Die E-Mail-Programme fragen beim ersten Start danach.</translation>
    </message>
    <message>
        <source>No mail program that the assistant can set up was found.</source>
        <translation>Es wurde kein E-Mail-Programm gefunden, das der Assistent einrichten kann.</translation>
    </message>
    <message>
        <source>The password is saved in this computer&apos;s password safe.</source>
        <translation>Das Passwort ist im Passwortspeicher dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>The password could not be saved in this computer&apos;s password safe ({reason}).</source>
        <translation>Das Passwort konnte nicht im Passwortspeicher dieses Computers gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Log file: {file}</source>
        <translation>Logdatei: {file}</translation>
    </message>
    <message>
        <source>The account works: it can receive and send mail.</source>
        <translation>Das Konto funktioniert: Es kann E-Mails empfangen und senden.</translation>
    </message>
    <message>
        <source>The account does not work: nothing was set up.</source>
        <translation>Das Konto funktioniert nicht: Es wurde nichts eingerichtet.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Recommended settings</source>
        <translation>Empfohlene Einstellungen</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <source>Your mail stays on the all2all server: you see the same mail on this computer, on your phone and in webmail.</source>
        <translation>Ihre E-Mails bleiben auf dem all2all-Server: Sie sehen dieselben E-Mails auf diesem Computer, auf Ihrem GSM und im Webmail.</translation>
    </message>
    <message numerus="yes">
        <source>Your mail is downloaded to this computer. A copy stays on the server for %n day(s).</source>
        <translation>
            <numerusform>Ihre E-Mails werden auf diesen Computer heruntergeladen. Eine Kopie bleibt %n Tag lang auf dem Server.</numerusform>
            <numerusform>Ihre E-Mails werden auf diesen Computer heruntergeladen. Eine Kopie bleibt %n Tage lang auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mail is downloaded to this computer and removed from the server.</source>
        <translation>Ihre E-Mails werden auf diesen Computer heruntergeladen und vom Server gelöscht.</translation>
    </message>
    <message>
        <source>Your mail is sent through all2all&apos;s own server, which works on almost every network.</source>
        <translation>Ihre E-Mails werden über den eigenen Server von all2all gesendet, der in fast jedem Netz funktioniert.</translation>
    </message>
    <message>
        <source>Your mail is sent through your internet provider&apos;s server ({server}).</source>
        <translation>Ihre E-Mails werden über den Server Ihres Internetanbieters gesendet ({server}).</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Set up your all2all mail on this computer.</source>
        <translation>Richten Sie Ihr all2all-E-Mail-Konto auf diesem Computer ein.</translation>
    </message>
    <message>
        <source>This assistant tests your all2all account and adds it to your mail program. It takes about two minutes.</source>
        <translation>Dieser Assistent testet Ihr all2all-Konto und richtet es in Ihrem E-Mail-Programm ein. Das dauert etwa zwei Minuten.</translation>
    </message>
    <message>
        <source>You need what your administrator gave you: your e-mail address, your username (for example user0001) and your password.</source>
        <translation>Halten Sie bereit, was Sie von Ihrem Administrator erhalten haben: Ihre E-Mail-Adresse, Ihren Benutzernamen (zum Beispiel user0001) und Ihr Passwort.</translation>
    </message>
    <message>
        <source>&amp;Change these settings…</source>
        <translation>Diese &amp;Einstellungen ändern…</translation>
    </message>
    <message>
        <source>Choose how your mail is kept and how it is sent.</source>
        <translation>Wählen Sie, wie Ihre E-Mails aufbewahrt und wie sie gesendet werden.</translation>
    </message>
    <message>
        <source>Nothing changes on this computer until you press Set up.</source>
        <translation>Erst wenn Sie auf „Einrichten“ klicken, wird auf diesem Computer etwas geändert.</translation>
    </message>
    <message>
        <source>Chec&amp;k the all2all set-up I already have</source>
        <translation>Bestehende all2all-Einrichtung &amp;prüfen</translation>
    </message>
    <message>
        <source>Looks for the all2all accounts already in your mail programs and repairs what is wrong.</source>
        <translation>Sucht die all2all-Konten, die schon in Ihren E-Mail-Programmen sind, und repariert, was nicht stimmt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of this assistant.</source>
        <translation>Die Sprache dieses Assistenten.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
</TS>
