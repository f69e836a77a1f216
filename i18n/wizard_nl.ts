<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_BE">
<context>
    <name>AccountPage</name>
    <message>
        <source>New password for my mailbox {email}</source>
        <translation>Nieuw wachtwoord voor mijn mailbox {email}</translation>
    </message>
    <message>
        <source>Hello,

The all2all setup assistant tells me that the password of my mailbox is weak. Could you give me a new, stronger password?

E-mail address: {email}
Username: {username}

Thank you,
{name}</source>
        <translation>Goedendag,

De assistent om all2all-mail in te stellen zegt dat het wachtwoord van mijn mailbox te zwak is. Kunt u mij een nieuw, sterker wachtwoord geven?

E-mailadres: {email}
Gebruikersnaam: {username}

Alvast bedankt,
{name}</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Uw account</translation>
    </message>
    <message>
        <source>Type these details exactly as you received them from your administrator.</source>
        <translation>Typ deze gegevens precies zoals u ze van uw beheerder gekregen hebt.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>Shown to the people you write to, for example Marie Peeters.</source>
        <translation>Dit zien de mensen naar wie u schrijft, bijvoorbeeld Marie Peeters.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>Your all2all e-mail address, exactly as your administrator wrote it.</source>
        <translation>Uw all2all e-mailadres, precies zoals uw beheerder het geschreven heeft.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Your login, for example user0001. This is not your e-mail address.</source>
        <translation>Uw login, bijvoorbeeld user0001. Dit is niet uw e-mailadres.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>The password that goes with your username.</source>
        <translation>Het wachtwoord dat bij uw gebruikersnaam hoort.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>Wachtwoord &amp;zichtbaar maken</translation>
    </message>
    <message>
        <source>Shows the password as plain text, so you can check what you typed.</source>
        <translation>Toont het wachtwoord als gewone tekst, zodat u kunt nakijken wat u getypt hebt.</translation>
    </message>
    <message>
        <source>&amp;Ask my administrator for a new password</source>
        <translation>Mijn &amp;beheerder om een nieuw wachtwoord vragen</translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program. Your password is not in it.</source>
        <translation>Opent een nieuw bericht aan uw beheerder in uw e-mailprogramma. Uw wachtwoord staat er niet in.</translation>
    </message>
    <message>
        <source>Use the sa&amp;ved password</source>
        <translation>Het bewaarde wachtwoord &amp;invullen</translation>
    </message>
    <message>
        <source>&amp;Forget the saved password</source>
        <translation>Het bewaarde wachtwoord ve&amp;rwijderen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The test message is sent from and to the account's address: give --email.</source>
        <translation>Het testbericht wordt van en naar het adres van het account gestuurd: geef --email op.</translation>
    </message>
    <message>
        <source>The time limit must be more than 0 and at most 600 seconds.</source>
        <translation>De tijdslimiet moet groter zijn dan 0 en ten hoogste 600 seconden.</translation>
    </message>
    <message>
        <source>The certificate file {file} cannot be used ({reason}).</source>
        <translation>Het certificaatbestand {file} kan niet gebruikt worden ({reason}).</translation>
    </message>
    <message>
        <source>Give all2all, the id of an internet provider's server, or HOST:PORT.</source>
        <translation>Geef all2all, de id van een server van een internetprovider, of HOST:PORT.</translation>
    </message>
    <message>
        <source>Your account works: you can receive and send mail.</source>
        <translation>Uw account werkt: u kunt mail ontvangen en versturen.</translation>
    </message>
    <message>
        <source>Your account does not work yet.</source>
        <translation>Uw account werkt nog niet.</translation>
    </message>
    <message>
        <source>Largest message the server accepts: {size} MB</source>
        <translation>Grootste bericht dat de server aanvaardt: {size} MB</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} is geen map.</translation>
    </message>
    <message>
        <source>This account cannot be saved in this kind of file ({reason}).</source>
        <translation>Deze account kan niet in dit soort bestand bewaard worden ({reason}).</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}).</source>
        <translation>{file} kon niet geschreven worden ({reason}).</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Proefdraaien: er werd niets geschreven.</translation>
    </message>
    <message>
        <source>An unexpected error happened.</source>
        <translation>Er is een onverwachte fout opgetreden.</translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation>De details staan in {file}.</translation>
    </message>
    <message>
        <source>The file with all2all's server settings cannot be used: {reason}</source>
        <translation>Het bestand met de serverinstellingen van all2all kan niet gebruikt worden: {reason}</translation>
    </message>
    <message>
        <source>No supported mail program was found for this user.</source>
        <translation>Voor deze gebruiker werd geen ondersteund e-mailprogramma gevonden.</translation>
    </message>
    <message>
        <source>profile {name}: {path} (default)</source>
        <translation>profiel {name}: {path} (standaard)</translation>
    </message>
    <message>
        <source>profile {name}: {path}</source>
        <translation>profiel {name}: {path}</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>Wachtwoord (wordt niet getoond): </translation>
    </message>
    <message>
        <source>The password on standard input is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Het wachtwoord op de standaardinvoer is geen UTF-8-tekst. Bewaar het als UTF-8 en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The password on standard input is far too long.</source>
        <translation>Het wachtwoord op de standaardinvoer is veel te lang.</translation>
    </message>
    <message>
        <source>The environment variable {name} holds no password.</source>
        <translation>De omgevingsvariabele {name} bevat geen wachtwoord.</translation>
    </message>
    <message>
        <source>The password contains invisible characters, such as a tab or a second line. A password cannot contain them.</source>
        <translation>Het wachtwoord bevat onzichtbare tekens, zoals een tab of een tweede regel. Een wachtwoord mag die niet bevatten.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Geen wachtwoord op de standaardinvoer.</translation>
    </message>
    <message>
        <source>{option} only goes with --fix.</source>
        <translation>{option} kan alleen samen met --fix.</translation>
    </message>
    <message>
        <source>This folder does not exist: {path}</source>
        <translation>Deze map bestaat niet: {path}</translation>
    </message>
    <message>
        <source>This folder holds neither a Thunderbird profile (prefs.js) nor Evolution's accounts (.source files): {path}</source>
        <translation>Deze map bevat geen Thunderbird-profiel (prefs.js) en geen accounts van Evolution (.source-bestanden): {path}</translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Kopie van de vorige instellingen: {file}</translation>
    </message>
    <message>
        <source>{option} is required.</source>
        <translation>{option} is verplicht.</translation>
    </message>
    <message>
        <source>{option}: this mail program is not supported. Possible values: {values}.</source>
        <translation>{option}: dit e-mailprogramma wordt niet ondersteund. Mogelijke waarden: {values}.</translation>
    </message>
    <message>
        <source>{option}: the number must be between {minimum} and {maximum}.</source>
        <translation>{option}: het getal moet tussen {minimum} en {maximum} liggen.</translation>
    </message>
    <message>
        <source>The time limit must be more than 0 and at most {seconds} seconds.</source>
        <translation>De tijdslimiet moet groter zijn dan 0 en ten hoogste {seconds} seconden.</translation>
    </message>
    <message>
        <source>Give a server name and an IP address, for example {example}.</source>
        <translation>Geef een servernaam en een IP-adres op, bijvoorbeeld {example}.</translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <source>To go on without {client}, untick it above and press Set up.</source>
        <translation>Om verder te gaan zonder {client}, vinkt u het hierboven uit en klikt u op Instellen.</translation>
    </message>
    <message>
        <source>{client} was not found on this computer. If you install it later, you can add the account yourself with the settings shown at the end; or install it now, start it once, close it and press Retry.</source>
        <translation>{client} werd niet gevonden op deze computer. Als u het later installeert, kunt u de account zelf toevoegen met de instellingen die op het einde getoond worden. U kunt het ook nu installeren, een keer starten en weer sluiten, en dan op Opnieuw proberen klikken.</translation>
    </message>
    <message>
        <source>Set up the account in {client}</source>
        <translation>De account instellen in {client}</translation>
    </message>
    <message>
        <source>Untick this to leave {client} as it is.</source>
        <translation>Vink dit uit om {client} te laten zoals het is.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Looks at {client} and its settings again.</source>
        <translation>Kijkt opnieuw naar {client} en zijn instellingen.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <source>Which {client} you use: the classic one or the new one.</source>
        <translation>Welke {client} u gebruikt: de klassieke of de nieuwe.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profiel:</translation>
    </message>
    <message>
        <source>{client} keeps its settings in a profile. Folder: {folder}</source>
        <translation>{client} bewaart zijn instellingen in een profiel. Map: {folder}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Use the outgoing server &amp;chosen in this assistant ({server})</source>
        <translation>De uitgaande mailserver ge&amp;kozen in deze assistent gebruiken ({server})</translation>
    </message>
    <message>
        <source>A new outgoing server is added to {client} only if it does not have it yet.</source>
        <translation>Een nieuwe uitgaande mailserver wordt alleen aan {client} toegevoegd als die er nog niet in staat.</translation>
    </message>
    <message>
        <source>Share an &amp;existing outgoing server of {client}</source>
        <translation>&amp;Een bestaande uitgaande mailserver van {client} delen</translation>
    </message>
    <message>
        <source>If you already send mail from {client} with another account, you can share its outgoing server with your all2all account.</source>
        <translation>Als u in {client} al mail verstuurt met een andere account, kunt u die uitgaande mailserver delen met uw all2all-account.</translation>
    </message>
    <message>
        <source>&amp;Outgoing server to share:</source>
        <translation>&amp;Uitgaande mailserver om te delen:</translation>
    </message>
    <message>
        <source>Only a server of your internet provider sends for every address; another mail service's server may refuse mail from your all2all address.</source>
        <translation>Alleen een server van uw internetprovider verstuurt mail voor elk adres; de server van een andere maildienst kan mail van uw all2all-adres weigeren.</translation>
    </message>
    <message>
        <source>Outgoing server to share</source>
        <translation>Uitgaande mailserver om te delen</translation>
    </message>
    <message>
        <source>Empty the &amp;trash when {client} closes</source>
        <translation>De prullenbak &amp;leegmaken wanneer {client} sluit</translation>
    </message>
    <message>
        <source>Deleted messages stay on the server, and count towards your {quota} MB, until the trash is emptied. all2all recommends emptying it regularly.</source>
        <translation>Verwijderde berichten blijven op de server, en tellen mee voor uw {quota} MB, tot de prullenbak leeggemaakt wordt. all2all raadt aan om die regelmatig leeg te maken.</translation>
    </message>
    <message>
        <source>Let {client} &amp;add the account itself (experimental)</source>
        <translation>{client} de account zelf laten &amp;toevoegen (experimenteel)</translation>
    </message>
    <message>
        <source>Opens {client} with a file that adds a new profile with your account. If that does not work, follow the steps shown at the end.</source>
        <translation>Opent {client} met een bestand dat een nieuw profiel met uw account toevoegt. Lukt dat niet, volg dan de stappen die op het einde getoond worden.</translation>
    </message>
    <message>
        <source>&amp;Give {client} my password through this computer's password safe</source>
        <translation>&amp;Geef {client} mijn wachtwoord via de wachtwoordkluis van deze computer</translation>
    </message>
    <message>
        <source>Then {client} does not ask for it. Untick this to type it in {client} yourself.</source>
        <translation>Dan vraagt {client} er niet om. Vink dit uit om het zelf in {client} te typen.</translation>
    </message>
    <message>
        <source>What will be written:</source>
        <translation>Wat er geschreven wordt:</translation>
    </message>
    <message>
        <source>Show the &amp;details</source>
        <translation>&amp;Details tonen</translation>
    </message>
    <message>
        <source>Shows every setting that will be written, for your administrator.</source>
        <translation>Toont elke instelling die geschreven wordt, voor uw beheerder.</translation>
    </message>
    <message>
        <source>Settings that will be written</source>
        <translation>Instellingen die geschreven worden</translation>
    </message>
    <message>
        <source>One line per setting, as written in the file.</source>
        <translation>Eén regel per instelling, zoals ze in het bestand komt.</translation>
    </message>
    <message>
        <source>{profile} (the one {client} opens)</source>
        <translation>{profile} (het profiel dat {client} opent)</translation>
    </message>
    <message>
        <source>{host}, port {port}, login {login}</source>
        <translation>{host}, poort {port}, gebruikersnaam {login}</translation>
    </message>
    <message>
        <source>{host}, port {port}, no password</source>
        <translation>{host}, poort {port}, zonder wachtwoord</translation>
    </message>
    <message>
        <source>New file: {file}</source>
        <translation>Nieuw bestand: {file}</translation>
    </message>
    <message>
        <source>File changed: {file}</source>
        <translation>Gewijzigd bestand: {file}</translation>
    </message>
    <message>
        <source>A copy of this file is kept next to it first, so nothing is lost.</source>
        <translation>Eerst wordt er een kopie van dit bestand naast bewaard, zodat er niets verloren gaat.</translation>
    </message>
    <message>
        <source>Your password is not written into this file.</source>
        <translation>Uw wachtwoord wordt niet in dit bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Niet getest</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} sec.</translation>
    </message>
    <message>
        <source>{host}, port {port}</source>
        <translation>{host}, poort {port}</translation>
    </message>
    <message>
        <source>Testing your account the way your mail program will use it…</source>
        <translation>Uw account wordt getest zoals uw mailprogramma het zal gebruiken…</translation>
    </message>
    <message>
        <source>Press Test again to start the test once more.</source>
        <translation>Klik op Opnieuw testen om de test nog eens te starten.</translation>
    </message>
    <message>
        <source>Receiving mail works. Your internet provider's outgoing server could not be reached from here, which is normal outside that provider's network.</source>
        <translation>Mail ontvangen werkt. De uitgaande mailserver van uw internetprovider was van hieruit niet bereikbaar. Dat is normaal buiten het netwerk van die provider.</translation>
    </message>
    <message>
        <source>Everything works: you can receive and send mail. Press Next to continue.</source>
        <translation>Alles werkt: u kunt mail ontvangen en versturen. Klik op Volgende om verder te gaan.</translation>
    </message>
    <message>
        <source>Your account does not work yet. Below you see what went wrong and what to do.</source>
        <translation>Uw account werkt nog niet. Hieronder ziet u wat er misliep en wat u kunt doen.</translation>
    </message>
    <message>
        <source>The test starts when this page is shown.</source>
        <translation>De test start zodra deze pagina getoond wordt.</translation>
    </message>
    <message>
        <source>Time so far: {time}</source>
        <translation>Tijd tot nu toe: {time}</translation>
    </message>
    <message>
        <source>Finished in {time}</source>
        <translation>Klaar in {time}</translation>
    </message>
    <message>
        <source>Stopped after {time}</source>
        <translation>Gestopt na {time}</translation>
    </message>
    <message>
        <source>Receiving and sending mail</source>
        <translation>Mail ontvangen en versturen</translation>
    </message>
    <message>
        <source>{where}: {explanation}
What to do: {advice}</source>
        <translation>{where}: {explanation}
Wat kunt u doen: {advice}</translation>
    </message>
    <message>
        <source>{used} MB of {limit} MB used</source>
        <translation>{used} MB van {limit} MB gebruikt</translation>
    </message>
    <message>
        <source>The outgoing server accepts messages up to {size} MB, less than the {max} MB your mailbox allows. Larger messages, attachments included, will be refused.</source>
        <translation>De uitgaande mailserver aanvaardt berichten tot {size} MB, minder dan de {max} MB die uw mailbox toelaat. Grotere berichten, bijlagen inbegrepen, worden geweigerd.</translation>
    </message>
    <message>
        <source>Testing your account</source>
        <translation>Uw account testen</translation>
    </message>
    <message>
        <source>The wizard connects to the servers exactly as your mail program will.</source>
        <translation>De assistent maakt verbinding met de servers, precies zoals uw mailprogramma dat zal doen.</translation>
    </message>
    <message>
        <source>&amp;Stop the test</source>
        <translation>Test &amp;stoppen</translation>
    </message>
    <message>
        <source>Stops the test at once.</source>
        <translation>Stopt de test onmiddellijk.</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>&amp;Opnieuw testen</translation>
    </message>
    <message>
        <source>Runs the whole test again from the beginning.</source>
        <translation>Voert de hele test opnieuw uit, van bij het begin.</translation>
    </message>
    <message>
        <source>Space in your mailbox</source>
        <translation>Ruimte in uw mailbox</translation>
    </message>
    <message>
        <source>Space used in your mailbox</source>
        <translation>Gebruikte ruimte in uw mailbox</translation>
    </message>
    <message>
        <source>Help from the helpdesk</source>
        <translation>Hulp van de helpdesk</translation>
    </message>
    <message>
        <source>If something does not work, copy this report and paste it into an e-mail to the helpdesk. It shows what the test did and what the servers answered. It never contains your password.</source>
        <translation>Werkt er iets niet? Kopieer dan dit rapport en plak het in een e-mail aan de helpdesk. Het toont wat de test gedaan heeft en wat de servers antwoordden. Uw wachtwoord staat er nooit in.</translation>
    </message>
    <message>
        <source>Show my &amp;username in the report</source>
        <translation>Mijn &amp;gebruikersnaam in het rapport tonen</translation>
    </message>
    <message>
        <source>Otherwise your username is partly hidden with stars.</source>
        <translation>Anders wordt uw gebruikersnaam gedeeltelijk verborgen met sterretjes.</translation>
    </message>
    <message>
        <source>&amp;Copy report for the helpdesk</source>
        <translation>Rapport voor de helpdesk &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copies the report, without your password, so that you can paste it.</source>
        <translation>Kopieert het rapport, zonder uw wachtwoord, zodat u het kunt plakken.</translation>
    </message>
    <message>
        <source>Copied. Paste the report into your e-mail to the helpdesk.</source>
        <translation>Gekopieerd. Plak het rapport in uw e-mail aan de helpdesk.</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>The Copy button next to it puts this value on the clipboard.</source>
        <translation>De knop Kopiëren ernaast zet deze waarde op het klembord.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Copy {what}</source>
        <translation>{what} kopiëren</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>No all2all account was found in Thunderbird or Evolution.</source>
        <translation>Er werd geen all2all-account gevonden in Thunderbird of Evolution.</translation>
    </message>
    <message>
        <source>{client}: {login} ({protocol}) in {profile}</source>
        <translation>{client}: {login} ({protocol}) in {profile}</translation>
    </message>
    <message>
        <source>Nothing to repair.</source>
        <translation>Niets te herstellen.</translation>
    </message>
    <message>
        <source>{severity}: {title} ({state})</source>
        <translation>{severity}: {title} ({state})</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Wat nu: {advice}</translation>
    </message>
    <message>
        <source>Everything that was wrong is repaired.</source>
        <translation>Alles wat fout stond, is hersteld.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Incoming mail is fetched without encryption</source>
        <translation>Inkomende mail wordt zonder versleuteling opgehaald</translation>
    </message>
    <message>
        <source>Incoming mail uses STARTTLS instead of SSL/TLS</source>
        <translation>Inkomende mail gebruikt STARTTLS in plaats van SSL/TLS</translation>
    </message>
    <message>
        <source>Incoming mail uses the wrong port</source>
        <translation>Inkomende mail gebruikt de verkeerde poort</translation>
    </message>
    <message>
        <source>Incoming mail uses the wrong kind of password</source>
        <translation>Inkomende mail gebruikt de verkeerde soort wachtwoord</translation>
    </message>
    <message>
        <source>Mail is sent to all2all's server on port 25</source>
        <translation>Mail wordt naar de server van all2all gestuurd via poort 25</translation>
    </message>
    <message>
        <source>Mail is sent to all2all's server without encryption</source>
        <translation>Mail wordt zonder versleuteling naar de server van all2all gestuurd</translation>
    </message>
    <message>
        <source>Mail is sent with STARTTLS instead of SSL/TLS</source>
        <translation>Mail wordt verstuurd met STARTTLS in plaats van SSL/TLS</translation>
    </message>
    <message>
        <source>Mail is sent on the wrong port</source>
        <translation>Mail wordt via de verkeerde poort verstuurd</translation>
    </message>
    <message>
        <source>Mail is sent to all2all's server without logging in</source>
        <translation>Mail wordt naar de server van all2all gestuurd zonder aan te melden</translation>
    </message>
    <message>
        <source>Mail is sent with the wrong kind of password</source>
        <translation>Mail wordt verstuurd met de verkeerde soort wachtwoord</translation>
    </message>
    <message>
        <source>Mail is sent with another all2all login</source>
        <translation>Mail wordt verstuurd met een andere all2all-gebruikersnaam</translation>
    </message>
    <message>
        <source>The outgoing server set for this account does not exist</source>
        <translation>De uitgaande server die voor dit account ingesteld is, bestaat niet</translation>
    </message>
    <message>
        <source>This account uses another login</source>
        <translation>Dit account gebruikt een andere gebruikersnaam</translation>
    </message>
    <message>
        <source>Mail is deleted from the server once downloaded</source>
        <translation>Mail wordt van de server verwijderd zodra hij opgehaald is</translation>
    </message>
    <message>
        <source>Two accounts for the same mailbox</source>
        <translation>Twee accounts voor dezelfde mailbox</translation>
    </message>
    <message>
        <source>Your password and your mail travel over the internet as readable text. all2all expects a secure connection (SSL/TLS) on port {incoming_port}.</source>
        <translation>Uw wachtwoord en uw mail gaan als leesbare tekst over het internet. all2all verwacht een beveiligde verbinding (SSL/TLS) op poort {incoming_port}.</translation>
    </message>
    <message>
        <source>The connection is secured only after it starts (STARTTLS). all2all's guide says SSL/TLS from the start, on port {incoming_port}.</source>
        <translation>De verbinding wordt pas beveiligd nadat ze begonnen is (STARTTLS). De handleiding van all2all zegt SSL/TLS vanaf het begin, op poort {incoming_port}.</translation>
    </message>
    <message>
        <source>all2all's server waits for this on port {incoming_port}; on another port the mail program cannot connect.</source>
        <translation>De server van all2all wacht hiervoor op poort {incoming_port}; op een andere poort kan het e-mailprogramma geen verbinding maken.</translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method the login fails.</source>
        <translation>all2all verwacht het gewone wachtwoord, verstuurd binnen de beveiligde verbinding. Met een andere methode mislukt het aanmelden.</translation>
    </message>
    <message>
        <source>Port 25 is for servers talking to each other: many networks block it, and all2all expects your mail on port {smtp_port} with SSL/TLS and your login.</source>
        <translation>Poort 25 is voor servers die onderling mail uitwisselen: veel netwerken blokkeren hem, en all2all verwacht uw mail op poort {smtp_port}, met SSL/TLS en uw gebruikersnaam.</translation>
    </message>
    <message>
        <source>Your password and what you send travel over the internet as readable text. all2all expects SSL/TLS on port {smtp_port}.</source>
        <translation>Uw wachtwoord en wat u verstuurt, gaan als leesbare tekst over het internet. all2all verwacht SSL/TLS op poort {smtp_port}.</translation>
    </message>
    <message>
        <source>The connection is secured only after it starts (STARTTLS). all2all's guide says SSL/TLS from the start, on port {smtp_port}.</source>
        <translation>De verbinding wordt pas beveiligd nadat ze begonnen is (STARTTLS). De handleiding van all2all zegt SSL/TLS vanaf het begin, op poort {smtp_port}.</translation>
    </message>
    <message>
        <source>all2all's outgoing server waits on port {smtp_port}; on another port sending fails.</source>
        <translation>De uitgaande server van all2all wacht op poort {smtp_port}; op een andere poort mislukt het versturen.</translation>
    </message>
    <message>
        <source>all2all only sends mail for people who log in with their all2all login and password; without it, sending is refused.</source>
        <translation>all2all verstuurt alleen mail voor wie zich aanmeldt met zijn all2all-gebruikersnaam en -wachtwoord; zonder wordt het versturen geweigerd.</translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method sending fails.</source>
        <translation>all2all verwacht het gewone wachtwoord, verstuurd binnen de beveiligde verbinding. Met een andere methode mislukt het versturen.</translation>
    </message>
    <message>
        <source>The outgoing server logs in with another all2all login than the one this account receives mail with, so the server may refuse your address.</source>
        <translation>De uitgaande server meldt zich aan met een andere all2all-gebruikersnaam dan die waarmee dit account mail ontvangt; de server kan uw adres dan weigeren.</translation>
    </message>
    <message>
        <source>The account points at an outgoing server that is no longer there, so nothing can be sent from it.</source>
        <translation>Het account verwijst naar een uitgaande server die er niet meer is; er kan dus niets mee verstuurd worden.</translation>
    </message>
    <message>
        <source>This all2all account logs in with another login than the one you gave. It may be an old login, or another person's mailbox.</source>
        <translation>Dit all2all-account meldt zich aan met een andere gebruikersnaam dan die u opgaf. Het kan een oude gebruikersnaam zijn, of de mailbox van iemand anders.</translation>
    </message>
    <message>
        <source>With POP3 the mail program removes your mail from the server after downloading it, so the webmail and your other devices no longer see it.</source>
        <translation>Met POP3 verwijdert het e-mailprogramma uw mail van de server nadat het hem opgehaald heeft; de webmail en uw andere toestellen zien hem dan niet meer.</translation>
    </message>
    <message>
        <source>The same mailbox is set up twice in this mail program. Mail then shows twice, or one account (POP3) takes it away from the other.</source>
        <translation>Dezelfde mailbox is twee keer ingesteld in dit e-mailprogramma. Mail verschijnt dan dubbel, of het ene account (POP3) neemt hem weg voor het andere.</translation>
    </message>
    <message>
        <source>If the login is old, remove this account and set up all2all again. If it is another person's mailbox, leave it.</source>
        <translation>Is de gebruikersnaam oud, verwijder dan dit account en stel all2all opnieuw in. Is het de mailbox van iemand anders, laat het dan zo.</translation>
    </message>
    <message>
        <source>Keep one of the two accounts and remove the other in the mail program's account settings (its local mail stays on this computer).</source>
        <translation>Houd een van de twee accounts en verwijder het andere in de accountinstellingen van het e-mailprogramma (de mail die het lokaal bewaart, blijft op deze computer).</translation>
    </message>
    <message>
        <source>Press Repair: a copy then stays on the server for {days} days (you can change that in the mail program's account settings).</source>
        <translation>Klik op Herstellen: er blijft dan {days} dagen een kopie op de server (u kunt dat wijzigen in de accountinstellingen van het e-mailprogramma).</translation>
    </message>
    <message>
        <source>Press Repair to set it right; nothing else in the mail program changes.</source>
        <translation>Klik op Herstellen om het recht te zetten; verder verandert er niets in het e-mailprogramma.</translation>
    </message>
    <message>
        <source>Run the command again with --fix: a copy then stays on the server for {days} days (it can be changed in the mail program's account settings).</source>
        <translation>Voer de opdracht opnieuw uit met --fix: er blijft dan {days} dagen een kopie op de server (dat kan gewijzigd worden in de accountinstellingen van het e-mailprogramma).</translation>
    </message>
    <message>
        <source>Run the command again with --fix to set it right; nothing else in the mail program changes.</source>
        <translation>Voer de opdracht opnieuw uit met --fix om het recht te zetten; verder verandert er niets in het e-mailprogramma.</translation>
    </message>
    <message>
        <source>If the login is old, remove this account (all2all-setup remove) and set up all2all again. If it is another person's mailbox, leave it.</source>
        <translation>Is de gebruikersnaam oud, verwijder dan dit account (all2all-setup remove) en stel all2all opnieuw in. Is het de mailbox van iemand anders, laat het dan zo.</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>hersteld</translation>
    </message>
    <message>
        <source>can be repaired</source>
        <translation>kan hersteld worden</translation>
    </message>
    <message>
        <source>to be done by hand</source>
        <translation>zelf te doen</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>No mail program was set up. To read your mail in a mail program, add the account there with the settings below.</source>
        <translation>Er werd geen e-mailprogramma ingesteld. Om uw mail in een e-mailprogramma te lezen, voegt u de account daar toe met de instellingen hieronder.</translation>
    </message>
    <message>
        <source>Profile folder: {folder}</source>
        <translation>Profielmap: {folder}</translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Kopie van de vorige instellingen: {file}</translation>
    </message>
    <message>
        <source>To finish, approve the profile on this Mac:</source>
        <translation>Keur tot slot het profiel goed op deze Mac:</translation>
    </message>
    <message>
        <source>The settings files were saved in {folder}:</source>
        <translation>De instellingenbestanden zijn bewaard in {folder}:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(niet getoond)</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Inkomende mail</translation>
    </message>
    <message>
        <source>{protocol} on {host}, port {port}, secure connection (SSL/TLS)</source>
        <translation>{protocol} op {host}, poort {port}, beveiligde verbinding (SSL/TLS)</translation>
    </message>
    <message>
        <source>Copy on the server</source>
        <translation>Kopie op de server</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Uitgaande mail</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Mailbox {quota} MB, messages up to {size} MB</source>
        <translation>Mailbox {quota} MB, berichten tot {size} MB</translation>
    </message>
    <message>
        <source>No: mail is removed from the server once downloaded</source>
        <translation>Nee: mail wordt van de server verwijderd zodra hij gedownload is</translation>
    </message>
    <message>
        <source>Yes, for {days} days</source>
        <translation>Ja, gedurende {days} dagen</translation>
    </message>
    <message>
        <source>{host}, port {port}, no password (works only on that provider's network)</source>
        <translation>{host}, poort {port}, zonder wachtwoord (werkt alleen op het netwerk van die provider)</translation>
    </message>
    <message>
        <source>{host}, port {port}, secure connection (SSL/TLS), same username and password</source>
        <translation>{host}, poort {port}, beveiligde verbinding (SSL/TLS), dezelfde gebruikersnaam en hetzelfde wachtwoord</translation>
    </message>
    <message>
        <source>Incoming server ({protocol})</source>
        <translation>Inkomende server ({protocol})</translation>
    </message>
    <message>
        <source>Incoming port</source>
        <translation>Inkomende poort</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Uitgaande server (SMTP)</translation>
    </message>
    <message>
        <source>Outgoing port</source>
        <translation>Uitgaande poort</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Vacation message or forwarding for my mailbox {email}</source>
        <translation>Vakantiebericht of doorsturen voor mijn mailbox {email}</translation>
    </message>
    <message>
        <source>Hello,

Could you set up a vacation message or forwarding for my all2all mailbox?

E-mail address: {email}
Username: {username}

What I would like:


Thank you,
{name}</source>
        <translation>Goedendag,

Kunt u een vakantiebericht of het doorsturen van mijn mail instellen voor mijn all2all-mailbox?

E-mailadres: {email}
Gebruikersnaam: {username}

Wat ik graag zou hebben:


Alvast bedankt,
{name}</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Uw instellingen</translation>
    </message>
    <message>
        <source>Check your settings. You can go back to change any of them.</source>
        <translation>Kijk uw instellingen na. U kunt teruggaan om er een te wijzigen.</translation>
    </message>
    <message>
        <source>Done: your settings are saved</source>
        <translation>Klaar: uw instellingen zijn bewaard</translation>
    </message>
    <message>
        <source>Below: where the files are, how to use them, and every setting.</source>
        <translation>Hieronder: waar de bestanden staan, hoe u ze gebruikt, en elke instelling.</translation>
    </message>
    <message>
        <source>Done: your account is set up</source>
        <translation>Klaar: uw account is ingesteld</translation>
    </message>
    <message>
        <source>Here is what was done, and every setting for later.</source>
        <translation>Hier ziet u wat er gedaan werd, en elke instelling voor later.</translation>
    </message>
    <message>
        <source>Done: a few steps are left for you</source>
        <translation>Klaar: er blijven nog enkele stappen voor u over</translation>
    </message>
    <message>
        <source>Below: what is left to do and how, and every setting for later.</source>
        <translation>Hieronder: wat er nog te doen blijft en hoe, en elke instelling voor later.</translation>
    </message>
    <message>
        <source>Mail programs</source>
        <translation>E-mailprogramma's</translation>
    </message>
    <message>
        <source>Open the &amp;folder with the files</source>
        <translation>Open de &amp;map met de bestanden</translation>
    </message>
    <message>
        <source>Shows the saved settings files in your file manager.</source>
        <translation>Toont de bewaarde instellingenbestanden in uw bestandsbeheerder.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Uw mail in de browser</translation>
    </message>
    <message>
        <source>You can also read your mail in any web browser at {url}. Log in with your username and password and choose the server "{server}". The first time, go to Settings, then Mail, and type your e-mail address exactly as you received it: it becomes the From address of the mail you send from webmail.</source>
        <translation>U kunt uw mail ook lezen in eender welke webbrowser op {url}. Meld u aan met uw gebruikersnaam en wachtwoord en kies de server "{server}". Ga de eerste keer naar «Instellingen» en dan «Post», en typ uw e-mailadres precies zoals u het gekregen hebt: dat wordt het adres in het veld «Van:» van de mail die u met webmail verstuurt.</translation>
    </message>
    <message>
        <source>Open &amp;webmail</source>
        <translation>&amp;Webmail openen</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Goed om te weten</translation>
    </message>
    <message>
        <source>Your mailbox holds {quota} MB. Empty the trash of your mail program regularly, because deleted messages stay on the server until then. A message can be at most {size} MB, attachments included.</source>
        <translation>Uw mailbox kan {quota} MB bevatten. Maak de prullenbak van uw e-mailprogramma regelmatig leeg, want verwijderde berichten blijven tot dan op de server staan. Een bericht mag hoogstens {size} MB groot zijn, bijlagen inbegrepen.</translation>
    </message>
    <message>
        <source>A vacation message or forwarding to another address is set up by your mail administrator, the person who gave you your username.</source>
        <translation>Een vakantiebericht of het doorsturen naar een ander adres laat u instellen door uw e-mailbeheerder: de persoon die u uw gebruikersnaam gegeven heeft.</translation>
    </message>
    <message>
        <source>Write to my &amp;administrator</source>
        <translation>Mail naar mijn &amp;beheerder</translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program.</source>
        <translation>Opent een nieuw bericht aan uw beheerder in uw e-mailprogramma.</translation>
    </message>
    <message>
        <source>To type in a phone or another program</source>
        <translation>Om in te typen op een gsm of in een ander programma</translation>
    </message>
    <message>
        <source>A phone or another mail program asks for these values. Copy each one with its button. The table above says which connection is secure.</source>
        <translation>Een gsm of een ander e-mailprogramma vraagt naar deze waarden. Kopieer ze elk met hun knop. De tabel hierboven zegt welke verbinding beveiligd is.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The assistant cannot start because one of its files is damaged. Please install it again, or ask your administrator for help.</source>
        <translation>De assistent kan niet starten omdat een van zijn bestanden beschadigd is. Installeer hem opnieuw of vraag uw beheerder om hulp.</translation>
    </message>
    <message>
        <source>Something went wrong in the assistant. Please try again. If it happens again, send this file to your administrator: {file}</source>
        <translation>Er is iets misgelopen in de assistent. Probeer het opnieuw. Gebeurt het nog eens, stuur dan dit bestand naar uw beheerder: {file}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <source>{client} is not set up for your user account on this computer.</source>
        <translation>{client} is op deze computer niet ingesteld voor uw gebruikersaccount.</translation>
    </message>
    <message>
        <source>The {client} profile folder no longer exists.</source>
        <translation>De profielmap van {client} bestaat niet meer.</translation>
    </message>
    <message>
        <source>{client} is open. It overwrites its settings when it closes, so they cannot be changed while it runs.</source>
        <translation>{client} is geopend. Het overschrijft zijn instellingen wanneer het sluit, dus ze kunnen niet gewijzigd worden zolang het draait.</translation>
    </message>
    <message>
        <source>The list of {client} profiles is damaged and cannot be read.</source>
        <translation>De lijst met profielen van {client} is beschadigd en kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>A settings file of {client} cannot be read.</source>
        <translation>Een instellingenbestand van {client} kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The {client} settings folder cannot be written to.</source>
        <translation>Er kan niet geschreven worden in de instellingenmap van {client}.</translation>
    </message>
    <message>
        <source>The disk is full: the {client} settings could not be saved.</source>
        <translation>De schijf is vol: de instellingen van {client} konden niet bewaard worden.</translation>
    </message>
    <message>
        <source>The {client} settings file is damaged. It was left exactly as it was.</source>
        <translation>Het instellingenbestand van {client} is beschadigd. Het werd precies gelaten zoals het was.</translation>
    </message>
    <message>
        <source>The {client} settings changed while the assistant was working. Nothing was written.</source>
        <translation>De instellingen van {client} zijn gewijzigd terwijl de assistent bezig was. Er werd niets geschreven.</translation>
    </message>
    <message>
        <source>The outgoing server you chose to share no longer exists in {client}.</source>
        <translation>De uitgaande mailserver die u wilde delen, bestaat niet meer in {client}.</translation>
    </message>
    <message>
        <source>The {client} settings could not be written. The original file was kept.</source>
        <translation>De instellingen van {client} konden niet geschreven worden. Het oorspronkelijke bestand werd bewaard.</translation>
    </message>
    <message>
        <source>The {client} settings did not read back correctly after writing. The original file was put back.</source>
        <translation>De instellingen van {client} konden na het schrijven niet correct teruggelezen worden. Het oorspronkelijke bestand werd teruggezet.</translation>
    </message>
    <message>
        <source>Add the account in {client} yourself with the settings shown at the end, or ask your administrator for help.</source>
        <translation>Voeg de account zelf toe in {client} met de instellingen die op het einde getoond worden, of vraag hulp aan uw beheerder.</translation>
    </message>
    <message>
        <source>Press Retry. If it fails again: {help}</source>
        <translation>Klik op Opnieuw proberen. Lukt het weer niet: {help}</translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then press Retry.</source>
        <translation>Installeer {client}, of start het een keer en sluit het weer, en klik dan op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Press Retry to look for the profiles again.</source>
        <translation>Klik op Opnieuw proberen om de profielen opnieuw te zoeken.</translation>
    </message>
    <message>
        <source>Close {client}, then press Retry.</source>
        <translation>Sluit {client} en klik dan op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then press Retry.</source>
        <translation>Maak wat ruimte vrij op de schijf en klik dan op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then press Retry.</source>
        <translation>Sluit {client} als het geopend is en klik dan op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Press Retry, then choose the outgoing server again.</source>
        <translation>Klik op Opnieuw proberen en kies dan opnieuw de uitgaande mailserver.</translation>
    </message>
    <message>
        <source>Add the account in {client} yourself, or ask your administrator for help.</source>
        <translation>Voeg de account zelf toe in {client}, of vraag hulp aan uw beheerder.</translation>
    </message>
    <message>
        <source>Run the command again. If it fails again: {help}</source>
        <translation>Voer de opdracht opnieuw uit. Lukt het weer niet: {help}</translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then run the command again.</source>
        <translation>Installeer {client}, of start het een keer en sluit het weer, en voer dan de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>Run the command again, or give the profile folder with --profile (all2all-setup clients lists them).</source>
        <translation>Voer de opdracht opnieuw uit, of geef de profielmap op met --profile (all2all-setup clients toont ze).</translation>
    </message>
    <message>
        <source>Close {client}, then run the command again.</source>
        <translation>Sluit {client} en voer dan de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then run the command again.</source>
        <translation>Maak wat ruimte vrij op de schijf en voer dan de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then run the command again.</source>
        <translation>Sluit {client} als het geopend is en voer dan de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>Run the command again without --reuse-outgoing, or with a server that {client} still has.</source>
        <translation>Voer de opdracht opnieuw uit zonder --reuse-outgoing, of met een server die {client} nog heeft.</translation>
    </message>
    <message>
        <source>The account was added to {client}.</source>
        <translation>De account werd toegevoegd aan {client}.</translation>
    </message>
    <message>
        <source>The account already existed in {client}: its settings were brought up to date, without making a second copy.</source>
        <translation>De account bestond al in {client}: de instellingen ervan werden bijgewerkt, zonder een tweede exemplaar te maken.</translation>
    </message>
    <message>
        <source>The account was already set up exactly like this in {client}: nothing was changed.</source>
        <translation>De account was al precies zo ingesteld in {client}: er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The settings for {client} were saved in this file: {file}</source>
        <translation>De instellingen voor {client} zijn bewaard in dit bestand: {file}</translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. Follow the steps below: every value can be copied with one click.</source>
        <translation>{client} laat andere programma's geen accounts toevoegen. Volg de stappen hieronder: elke waarde kunt u met één klik kopiëren.</translation>
    </message>
    <message>
        <source>{client} opened and adds your account as a new profile "{profile}". If {client} asks which profile to use, choose that one. If it does not work, follow the steps below.</source>
        <translation>{client} is geopend en voegt uw account toe als nieuw profiel "{profile}". Vraagt {client} welk profiel u wilt gebruiken, kies dan dat. Lukt het niet, volg dan de stappen hieronder.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation>Actie van u nodig</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <source>{client} will ask for your password once, the first time it starts after this. Type it then and let {client} remember it.</source>
        <translation>{client} vraagt één keer naar uw wachtwoord, de eerste keer dat het hierna start. Typ het dan in en laat {client} het onthouden.</translation>
    </message>
    <message>
        <source>An outgoing server that was already set up in {client} is shared with this account.</source>
        <translation>Een uitgaande mailserver die al ingesteld was in {client}, wordt gedeeld met deze account.</translation>
    </message>
    <message>
        <source>Your existing all2all outgoing server in {client} gets the right settings.</source>
        <translation>Uw bestaande uitgaande mailserver van all2all in {client} krijgt de juiste instellingen.</translation>
    </message>
    <message>
        <source>The "Local Folders" of {client} are created as well.</source>
        <translation>De "Lokale mappen" van {client} worden ook aangemaakt.</translation>
    </message>
    <message>
        <source>This becomes the main account of {client}.</source>
        <translation>Dit wordt de hoofdaccount van {client}.</translation>
    </message>
    <message>
        <source>Another account in {client} has the same name, so the protocol is added to this one's name.</source>
        <translation>Een andere account in {client} heeft dezelfde naam, dus het protocol wordt aan de naam van deze account toegevoegd.</translation>
    </message>
    <message>
        <source>This username is also set up in {client} with the other protocol (IMAP or POP3). Both accounts will be there.</source>
        <translation>Deze gebruikersnaam is in {client} ook ingesteld met het andere protocol (IMAP of POP3). Beide accounts zullen er staan.</translation>
    </message>
    <message>
        <source>{client} is open now: close it before you press Set up.</source>
        <translation>{client} is nu geopend: sluit het voordat u op Instellen klikt.</translation>
    </message>
    <message>
        <source>The {client} settings folder cannot be written to: setting up will fail.</source>
        <translation>Er kan niet geschreven worden in de instellingenmap van {client}: het instellen zal mislukken.</translation>
    </message>
    <message>
        <source>macOS adds the account to {client} only after you approve it in System Settings. The steps are shown at the end.</source>
        <translation>macOS voegt de account pas aan {client} toe nadat u hem goedkeurt in Systeeminstellingen. De stappen worden op het einde getoond.</translation>
    </message>
    <message>
        <source>The file could not be opened for you: double-click it in the Downloads folder.</source>
        <translation>Het bestand kon niet voor u geopend worden: dubbelklik erop in de map Downloads.</translation>
    </message>
    <message>
        <source>It replaces the file saved by an earlier run of the assistant.</source>
        <translation>Het vervangt het bestand dat een vorige keer door de assistent bewaard werd.</translation>
    </message>
    <message>
        <source>Your password was given to {client} through this computer's password safe: it will not ask for it.</source>
        <translation>Uw wachtwoord is via de wachtwoordkluis van deze computer aan {client} gegeven: het programma zal er niet om vragen.</translation>
    </message>
    <message>
        <source>Your password could not be given to {client}, because this computer's password safe is not available.</source>
        <translation>Uw wachtwoord kon niet aan {client} gegeven worden, omdat de wachtwoordkluis van deze computer niet beschikbaar is.</translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. At the end, the assistant shows you step by step how to add your account {email} in {profile}, with a copy button for every value.</source>
        <translation>{client} laat andere programma's geen accounts toevoegen. Op het einde toont de assistent u stap voor stap hoe u uw account {email} toevoegt in {profile}, met een kopieerknop bij elke waarde.</translation>
    </message>
    <message>
        <source>A settings profile for your account {email} will be saved in your Downloads folder and opened. You then approve it in System Settings.</source>
        <translation>Een instellingenprofiel voor uw account {email} wordt bewaard in uw map Downloads en geopend. Daarna keurt u het goed in Systeeminstellingen.</translation>
    </message>
    <message>
        <source>Your account {email} will be added to the {client} profile "{profile}".</source>
        <translation>Uw account {email} wordt toegevoegd aan het profiel "{profile}" van {client}.</translation>
    </message>
    <message>
        <source>Your account {email} already exists in the {client} profile "{profile}": its settings will be brought up to date, without making a second copy.</source>
        <translation>Uw account {email} bestaat al in het profiel "{profile}" van {client}: de instellingen ervan worden bijgewerkt, zonder een tweede exemplaar te maken.</translation>
    </message>
    <message>
        <source>Your account {email} is already set up exactly like this in the {client} profile "{profile}": nothing will be written.</source>
        <translation>Uw account {email} is al precies zo ingesteld in het profiel "{profile}" van {client}: er wordt niets geschreven.</translation>
    </message>
    <message>
        <source>Create the file {file}</source>
        <translation>Het bestand {file} aanmaken</translation>
    </message>
    <message>
        <source>Keep a copy of {file}</source>
        <translation>Een kopie van {file} bewaren</translation>
    </message>
    <message>
        <source>Add {key} = {new}</source>
        <translation>{key} = {new} toevoegen</translation>
    </message>
    <message>
        <source>Change {key} from {old} to {new}</source>
        <translation>{key} wijzigen van {old} naar {new}</translation>
    </message>
    <message>
        <source>macOS shows the notice "Profile downloaded". Open System Settings (Apple menu, System Settings).</source>
        <translation>macOS toont de melding "Profiel gedownload". Open Systeeminstellingen (Apple-menu, Systeeminstellingen).</translation>
    </message>
    <message>
        <source>On macOS 15 and later, choose General, then Device Management. On macOS 13 and 14, choose Privacy &amp; Security, then Profiles at the bottom.</source>
        <translation>Vanaf macOS 15 kiest u Algemeen en daarna Apparaatbeheer. In macOS 13 en 14 kiest u Privacy en beveiliging en daarna Profielen onderaan.</translation>
    </message>
    <message>
        <source>Double-click the profile "{profile}", click Install and confirm. Type the password of your Mac user account if asked.</source>
        <translation>Dubbelklik op het profiel "{profile}", klik op Installeer en bevestig. Typ het wachtwoord van uw gebruikersaccount op de Mac als daarom gevraagd wordt.</translation>
    </message>
    <message>
        <source>When asked for the password of the mail account, type your all2all password.</source>
        <translation>Wordt er naar het wachtwoord van de e-mailaccount gevraagd, typ dan uw all2all-wachtwoord.</translation>
    </message>
    <message>
        <source>Open Mail: your all2all account is there.</source>
        <translation>Open Mail: uw all2all-account staat erin.</translation>
    </message>
    <message>
        <source>iPhone or iPad: send the .mobileconfig file to it with AirDrop, or mail it to yourself and open it in the Mail app there. Then open Settings: tap "Profile Downloaded" near the top, tap Install and follow the steps. Type your all2all password when asked.</source>
        <translation>iPhone of iPad: stuur het .mobileconfig-bestand ernaartoe met AirDrop, of mail het naar uzelf en open het daar in de app Mail. Open daarna Instellingen: tik bovenaan op "Profiel gedownload", tik op Installeer en volg de stappen. Typ uw all2all-wachtwoord wanneer erom gevraagd wordt.</translation>
    </message>
    <message>
        <source>Android or another program: add an account of the type IMAP (or POP3) by hand, with the settings from the PDF sheet or from the table below.</source>
        <translation>Android of een ander programma: voeg met de hand een account van het type IMAP (of POP3) toe, met de instellingen van het PDF-blad of uit de tabel hieronder.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Setting up… A copy of each file is kept before it changes.</source>
        <translation>Bezig met instellen… Van elk bestand wordt een kopie bewaard voordat het wijzigt.</translation>
    </message>
    <message>
        <source>Not everything could be set up. See the message above.</source>
        <translation>Niet alles kon ingesteld worden. Zie het bericht hierboven.</translation>
    </message>
    <message>
        <source>Set up your mail program</source>
        <translation>Uw e-mailprogramma instellen</translation>
    </message>
    <message>
        <source>Check what will be written. Nothing changes until you press Set up.</source>
        <translation>Controleer wat er geschreven wordt. Er verandert niets tot u op Instellen klikt.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Instellen</translation>
    </message>
    <message>
        <source>The assistant can add your all2all account to the mail program on this computer. Close the mail program first: it must not be open while its settings change.</source>
        <translation>De assistent kan uw all2all-account toevoegen aan het e-mailprogramma op deze computer. Sluit het e-mailprogramma eerst: het mag niet geopend zijn terwijl de instellingen ervan wijzigen.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please fill in your name.</source>
        <translation>Vul uw naam in.</translation>
    </message>
    <message>
        <source>Please fill in your e-mail address.</source>
        <translation>Vul uw e-mailadres in.</translation>
    </message>
    <message>
        <source>Please fill in your username.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Please fill in your password.</source>
        <translation>Vul uw wachtwoord in.</translation>
    </message>
    <message>
        <source>Please fill in the name of the outgoing server.</source>
        <translation>Vul de naam van de uitgaande mailserver in.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>Vul dit veld in.</translation>
    </message>
    <message>
        <source>This is much longer than expected. Please check what you typed.</source>
        <translation>Dit is veel langer dan verwacht. Kijk na wat u getypt hebt.</translation>
    </message>
    <message>
        <source>This contains invisible characters such as a line break or a tab. Please type it again instead of pasting it.</source>
        <translation>Hierin staan onzichtbare tekens, zoals een nieuwe regel of een tab. Typ het opnieuw in plaats van het te plakken.</translation>
    </message>
    <message>
        <source>This must not contain spaces.</source>
        <translation>Dit mag geen spaties bevatten.</translation>
    </message>
    <message>
        <source>Please remove the space at the beginning or the end.</source>
        <translation>Verwijder de spatie vooraan of achteraan.</translation>
    </message>
    <message>
        <source>This is not a complete e-mail address. It looks like name@example.be: type it exactly as you received it from your administrator.</source>
        <translation>Dit is geen volledig e-mailadres. Het ziet eruit als naam@voorbeeld.be: typ het precies zoals u het van uw beheerder gekregen hebt.</translation>
    </message>
    <message>
        <source>Your username is not your e-mail address. It is a short name such as user0001 that you received from your administrator.</source>
        <translation>Uw gebruikersnaam is niet uw e-mailadres. Het is een korte naam zoals user0001, die u van uw beheerder gekregen hebt.</translation>
    </message>
    <message>
        <source>A username contains only letters, digits and the characters . _ - (for example user0001).</source>
        <translation>Een gebruikersnaam bevat alleen letters, cijfers en de tekens . _ - (bijvoorbeeld user0001).</translation>
    </message>
    <message>
        <source>This is not a valid server name. It looks like smtp.example.be, optionally followed by a colon and a port number (smtp.example.be:25).</source>
        <translation>Dit is geen geldige servernaam. Die ziet eruit als smtp.voorbeeld.be, eventueel gevolgd door een dubbelpunt en een poortnummer (smtp.voorbeeld.be:25).</translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation>De poort moet een getal tussen 1 en 65535 zijn.</translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation>Kijk dit veld na.</translation>
    </message>
</context>
<context>
    <name>OtherProgramsSection</name>
    <message>
        <source>Folder for the settings files</source>
        <translation>Map voor de instellingenbestanden</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Kies een map voor de bestanden.</translation>
    </message>
    <message>
        <source>your settings to print or keep (PDF)</source>
        <translation>uw instellingen om af te drukken of te bewaren (PDF)</translation>
    </message>
    <message>
        <source>sets up Mail on an iPhone, iPad or Mac</source>
        <translation>stelt Mail in op een iPhone, iPad of Mac</translation>
    </message>
    <message>
        <source>the same settings in the standard format of mail programs, for your administrator</source>
        <translation>dezelfde instellingen in het standaardformaat van e-mailprogramma's, voor uw beheerder</translation>
    </message>
    <message>
        <source>These files will be saved in this folder:</source>
        <translation>Deze bestanden worden in deze map bewaard:</translation>
    </message>
    <message>
        <source>• {file}: {purpose}</source>
        <translation>• {file}: {purpose}</translation>
    </message>
    <message>
        <source>(replaces the earlier file)</source>
        <translation>(vervangt het vorige bestand)</translation>
    </message>
    <message>
        <source>None of them contains your password.</source>
        <translation>Geen enkel bestand bevat uw wachtwoord.</translation>
    </message>
    <message>
        <source>Phone, tablet or another mail program</source>
        <translation>Gsm, tablet of een ander e-mailprogramma</translation>
    </message>
    <message>
        <source>&amp;Also save the settings in files</source>
        <translation>Sla de instellingen ook op in &amp;bestanden</translation>
    </message>
    <message>
        <source>Saves a settings sheet and files to set up a phone or another program.</source>
        <translation>Bewaart een instellingenblad en bestanden om een gsm of een ander programma in te stellen.</translation>
    </message>
    <message>
        <source>For your phone, a tablet, or a mail program the assistant cannot set up itself: a sheet with every setting, and files that set the account up for you. The last page explains how to use them.</source>
        <translation>Voor uw gsm, een tablet of een e-mailprogramma dat de assistent niet zelf kan instellen: een blad met alle instellingen, en bestanden die de account voor u instellen. De laatste pagina legt uit hoe u ze gebruikt.</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Bewaren in &amp;map:</translation>
    </message>
    <message>
        <source>The folder is made if it does not exist yet.</source>
        <translation>De map wordt gemaakt als ze nog niet bestaat.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Kie&amp;zen…</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message>
        <source>How do you want to send your mail?</source>
        <translation>Hoe wilt u uw mail versturen?</translation>
    </message>
    <message>
        <source>Choose the server that delivers the messages you send.</source>
        <translation>Kies de server die uw verstuurde berichten aflevert.</translation>
    </message>
    <message>
        <source>&amp;all2all's outgoing server (recommended)</source>
        <translation>Uitgaande mailserver van &amp;all2all (aanbevolen)</translation>
    </message>
    <message>
        <source>Works on every network: at home, at work, on a hotel Wi-Fi or through your phone. Uses your all2all username and password over a secure connection ({host}, port {port}).</source>
        <translation>Werkt op elk netwerk: thuis, op het werk, op de wifi van een hotel of via uw gsm. Gebruikt uw all2all-gebruikersnaam en -wachtwoord over een beveiligde verbinding ({host}, poort {port}).</translation>
    </message>
    <message>
        <source>My &amp;internet provider's outgoing server</source>
        <translation>Uitgaande mailserver van mijn &amp;internetprovider</translation>
    </message>
    <message>
        <source>Needs no password, but only works while this computer is connected through that internet provider, for example at home. Elsewhere, sending fails.</source>
        <translation>Heeft geen wachtwoord nodig, maar werkt alleen zolang deze computer via die internetprovider verbonden is, bijvoorbeeld thuis. Elders lukt het versturen niet.</translation>
    </message>
    <message>
        <source>{isp}: {server}</source>
        <translation>{isp}: {server}</translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation>Een andere server…</translation>
    </message>
    <message>
        <source>Internet &amp;provider:</source>
        <translation>Internet&amp;provider:</translation>
    </message>
    <message>
        <source>The company that brings the internet into your home.</source>
        <translation>Het bedrijf dat het internet bij u thuis levert.</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Internetprovider</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servernaam:</translation>
    </message>
    <message>
        <source>The name your internet provider gives for its outgoing server, for example smtp.example.be or smtp.example.be:25. Their support can tell you.</source>
        <translation>De naam die uw internetprovider voor zijn uitgaande mailserver opgeeft, bijvoorbeeld smtp.voorbeeld.be of smtp.voorbeeld.be:25. Hun helpdesk kan u die geven.</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Uitgaande mailserver</translation>
    </message>
    <message>
        <source>Some receivers treat mail from an all2all address sent through another provider's server as spam. all2all's own server avoids that.</source>
        <translation>Sommige ontvangers beschouwen mail van een all2all-adres die via de server van een andere provider verstuurd wordt als spam. De eigen server van all2all vermijdt dat.</translation>
    </message>
</context>
<context>
    <name>OutlookGuide</name>
    <message>
        <source>In Outlook (classic), follow these steps:</source>
        <translation>Volg deze stappen in Outlook (klassiek):</translation>
    </message>
    <message>
        <source>In the new Outlook, follow these steps:</source>
        <translation>Volg deze stappen in de nieuwe Outlook:</translation>
    </message>
    <message>
        <source>This account cannot be set up in Outlook by hand: a login is missing.</source>
        <translation>Dit account kan niet met de hand in Outlook worden ingesteld: er ontbreekt een gebruikersnaam.</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>Open Outlook. Click File, then Add Account. (When Outlook starts for the first time, this window opens by itself.)</source>
        <translation>Open Outlook. Klik op Bestand en daarna op Account toevoegen. (Als Outlook voor het eerst start, gaat dit venster vanzelf open.)</translation>
    </message>
    <message>
        <source>Open the new Outlook. Click Settings (the gear), then Accounts, then Add account. (When it starts for the first time, this window opens by itself.)</source>
        <translation>Open de nieuwe Outlook. Klik op Instellingen (het tandwiel), daarna op Accounts en dan op Account toevoegen. (Als hij voor het eerst start, gaat dit venster vanzelf open.)</translation>
    </message>
    <message>
        <source>Type your e-mail address.</source>
        <translation>Typ uw e-mailadres.</translation>
    </message>
    <message>
        <source>Type your e-mail address and click Continue.</source>
        <translation>Typ uw e-mailadres en klik op Doorgaan.</translation>
    </message>
    <message>
        <source>Click Advanced options, tick “Let me set up my account manually” and click Connect.</source>
        <translation>Klik op Geavanceerde opties, vink “Ik wil mijn account handmatig instellen” aan en klik op Verbinding maken.</translation>
    </message>
    <message>
        <source>Choose this type of account:</source>
        <translation>Kies dit soort account:</translation>
    </message>
    <message>
        <source>Type your password and click Connect.</source>
        <translation>Typ uw wachtwoord en klik op Verbinding maken.</translation>
    </message>
    <message>
        <source>Type your password, then click “Show more”.</source>
        <translation>Typ uw wachtwoord en klik daarna op “Meer weergeven”.</translation>
    </message>
    <message>
        <source>Fill in the part “Incoming mail”:</source>
        <translation>Vul het deel “Inkomende e-mail” in:</translation>
    </message>
    <message>
        <source>Fill in the incoming server:</source>
        <translation>Vul de server voor inkomende e-mail in:</translation>
    </message>
    <message>
        <source>Fill in the part “Outgoing mail”, then click Next:</source>
        <translation>Vul het deel “Uitgaande e-mail” in en klik daarna op Volgende:</translation>
    </message>
    <message>
        <source>Fill in the outgoing server (SMTP); leave its password empty, Outlook uses the one you typed. Then click Continue:</source>
        <translation>Vul de server voor uitgaande e-mail (SMTP) in; laat het wachtwoord daarvan leeg, Outlook gebruikt het wachtwoord dat u al typte. Klik daarna op Doorgaan:</translation>
    </message>
    <message>
        <source>If Outlook then shows a small window asking for a user name, type this user name there and your password again:</source>
        <translation>Toont Outlook daarna een klein venster dat om een gebruikersnaam vraagt, typ daar dan deze gebruikersnaam en nog eens uw wachtwoord:</translation>
    </message>
    <message>
        <source>When the account has been added, click File, Account Settings, then Server Settings, and check these settings:</source>
        <translation>Als het account is toegevoegd, klik dan op Bestand, Accountinstellingen en daarna Serverinstellingen, en controleer deze instellingen:</translation>
    </message>
    <message>
        <source>In the account's settings (More Settings, tab Advanced), set how long a copy of your mail stays on the server:</source>
        <translation>Stel in de instellingen van het account (Meer instellingen, tabblad Geavanceerd) in hoe lang een kopie van uw e-mail op de server blijft:</translation>
    </message>
    <message>
        <source>In the account's settings, set how long a copy of your mail stays on the server:</source>
        <translation>Stel in de instellingen van het account in hoe lang een kopie van uw e-mail op de server blijft:</translation>
    </message>
    <message>
        <source>If Outlook asks for your name (the name people see), type:</source>
        <translation>Als Outlook om uw naam vraagt (de naam die anderen zien), typ dan:</translation>
    </message>
    <message>
        <source>Click Done. Then send yourself a test message to check that all works.</source>
        <translation>Klik op Gereed. Stuur daarna uzelf een testbericht om te controleren dat alles werkt.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type account</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Encryption method</source>
        <translation>Versleutelingsmethode</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <translation>Type beveiligde verbinding</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <translation>Aanmelding via beveiligd-wachtwoordverificatie (SPA) vereisen</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <translation>Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <translation>Dezelfde instellingen gebruiken als voor de server voor inkomende e-mail</translation>
    </message>
    <message>
        <source>Leave a copy of messages on the server</source>
        <translation>Een kopie van de berichten op de server achterlaten</translation>
    </message>
    <message>
        <source>Remove from server after (days)</source>
        <translation>Verwijderen van de server na (dagen)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>On (ticked)</source>
        <translation>Aan (aangevinkt)</translation>
    </message>
    <message>
        <source>Off (not ticked)</source>
        <translation>Uit (niet aangevinkt)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>PresetMessages</name>
    <message>
        <source>The assistant cannot start: the settings file prepared by your IT department contains a mistake. Please pass the message below on to your IT department.</source>
        <translation>De assistent kan niet starten: het instellingenbestand dat uw IT-afdeling heeft klaargezet, bevat een fout. Geef de melding hieronder door aan uw IT-afdeling.</translation>
    </message>
    <message>
        <source>File {file}, line {line}, key {key}:</source>
        <translation>Bestand {file}, regel {line}, sleutel {key}:</translation>
    </message>
    <message>
        <source>File {file}, line {line}:</source>
        <translation>Bestand {file}, regel {line}:</translation>
    </message>
    <message>
        <source>File {file}, key {key}:</source>
        <translation>Bestand {file}, sleutel {key}:</translation>
    </message>
    <message>
        <source>File {file}:</source>
        <translation>Bestand {file}:</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}). Check that it exists and that every user may read it.</source>
        <translation>Het bestand kan niet gelezen worden ({reason}). Controleer of het bestaat en of elke gebruiker het mag lezen.</translation>
    </message>
    <message>
        <source>A preset has no such key. Check its spelling against the documented example.</source>
        <translation>Deze sleutel bestaat niet in een voorinstelling. Vergelijk de spelling met het gedocumenteerde voorbeeld.</translation>
    </message>
    <message>
        <source>This key is missing: every extra outgoing server needs all of its keys.</source>
        <translation>Deze sleutel ontbreekt: elke extra uitgaande server heeft al zijn sleutels nodig.</translation>
    </message>
    <message>
        <source>This must be {kind}.</source>
        <translation>Hier hoort {kind}.</translation>
    </message>
    <message>
        <source>The preset locks this setting, so the command line cannot change it to {value}. Leave that option out or change the preset.</source>
        <translation>De voorinstelling vergrendelt deze instelling, dus de opdrachtregel kan ze niet veranderen in {value}. Laat die optie weg of pas de voorinstelling aan.</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text. Save it again with the UTF-8 encoding.</source>
        <translation>Het bestand is niet als UTF-8-tekst opgeslagen. Sla het opnieuw op met de codering UTF-8.</translation>
    </message>
    <message>
        <source>This is not valid TOML. Check the quotes, brackets and equals signs on this line and the one before.</source>
        <translation>Dit is geen geldige TOML. Controleer de aanhalingstekens, haakjes en gelijktekens op deze regel en op de regel ervoor.</translation>
    </message>
    <message>
        <source>a table (a [section])</source>
        <translation>een tabel (een [sectie])</translation>
    </message>
    <message>
        <source>text between quotes</source>
        <translation>tekst tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>a whole number without quotes</source>
        <translation>een geheel getal zonder aanhalingstekens</translation>
    </message>
    <message>
        <source>true or false, without quotes</source>
        <translation>true of false, zonder aanhalingstekens</translation>
    </message>
    <message>
        <source>a list between square brackets</source>
        <translation>een lijst tussen vierkante haken</translation>
    </message>
    <message>
        <source>a list of sections written as [[...]]</source>
        <translation>een lijst van secties, geschreven als [[...]]</translation>
    </message>
    <message>
        <source>This value is out of range ({detail}).</source>
        <translation>Deze waarde valt buiten het toegelaten bereik ({detail}).</translation>
    </message>
    <message>
        <source>The value must be {minimum}.</source>
        <translation>De waarde moet {minimum} zijn.</translation>
    </message>
    <message>
        <source>The value must be between {minimum} and {maximum}.</source>
        <translation>De waarde moet tussen {minimum} en {maximum} liggen.</translation>
    </message>
    <message>
        <source>The port must be a number between {minimum} and {maximum}.</source>
        <translation>De poort moet een getal tussen {minimum} en {maximum} zijn.</translation>
    </message>
    <message>
        <source>This value is not allowed. Possible values: {values}.</source>
        <translation>Deze waarde is niet toegelaten. Mogelijke waarden: {values}.</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>Dit mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>This value appears more than once.</source>
        <translation>Deze waarde komt meer dan één keer voor.</translation>
    </message>
    <message>
        <source>A locked setting needs its value under [defaults].</source>
        <translation>Een vergrendelde instelling heeft een waarde onder [defaults] nodig.</translation>
    </message>
    <message>
        <source>This id cannot be used: write it with letters, digits and hyphens only, and do not use all2all.</source>
        <translation>Deze id kan niet gebruikt worden: schrijf hem met alleen letters, cijfers en koppeltekens, en gebruik niet all2all.</translation>
    </message>
    <message>
        <source>No outgoing server has this id. Check the spelling, or add the server under [[provider.relays]].</source>
        <translation>Geen enkele uitgaande server heeft deze id. Controleer de spelling, of voeg de server toe onder [[provider.relays]].</translation>
    </message>
    <message>
        <source>This outgoing server needs a login of its own, which the assistant cannot ask for. Choose another one.</source>
        <translation>Deze uitgaande server vraagt een eigen login, en daar kan de assistent niet om vragen. Kies een andere.</translation>
    </message>
    <message>
        <source>This is not a valid server name.</source>
        <translation>Dit is geen geldige servernaam.</translation>
    </message>
    <message>
        <source>This is not a plain e-mail address such as name@example.be.</source>
        <translation>Dit is geen gewoon e-mailadres zoals naam@voorbeeld.be.</translation>
    </message>
    <message>
        <source>This must not contain spaces.</source>
        <translation>Dit mag geen spaties bevatten.</translation>
    </message>
    <message>
        <source>This must not start or end with a space.</source>
        <translation>Dit mag niet met een spatie beginnen of eindigen.</translation>
    </message>
    <message>
        <source>This contains invisible characters such as a tab or a line break.</source>
        <translation>Dit bevat onzichtbare tekens, zoals een tab of een regeleinde.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Dit is te lang.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Deze waarde kan niet gebruikt worden.</translation>
    </message>
    <message>
        <source>This value cannot be used ({detail}).</source>
        <translation>Deze waarde kan niet gebruikt worden ({detail}).</translation>
    </message>
    <message>
        <source>Set by your IT department: the greyed-out choices cannot be changed here.</source>
        <translation>Ingesteld door uw IT-afdeling: de grijze keuzes kunt u hier niet wijzigen.</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>Ingesteld door uw IT-afdeling.</translation>
    </message>
</context>
<context>
    <name>ProbeMessages</name>
    <message>
        <source>Receiving mail</source>
        <translation>Mail ontvangen</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>Mail versturen</translation>
    </message>
    <message>
        <source>Finding the server</source>
        <translation>Server opzoeken</translation>
    </message>
    <message>
        <source>Reaching the server</source>
        <translation>Server bereiken</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Beveiligde verbinding</translation>
    </message>
    <message>
        <source>Server's welcome</source>
        <translation>Begroeting van de server</translation>
    </message>
    <message>
        <source>What the server offers</source>
        <translation>Wat de server aanbiedt</translation>
    </message>
    <message>
        <source>Largest message accepted</source>
        <translation>Grootste toegelaten bericht</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Gebruikersnaam en wachtwoord</translation>
    </message>
    <message>
        <source>Space in your mailbox</source>
        <translation>Ruimte in uw mailbox</translation>
    </message>
    <message>
        <source>Your folders</source>
        <translation>Uw mappen</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Wachtende berichten</translation>
    </message>
    <message>
        <source>Keeping a copy on the server</source>
        <translation>Kopie op de server bewaren</translation>
    </message>
    <message>
        <source>Watching your inbox</source>
        <translation>Uw inbox in de gaten houden</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Het testbericht versturen</translation>
    </message>
    <message>
        <source>The test message arriving</source>
        <translation>Het testbericht komt aan</translation>
    </message>
    <message>
        <source>Deleting the test message</source>
        <translation>Het testbericht verwijderen</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>Verbinding afsluiten</translation>
    </message>
    <message>
        <source>The test as a whole</source>
        <translation>De test als geheel</translation>
    </message>
    <message>
        <source>This computer cannot find the server {host} on the internet.</source>
        <translation>Deze computer vindt de server {host} niet op het internet.</translation>
    </message>
    <message>
        <source>The server {host} refused the connection on port {port}.</source>
        <translation>De server {host} weigerde de verbinding op poort {port}.</translation>
    </message>
    <message>
        <source>The server {host} does not answer on port {port}. Usually a firewall or the internet provider of this network blocks that port.</source>
        <translation>De server {host} antwoordt niet op poort {port}. Meestal blokkeert een firewall of de internetprovider van dit netwerk die poort.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so this connection is not safe: your password could be read by others.</source>
        <translation>Het certificaat van de server is niet betrouwbaar, dus deze verbinding is niet veilig: anderen zouden uw wachtwoord kunnen lezen.</translation>
    </message>
    <message>
        <source>The server answered with a certificate for another name than {host}. The connection may be intercepted.</source>
        <translation>De server antwoordde met een certificaat voor een andere naam dan {host}. Mogelijk wordt de verbinding onderschept.</translation>
    </message>
    <message>
        <source>The server's certificate has expired or is not valid yet.</source>
        <translation>Het certificaat van de server is verlopen of nog niet geldig.</translation>
    </message>
    <message>
        <source>A secure connection with {host} could not be set up.</source>
        <translation>Er kon geen beveiligde verbinding met {host} gemaakt worden.</translation>
    </message>
    <message>
        <source>The server does not accept this username and password.</source>
        <translation>De server aanvaardt deze gebruikersnaam en dit wachtwoord niet.</translation>
    </message>
    <message>
        <source>The server answered with an error or closed the connection.</source>
        <translation>De server antwoordde met een fout of sloot de verbinding.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>De server antwoordt niet meer.</translation>
    </message>
    <message>
        <source>The answer did not come from a mail server.</source>
        <translation>Het antwoord kwam niet van een mailserver.</translation>
    </message>
    <message>
        <source>Your mailbox is almost full.</source>
        <translation>Uw mailbox is bijna vol.</translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation>U hebt de test gestopt.</translation>
    </message>
    <message>
        <source>Your username or password contains characters that cannot be sent to the server. Nothing was sent.</source>
        <translation>Uw gebruikersnaam of wachtwoord bevat tekens die niet naar de server gestuurd kunnen worden. Er werd niets verstuurd.</translation>
    </message>
    <message>
        <source>The outgoing server {host} refused to pass the test message on: it does not send mail for this connection.</source>
        <translation>De uitgaande server {host} weigerde het testbericht door te sturen: hij verstuurt geen mail voor deze verbinding.</translation>
    </message>
    <message>
        <source>The outgoing server {host} does not accept your e-mail address as the sender.</source>
        <translation>De uitgaande server {host} aanvaardt uw e-mailadres niet als afzender.</translation>
    </message>
    <message>
        <source>The server does not accept your own e-mail address as the recipient: for the server, that mailbox does not exist.</source>
        <translation>De server aanvaardt uw eigen e-mailadres niet als bestemmeling: voor de server bestaat die mailbox niet.</translation>
    </message>
    <message>
        <source>The outgoing server {host} refused the test message as too large.</source>
        <translation>De uitgaande server {host} weigerde het testbericht omdat het te groot zou zijn.</translation>
    </message>
    <message>
        <source>Your mailbox is full: the server cannot accept new mail.</source>
        <translation>Uw mailbox is vol: de server kan geen nieuwe mail meer aannemen.</translation>
    </message>
    <message>
        <source>Sending worked, but the test message has not arrived in your inbox yet. This is not a fault of the set-up.</source>
        <translation>Het versturen is gelukt, maar het testbericht is nog niet in uw inbox aangekomen. Dat is geen fout in de instellingen.</translation>
    </message>
    <message>
        <source>Go back and choose your internet provider's outgoing server, which this network does not block. Or try another network, for example your phone's connection.</source>
        <translation>Ga terug en kies de uitgaande mailserver van uw internetprovider, die dit netwerk niet blokkeert. Of probeer een ander netwerk, bijvoorbeeld de verbinding van uw gsm.</translation>
    </message>
    <message>
        <source>Your internet provider's outgoing server only answers on that provider's own network. Go back and choose all2all's outgoing server, which works on every network.</source>
        <translation>De uitgaande mailserver van uw internetprovider antwoordt alleen op het eigen netwerk van die provider. Ga terug en kies de uitgaande mailserver van all2all, die op elk netwerk werkt.</translation>
    </message>
    <message>
        <source>Check the name of your internet provider's outgoing server, or go back and choose all2all's outgoing server.</source>
        <translation>Controleer de naam van de uitgaande mailserver van uw internetprovider, of ga terug en kies de uitgaande mailserver van all2all.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a website, then press Test again.</source>
        <translation>Controleer of deze computer met het internet verbonden is, bijvoorbeeld door een website te openen. Klik daarna op Opnieuw testen.</translation>
    </message>
    <message>
        <source>The server may be down for maintenance. Try again in a few minutes; if it keeps happening, contact your administrator.</source>
        <translation>Misschien is de server in onderhoud. Probeer het over enkele minuten opnieuw. Blijft het gebeuren, neem dan contact op met uw beheerder.</translation>
    </message>
    <message>
        <source>Try another network, for example your phone's connection, or ask whoever manages this network to allow port {port}.</source>
        <translation>Probeer een ander netwerk, bijvoorbeeld de verbinding van uw gsm, of vraag wie dit netwerk beheert om poort {port} open te zetten.</translation>
    </message>
    <message>
        <source>Some networks (at work, in a hotel) and some antivirus programs inspect secure connections. Try another network, for example your home connection or your phone's. Do not type your password on this network.</source>
        <translation>Sommige netwerken (op het werk, in een hotel) en sommige antivirusprogramma's controleren beveiligde verbindingen. Probeer een ander netwerk, bijvoorbeeld uw verbinding thuis of die van uw gsm. Typ uw wachtwoord niet op dit netwerk.</translation>
    </message>
    <message>
        <source>Try another network. If it keeps happening, contact your administrator.</source>
        <translation>Probeer een ander netwerk. Blijft het gebeuren, neem dan contact op met uw beheerder.</translation>
    </message>
    <message>
        <source>Check that the date and time of this computer are right. If they are, contact your administrator.</source>
        <translation>Controleer of de datum en het uur van deze computer juist zijn. Is dat zo, neem dan contact op met uw beheerder.</translation>
    </message>
    <message>
        <source>Press Test again. If it keeps happening, try another network or contact your administrator.</source>
        <translation>Klik op Opnieuw testen. Blijft het gebeuren, probeer dan een ander netwerk of neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <source>Go back and check your username (the short name such as user0001, not your e-mail address) and your password, capital letters included. If both are right, ask your administrator.</source>
        <translation>Ga terug en controleer uw gebruikersnaam (de korte naam zoals user0001, niet uw e-mailadres) en uw wachtwoord, ook de hoofdletters. Kloppen beide, vraag het dan aan uw beheerder.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, copy the report below and send it to the helpdesk.</source>
        <translation>Probeer het over enkele minuten opnieuw. Blijft het gebeuren, kopieer dan het rapport hieronder en stuur het naar de helpdesk.</translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Press Test again; if it keeps happening, try another network.</source>
        <translation>Misschien is de verbinding traag of onstabiel. Klik op Opnieuw testen. Blijft het gebeuren, probeer dan een ander netwerk.</translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then press Test again.</source>
        <translation>Sommige netwerken, zoals de wifi van een hotel, tonen eerst een pagina in de webbrowser. Open een website, volg wat gevraagd wordt en klik daarna op Opnieuw testen.</translation>
    </message>
    <message>
        <source>Empty the trash of your mail program and delete old messages with large attachments: deleted messages stay on the server until the trash is emptied.</source>
        <translation>Maak de prullenbak van uw mailprogramma leeg en verwijder oude berichten met grote bijlagen: verwijderde berichten blijven op de server tot de prullenbak leeggemaakt wordt.</translation>
    </message>
    <message>
        <source>Press Test again to start the test once more.</source>
        <translation>Klik op Opnieuw testen om de test nog eens te starten.</translation>
    </message>
    <message>
        <source>Go back and type your username and password again instead of pasting them.</source>
        <translation>Ga terug en typ uw gebruikersnaam en wachtwoord opnieuw in, in plaats van ze te plakken.</translation>
    </message>
    <message>
        <source>An internet provider's outgoing server only sends mail for its own customers, on its own network. Go back and choose all2all's outgoing server, which works on every network.</source>
        <translation>De uitgaande server van een internetprovider verstuurt alleen mail voor zijn eigen klanten, op zijn eigen netwerk. Ga terug en kies de uitgaande server van all2all, die op elk netwerk werkt.</translation>
    </message>
    <message>
        <source>Go back and check your e-mail address: it must be exactly the one your administrator gave you. If it is, ask your administrator.</source>
        <translation>Ga terug en controleer uw e-mailadres: het moet precies het adres zijn dat uw beheerder u gaf. Is dat zo, vraag het dan aan uw beheerder.</translation>
    </message>
    <message>
        <source>Go back and check your e-mail address for typing errors. If it is right, ask your administrator.</source>
        <translation>Ga terug en controleer uw e-mailadres op tikfouten. Klopt het, vraag het dan aan uw beheerder.</translation>
    </message>
    <message>
        <source>The test message is very small, so the server is set up strangely. Copy the report below and send it to the helpdesk.</source>
        <translation>Het testbericht is heel klein, dus de server is vreemd ingesteld. Kopieer het rapport hieronder en stuur het naar de helpdesk.</translation>
    </message>
    <message>
        <source>Empty the trash in your mail program or in the webmail and delete old messages with large attachments. Then press Test again.</source>
        <translation>Maak de prullenbak in uw e-mailprogramma of in de webmail leeg en verwijder oude berichten met grote bijlagen. Klik daarna op Opnieuw testen.</translation>
    </message>
    <message>
        <source>Mail is sometimes a few minutes late: if the test message arrives later, you can delete it. If it has still not arrived in an hour, the address may belong to another mailbox or be forwarded elsewhere: ask your administrator.</source>
        <translation>Mail komt soms enkele minuten later aan: komt het testbericht later toe, dan mag u het verwijderen. Is het na een uur nog altijd niet aangekomen, dan hoort het adres misschien bij een andere mailbox of wordt het elders doorgestuurd: vraag het aan uw beheerder.</translation>
    </message>
    <message>
        <source>Use your internet provider's outgoing server (--outgoing), which this network does not block. Or try another network, for example your phone's connection.</source>
        <translation>Gebruik de uitgaande mailserver van uw internetprovider (--outgoing), die dit netwerk niet blokkeert. Of probeer een ander netwerk, bijvoorbeeld de verbinding van uw gsm.</translation>
    </message>
    <message>
        <source>Your internet provider's outgoing server only answers on that provider's own network. Use all2all's outgoing server (--outgoing all2all), which works on every network.</source>
        <translation>De uitgaande mailserver van uw internetprovider antwoordt alleen op het eigen netwerk van die provider. Gebruik de uitgaande mailserver van all2all (--outgoing all2all), die op elk netwerk werkt.</translation>
    </message>
    <message>
        <source>Check the name of your internet provider's outgoing server, or use all2all's outgoing server (--outgoing all2all).</source>
        <translation>Controleer de naam van de uitgaande mailserver van uw internetprovider, of gebruik de uitgaande mailserver van all2all (--outgoing all2all).</translation>
    </message>
    <message>
        <source>An internet provider's outgoing server only sends mail for its own customers, on its own network. Use all2all's outgoing server (--outgoing all2all), which works on every network.</source>
        <translation>De uitgaande server van een internetprovider verstuurt alleen mail voor zijn eigen klanten, op zijn eigen netwerk. Gebruik de uitgaande server van all2all (--outgoing all2all), die op elk netwerk werkt.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a website, then run the command again.</source>
        <translation>Controleer of deze computer met het internet verbonden is, bijvoorbeeld door een website te openen. Voer daarna de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>Run the command again. If it keeps happening, try another network or contact your administrator.</source>
        <translation>Voer de opdracht opnieuw uit. Blijft het gebeuren, probeer dan een ander netwerk of neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <source>Check the username (the short name such as user0001, not the e-mail address) and the password, capital letters included. If both are right, ask your administrator.</source>
        <translation>Controleer de gebruikersnaam (de korte naam zoals user0001, niet het e-mailadres) en het wachtwoord, ook de hoofdletters. Kloppen beide, vraag het dan aan uw beheerder.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation>Probeer het over enkele minuten opnieuw. Blijft het gebeuren, voer de opdracht dan opnieuw uit met --helpdesk en stuur wat ze toont naar de helpdesk.</translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Run the command again; if it keeps happening, try another network.</source>
        <translation>Misschien is de verbinding traag of onstabiel. Voer de opdracht opnieuw uit. Blijft het gebeuren, probeer dan een ander netwerk.</translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then run the command again.</source>
        <translation>Sommige netwerken, zoals de wifi van een hotel, tonen eerst een pagina in de webbrowser. Open een website, volg wat gevraagd wordt en voer daarna de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>Run the command again to start the test once more.</source>
        <translation>Voer de opdracht opnieuw uit om de test nog eens te starten.</translation>
    </message>
    <message>
        <source>Check the username and the password: they contain characters that cannot be sent to the server.</source>
        <translation>Controleer de gebruikersnaam en het wachtwoord: ze bevatten tekens die niet naar de server gestuurd kunnen worden.</translation>
    </message>
    <message>
        <source>Check the e-mail address (--email): it must be exactly the one the administrator gave. If it is, ask the administrator.</source>
        <translation>Controleer het e-mailadres (--email): het moet precies het adres zijn dat de beheerder gaf. Is dat zo, vraag het dan aan de beheerder.</translation>
    </message>
    <message>
        <source>Check the e-mail address (--email) for typing errors. If it is right, ask the administrator.</source>
        <translation>Controleer het e-mailadres (--email) op tikfouten. Klopt het, vraag het dan aan de beheerder.</translation>
    </message>
    <message>
        <source>The test message is very small, so the server is set up strangely. Run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation>Het testbericht is heel klein, dus de server is vreemd ingesteld. Voer de opdracht opnieuw uit met --helpdesk en stuur wat ze toont naar de helpdesk.</translation>
    </message>
    <message>
        <source>Empty the trash in the mail program or the webmail and delete old messages with large attachments, then run the command again.</source>
        <translation>Maak de prullenbak in het e-mailprogramma of in de webmail leeg en verwijder oude berichten met grote bijlagen; voer daarna de opdracht opnieuw uit.</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Without a copy on the server, new mail is removed from the server as soon as this computer fetches it. Webmail and your other devices will not see it.</source>
        <translation>Zonder kopie op de server wordt nieuwe mail van de server verwijderd zodra deze computer hem ophaalt. Webmail en uw andere toestellen zien hem dan niet.</translation>
    </message>
    <message>
        <source>How do you want to receive your mail?</source>
        <translation>Hoe wilt u uw mail ontvangen?</translation>
    </message>
    <message>
        <source>Choose where your messages are kept. You can read why below.</source>
        <translation>Kies waar uw berichten bewaard worden. Hieronder leest u waarom.</translation>
    </message>
    <message>
        <source>&amp;IMAP: keep my mail on the server (recommended)</source>
        <translation>&amp;IMAP: mijn mail op de server bewaren (aanbevolen)</translation>
    </message>
    <message>
        <source>Your messages stay on the all2all server (Inbox, Sent, Trash). Your mail program shows them and keeps a copy of what you open. You see the same mail on your laptop, your phone and in webmail, and you can make sub-folders on the server to sort it. Keep an eye on the space: each mailbox has {quota} MB, so empty the trash regularly.</source>
        <translation>Uw berichten blijven op de server van all2all (INBOX, Sent en Trash). Uw e-mailprogramma toont ze en houdt een kopie bij van wat u opent. U ziet dezelfde mail op uw laptop, uw gsm en in webmail, en u kunt op de server sub-mappen maken om hem te ordenen. Houd wel de ruimte in de gaten: elke mailbox heeft {quota} MB, dus maak de prullenbak regelmatig leeg.</translation>
    </message>
    <message>
        <source>&amp;POP3: download my mail to this computer</source>
        <translation>&amp;POP3: mijn mail naar deze computer downloaden</translation>
    </message>
    <message>
        <source>Your mail program fetches new messages and removes them from the server. They then exist only on this computer: if it breaks or is lost, your mail is lost too. If you also use webmail or another device, messages seem to vanish there, because this computer has taken them away.</source>
        <translation>Uw e-mailprogramma haalt nieuwe berichten op en verwijdert ze van de server. Ze staan dan alleen nog op deze computer: als die stukgaat of verloren raakt, is ook uw mail weg. Gebruikt u ook webmail of een ander toestel, dan lijken berichten daar op mysterieuze wijze te verdwijnen, omdat deze computer ze weggehaald heeft.</translation>
    </message>
    <message>
        <source>&amp;Keep a copy on the server for</source>
        <translation>Een &amp;kopie op de server bewaren gedurende</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Recommended. Webmail and your other devices still see new messages during these days; after that the copy on the server is removed so that your mailbox does not fill up.</source>
        <translation>Aanbevolen. Webmail en uw andere toestellen zien nieuwe berichten nog gedurende die dagen; daarna wordt de kopie op de server verwijderd, zodat uw mailbox niet volloopt.</translation>
    </message>
    <message>
        <source>Number of days to keep a copy on the server</source>
        <translation>Aantal dagen dat een kopie op de server bewaard blijft</translation>
    </message>
</context>
<context>
    <name>Relays</name>
    <message>
        <source>its name is unknown here</source>
        <translation>de naam is hier onbekend</translation>
    </message>
    <message>
        <source>it refuses the connection</source>
        <translation>hij weigert de verbinding</translation>
    </message>
    <message>
        <source>no answer: the port is blocked</source>
        <translation>geen antwoord: de poort is geblokkeerd</translation>
    </message>
    <message>
        <source>it does not answer in time</source>
        <translation>hij antwoordt niet op tijd</translation>
    </message>
    <message>
        <source>it does not serve this connection</source>
        <translation>hij bedient deze verbinding niet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>answers ({seconds})</source>
        <translation>antwoordt ({seconds})</translation>
    </message>
    <message>
        <source>{host} ({isp}), port {port}: {status}</source>
        <translation>{host} ({isp}), poort {port}: {status}</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>Het zoeken werd gestopt.</translation>
    </message>
    <message>
        <source>Your connection seems to be {isp}'s: {host} answers from here.</source>
        <translation>Uw verbinding lijkt die van {isp} te zijn: {host} antwoordt van hieruit.</translation>
    </message>
    <message>
        <source>Servers of several internet providers answer from here, so this connection does not tell which one is yours. all2all's own outgoing server works on every network.</source>
        <translation>Servers van verschillende internetproviders antwoorden van hieruit, dus deze verbinding verraadt niet welke de uwe is. De eigen uitgaande server van all2all werkt op elk netwerk.</translation>
    </message>
    <message>
        <source>None of the internet providers' outgoing servers answers from here. Use all2all's own outgoing server: it works on every network, with your all2all login.</source>
        <translation>Geen enkele uitgaande server van een internetprovider antwoordt van hieruit. Gebruik de eigen uitgaande server van all2all: die werkt op elk netwerk, met uw all2all-gebruikersnaam.</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>There are all2all accounts of several logins here ({logins}): give --username.</source>
        <translation>Hier staan all2all-accounts van verschillende gebruikersnamen ({logins}): geef --username op.</translation>
    </message>
    <message>
        <source>No all2all account was found in {client}.</source>
        <translation>Er werd geen all2all-account gevonden in {client}.</translation>
    </message>
    <message>
        <source>{client}: {profile}</source>
        <translation>{client}: {profile}</translation>
    </message>
    <message>
        <source>{client} ({profile}): this would be removed:</source>
        <translation>{client} ({profile}): dit zou verwijderd worden:</translation>
    </message>
    <message>
        <source>{client} ({profile}): removed:</source>
        <translation>{client} ({profile}): verwijderd:</translation>
    </message>
    <message>
        <source>The outgoing server stays: another account sends through it.</source>
        <translation>De uitgaande server blijft: een ander account verstuurt er mail mee.</translation>
    </message>
    <message>
        <source>{client} no longer keeps the password.</source>
        <translation>{client} bewaart het wachtwoord niet meer.</translation>
    </message>
    <message>
        <source>{client} keeps the password, because another account on the same server uses it.</source>
        <translation>{client} bewaart het wachtwoord nog, omdat een ander account op dezelfde server het gebruikt.</translation>
    </message>
    <message>
        <source>{client} had no saved password.</source>
        <translation>{client} had geen wachtwoord bewaard.</translation>
    </message>
    <message>
        <source>The password saved by {client} could not be removed.</source>
        <translation>Het wachtwoord dat {client} bewaarde, kon niet verwijderd worden.</translation>
    </message>
    <message>
        <source>The password in this computer's password safe is removed.</source>
        <translation>Het wachtwoord in de wachtwoordkluis van deze computer is verwijderd.</translation>
    </message>
    <message>
        <source>This computer's password safe had no password for it.</source>
        <translation>De wachtwoordkluis van deze computer had er geen wachtwoord voor.</translation>
    </message>
    <message>
        <source>This computer's password safe could not be reached.</source>
        <translation>De wachtwoordkluis van deze computer was niet bereikbaar.</translation>
    </message>
</context>
<context>
    <name>RoundTrip</name>
    <message>
        <source>all2all: test message</source>
        <translation>all2all: testbericht</translation>
    </message>
    <message>
        <source>This message was sent by the all2all mail set-up, to check that mail sent from this computer really arrives in your mailbox.

It is deleted again straight away. If you can still see it, you can delete it.</source>
        <translation>Dit bericht werd verstuurd door de all2all-assistent, om na te gaan of mail die van deze computer vertrekt echt in uw mailbox aankomt.

Het wordt meteen weer verwijderd. Ziet u het toch nog, dan mag u het verwijderen.</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>niet verstuurd</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <source>arrived after {seconds}</source>
        <translation>aangekomen na {seconds}</translation>
    </message>
    <message>
        <source>stopped while waiting</source>
        <translation>gestopt tijdens het wachten</translation>
    </message>
    <message>
        <source>not arrived yet</source>
        <translation>nog niet aangekomen</translation>
    </message>
    <message>
        <source>deleted again</source>
        <translation>weer verwijderd</translation>
    </message>
    <message>
        <source>still in your inbox</source>
        <translation>nog in uw inbox</translation>
    </message>
    <message>
        <source>Test message: {parts}</source>
        <translation>Testbericht: {parts}</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>{provider} e-mail settings for {name}</source>
        <translation>E-mailinstellingen van {provider} voor {name}</translation>
    </message>
    <message>
        <source>{provider} e-mail settings</source>
        <translation>E-mailinstellingen van {provider}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>These are the settings your mail program or phone asks for when you add your {provider} mailbox. Type them exactly as they are written here.</source>
        <translation>Dit zijn de instellingen die uw e-mailprogramma of smartphone vraagt wanneer u uw mailbox van {provider} toevoegt. Typ ze precies zoals ze hier geschreven staan.</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>Gemaakt op {date}</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Uw account</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Inkomende mail</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Uitgaande mail (SMTP)</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Uw mail in de browser</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Goed om te weten</translation>
    </message>
    <message>
        <source>Your administrator</source>
        <translation>Uw beheerder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindingsbeveiliging</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authenticatiemethode</translation>
    </message>
    <message>
        <source>Copy on the server</source>
        <translation>Kopie op de server</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Internetprovider</translation>
    </message>
    <message>
        <source>Mailbox size (quota)</source>
        <translation>Grootte van de mailbox (quota)</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Grootste bericht</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>Server to choose</source>
        <translation>Te kiezen server</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Normaal wachtwoord</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Geen authenticatie</translation>
    </message>
    <message>
        <source>The password your administrator gave you (not printed here)</source>
        <translation>Het wachtwoord dat u van uw beheerder gekregen hebt (staat hier niet)</translation>
    </message>
    <message>
        <source>The same as for incoming mail</source>
        <translation>Hetzelfde als voor inkomende mail</translation>
    </message>
    <message>
        <source>None: leave the username and password empty</source>
        <translation>Geen: laat gebruikersnaam en wachtwoord leeg</translation>
    </message>
    <message>
        <source>The password of your mailbox at your internet provider</source>
        <translation>Het wachtwoord van uw mailbox bij uw internetprovider</translation>
    </message>
    <message>
        <source>No: mail is removed from the server once downloaded</source>
        <translation>Nee: mail wordt van de server verwijderd zodra hij gedownload is</translation>
    </message>
    <message>
        <source>Yes, for 1 day</source>
        <translation>Ja, gedurende 1 dag</translation>
    </message>
    <message>
        <source>Yes, for {days} days</source>
        <translation>Ja, gedurende {days} dagen</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>For your safety, your password is not on this sheet: use the one your administrator gave you.</source>
        <translation>Voor uw veiligheid staat uw wachtwoord niet op dit blad: gebruik het wachtwoord dat u van uw beheerder gekregen hebt.</translation>
    </message>
    <message>
        <source>With IMAP your messages stay on the server, which has room for {size}. Empty the trash of your mail program regularly so that your mailbox does not fill up.</source>
        <translation>Met IMAP blijven uw berichten op de server, die plaats heeft voor {size}. Maak de prullenbak van uw e-mailprogramma regelmatig leeg, zodat uw mailbox niet volloopt.</translation>
    </message>
    <message>
        <source>With POP3 your mail program downloads your messages to this computer; the server keeps a copy only for the days shown above. Make backups of your mail.</source>
        <translation>Met POP3 haalt uw e-mailprogramma uw berichten op naar deze computer; de server bewaart alleen een kopie gedurende het aantal dagen hierboven. Maak reservekopieën van uw mail.</translation>
    </message>
    <message>
        <source>With POP3 your mail program removes your messages from the server once it has downloaded them: this computer then holds the only copy. Make backups of your mail.</source>
        <translation>Met POP3 verwijdert uw e-mailprogramma uw berichten van de server zodra het ze opgehaald heeft: alleen deze computer heeft ze dan nog. Maak reservekopieën van uw mail.</translation>
    </message>
    <message>
        <source>Webmail always uses IMAP: messages your mail program has already taken off the server with POP3 no longer show in webmail.</source>
        <translation>Webmail gebruikt altijd IMAP: berichten die uw e-mailprogramma al met POP3 van de server gehaald heeft, ziet u niet meer in webmail.</translation>
    </message>
    <message>
        <source>The outgoing server of {isp} only works while you are connected to the internet through {isp}. Elsewhere, for example with a laptop on the road, use the outgoing server of {provider}.</source>
        <translation>De uitgaande mailserver van {isp} werkt alleen zolang u via {isp} met het internet verbonden bent. Elders, bijvoorbeeld met een laptop onderweg, gebruikt u de uitgaande mailserver van {provider}.</translation>
    </message>
    <message>
        <source>This outgoing server only works while you are connected to the internet through your own internet provider. Elsewhere, use the outgoing server of {provider}.</source>
        <translation>Deze uitgaande mailserver werkt alleen zolang u via uw eigen internetprovider met het internet verbonden bent. Elders gebruikt u de uitgaande mailserver van {provider}.</translation>
    </message>
    <message>
        <source>Your administrator is the person who gave you your username and password.</source>
        <translation>Uw beheerder is de persoon die u uw gebruikersnaam en wachtwoord gegeven heeft.</translation>
    </message>
    <message>
        <source>Ask your administrator for a new password, an automatic reply while you are away, or to forward your mail to another address.</source>
        <translation>Vraag uw beheerder om een nieuw wachtwoord, een automatisch antwoord tijdens uw afwezigheid of het doorsturen van uw mail naar een ander adres.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>all2all mail setup</source>
        <translation>all2all e-mail instellen</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Very weak</source>
        <translation>Zeer zwak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
    <message>
        <source>Password strength: {level} (step {step} of {steps})</source>
        <translation>Sterkte van het wachtwoord: {level} (stap {step} van {steps})</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Sterkte van het wachtwoord</translation>
    </message>
    <message>
        <source>It contains an invisible character, such as a tab or a line break. Type the password instead of pasting it.</source>
        <translation>Er staat een onzichtbaar teken in, zoals een tab of een nieuwe regel. Typ het wachtwoord in plaats van het te plakken.</translation>
    </message>
    <message>
        <source>No password has been typed yet.</source>
        <translation>Er is nog geen wachtwoord getypt.</translation>
    </message>
    <message>
        <source>It starts or ends with a space. Check that the space really belongs to your password: it is easy to paste one by mistake, and you cannot see it here.</source>
        <translation>Het begint of eindigt met een spatie. Kijk na of die spatie echt bij uw wachtwoord hoort: een spatie is snel per ongeluk mee geplakt, en u ziet ze hier niet.</translation>
    </message>
    <message>
        <source>It has fewer than {count} characters, the minimum for a good password.</source>
        <translation>Het telt minder dan {count} tekens, het minimum voor een goed wachtwoord.</translation>
    </message>
    <message>
        <source>It is one of the passwords people use most often: attackers try those first.</source>
        <translation>Het is een van de wachtwoorden die mensen het vaakst gebruiken: aanvallers proberen die eerst.</translation>
    </message>
    <message>
        <source>It contains your name, your username, your e-mail address or the name of the mail server, which others can easily find out.</source>
        <translation>Er staat uw naam, uw gebruikersnaam, uw e-mailadres of de naam van de mailserver in, en die kunnen anderen gemakkelijk te weten komen.</translation>
    </message>
    <message>
        <source>It contains a word from the dictionary (Dutch, French or English), even if it is written backwards.</source>
        <translation>Er staat een woord uit het woordenboek in (Nederlands, Frans of Engels), ook als het achterstevoren geschreven is.</translation>
    </message>
    <message>
        <source>It contains a common first name or surname.</source>
        <translation>Er staat een veelvoorkomende voornaam of familienaam in.</translation>
    </message>
    <message>
        <source>It contains keys that sit next to each other on the keyboard, such as azerty or qsdf.</source>
        <translation>Er staan toetsen in die op het toetsenbord naast elkaar liggen, zoals azerty of qsdf.</translation>
    </message>
    <message>
        <source>It contains a simple series, such as abcd or 1234.</source>
        <translation>Er staat een eenvoudige reeks in, zoals abcd of 1234.</translation>
    </message>
    <message>
        <source>It repeats characters or groups of characters, such as aaaa or abcabc.</source>
        <translation>Het herhaalt tekens of groepjes tekens, zoals aaaa of abcabc.</translation>
    </message>
    <message>
        <source>It contains a year or a date, which is easy to guess.</source>
        <translation>Er staat een jaartal of een datum in, en die zijn gemakkelijk te raden.</translation>
    </message>
    <message>
        <source>Replacing letters by look-alikes (0 for o, @ for a, 3 for e) does not make a word harder to guess.</source>
        <translation>Letters vervangen door tekens die erop lijken (0 voor o, @ voor a, 3 voor e) maakt een woord niet moeilijker te raden.</translation>
    </message>
    <message>
        <source>A word followed by digits and a sign, such as Bonjour2024#, is one of the first things attackers try.</source>
        <translation>Een woord gevolgd door cijfers en een teken, zoals Bonjour2024#, is een van de eerste dingen die aanvallers proberen.</translation>
    </message>
    <message>
        <source>It contains only digits. Mix letters and digits.</source>
        <translation>Het bevat alleen cijfers. Meng letters en cijfers.</translation>
    </message>
    <message>
        <source>It contains only letters. Mix letters and digits.</source>
        <translation>Het bevat alleen letters. Meng letters en cijfers.</translation>
    </message>
    <message>
        <source>It is too short to be safe. Make it longer, with random letters and digits.</source>
        <translation>Het is te kort om veilig te zijn. Maak het langer, met willekeurige letters en cijfers.</translation>
    </message>
    <message>
        <source>A good password is not in a dictionary: it is made of random letters and digits and has at least {count} characters. A weak password can be guessed from a distance, over time, and then you can no longer be sure that you are the only one reading your mail. Do not hesitate to ask your administrator for a new password. You can still continue with this one.</source>
        <translation>Een goed wachtwoord staat niet in een woordenboek: het bestaat uit willekeurige letters en cijfers en is minstens {count} tekens lang. Een te zwak wachtwoord kan op termijn door een aanvaller op afstand geraden worden, en dan kunt u er niet meer zeker van zijn dat u de enige bent die uw mail leest. Twijfel dus niet om uw beheerder een nieuw wachtwoord te vragen. U kunt wel verdergaan met dit wachtwoord.</translation>
    </message>
    <message>
        <source>Your password was not saved: this computer has no password safe that the assistant can use. Your mail program may ask for it.</source>
        <translation>Uw wachtwoord is niet bewaard: deze computer heeft geen wachtwoordkluis die de assistent kan gebruiken. Uw e-mailprogramma kan erom vragen.</translation>
    </message>
    <message>
        <source>This computer has no password safe that the assistant can use, so your password cannot be remembered. Everything else works as usual.</source>
        <translation>Deze computer heeft geen wachtwoordkluis die de assistent kan gebruiken, dus uw wachtwoord kan niet onthouden worden. Al de rest werkt gewoon.</translation>
    </message>
    <message>
        <source>The password safe of this computer is locked, so the assistant cannot use it. You can simply type your password.</source>
        <translation>De wachtwoordkluis van deze computer is vergrendeld, dus de assistent kan ze niet gebruiken. U kunt uw wachtwoord gewoon typen.</translation>
    </message>
    <message>
        <source>The password safe of this computer did not answer, so the assistant cannot use it. You can simply type your password.</source>
        <translation>De wachtwoordkluis van deze computer antwoordt niet, dus de assistent kan ze niet gebruiken. U kunt uw wachtwoord gewoon typen.</translation>
    </message>
    <message>
        <source>Your password is saved in the password safe of this computer.</source>
        <translation>Uw wachtwoord is bewaard in de wachtwoordkluis van deze computer.</translation>
    </message>
    <message>
        <source>The saved password has been removed from this computer.</source>
        <translation>Het bewaarde wachtwoord is van deze computer verwijderd.</translation>
    </message>
    <message>
        <source>There was no saved password to remove.</source>
        <translation>Er was geen bewaard wachtwoord om te verwijderen.</translation>
    </message>
    <message>
        <source>A password for {username} is saved on this computer from an earlier setup. You can use it, or forget it.</source>
        <translation>Op deze computer werd een vorige keer een wachtwoord voor {username} bewaard. U kunt het invullen of het verwijderen.</translation>
    </message>
</context>
<context>
    <name>Unattended</name>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Proefdraaien: er werd niets geschreven.</translation>
    </message>
    <message>
        <source>The account was not tested: no password was given. The mail programs ask for it at their first start.</source>
        <translation>Het account werd niet getest: er werd geen wachtwoord opgegeven. De e-mailprogramma's vragen erom wanneer ze de eerste keer starten.</translation>
    </message>
    <message>
        <source>No mail program that the assistant can set up was found.</source>
        <translation>Er werd geen e-mailprogramma gevonden dat de assistent kan instellen.</translation>
    </message>
    <message>
        <source>The password is saved in this computer's password safe.</source>
        <translation>Het wachtwoord is bewaard in de wachtwoordkluis van deze computer.</translation>
    </message>
    <message>
        <source>The password could not be saved in this computer's password safe ({reason}).</source>
        <translation>Het wachtwoord kon niet bewaard worden in de wachtwoordkluis van deze computer ({reason}).</translation>
    </message>
    <message>
        <source>Log file: {file}</source>
        <translation>Logbestand: {file}</translation>
    </message>
    <message>
        <source>The account works: it can receive and send mail.</source>
        <translation>Het account werkt: het kan mail ontvangen en versturen.</translation>
    </message>
    <message>
        <source>The account does not work: nothing was set up.</source>
        <translation>Het account werkt niet: er werd niets ingesteld.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>This assistant sets up your all2all mailbox in the mail programs on this computer.</source>
        <translation>Deze assistent stelt uw all2all-mailbox in in de e-mailprogramma's op deze computer.</translation>
    </message>
    <message>
        <source>In a few steps you choose how your mail is kept, enter the details of your account and choose how your mail is sent. Each step explains the choice in plain words.</source>
        <translation>In enkele stappen kiest u hoe uw mail bewaard wordt, vult u de gegevens van uw account in en kiest u hoe uw mail verstuurd wordt. Bij elke stap wordt de keuze in eenvoudige woorden uitgelegd.</translation>
    </message>
    <message>
        <source>You need: your username (for example user0001), your password and your e-mail address. Your mail administrator gave them to you.</source>
        <translation>U hebt nodig: uw gebruikersnaam (bijvoorbeeld user0001), uw wachtwoord en uw e-mailadres. U hebt ze van uw e-mailbeheerder gekregen.</translation>
    </message>
    <message>
        <source>Nothing on this computer is changed until you confirm at the end.</source>
        <translation>Er wordt niets op deze computer gewijzigd voordat u op het einde bevestigt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>The language of this assistant.</source>
        <translation>De taal van deze assistent.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
</TS>