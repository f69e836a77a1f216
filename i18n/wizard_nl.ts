<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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

Volgens de all2all-assistent voor het instellen van mijn mail is het wachtwoord van mijn mailbox zwak. Kunt u mij een nieuw, sterker wachtwoord geven?

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
        <source>Your na&amp;me:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>Shown to the people you write to, for example Marie Peeters.</source>
        <translation>Deze naam zien de mensen naar wie u mailt, bijvoorbeeld Marie Peeters.</translation>
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
        <translation>Uw e-mailadres bij all2all, precies zoals uw beheerder het opgeschreven heeft.</translation>
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
        <source>A short name such as user0001. It is not your e-mail address.</source>
        <translation>Een korte naam zoals user0001. Dit is niet uw e-mailadres.</translation>
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
        <translation>Wachtwoord &amp;laten zien</translation>
    </message>
    <message>
        <source>Shows the password as plain text, so you can check what you typed.</source>
        <translation>Toont het wachtwoord als gewone tekst, zodat u kunt controleren wat u getypt hebt.</translation>
    </message>
    <message>
        <source>&amp;Ask my administrator for a new password</source>
        <translation>Mijn &amp;beheerder mailen voor een nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program. Your password is not in it.</source>
        <translation>Opent in uw e-mailprogramma een nieuw bericht aan uw beheerder. Uw wachtwoord staat er niet in.</translation>
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
    <name>AccountView</name>
    <message>
        <source>{client}: {account}</source>
        <translation>{client}: {account}</translation>
    </message>
    <message>
        <source>POP3: your mail is downloaded to this computer</source>
        <translation>POP3: uw mail wordt naar deze computer gedownload</translation>
    </message>
    <message>
        <source>IMAP: your mail stays on the server</source>
        <translation>IMAP: uw mail blijft op de server</translation>
    </message>
    <message>
        <source>Username {username} · {kind}</source>
        <translation>Gebruikersnaam {username} · {kind}</translation>
    </message>
    <message>
        <source>Remove this account…</source>
        <translation>Deze account verwijderen…</translation>
    </message>
    <message>
        <source>Remove the account {account} from {client}</source>
        <translation>De account {account} uit {client} verwijderen</translation>
    </message>
    <message>
        <source>This account is set up correctly.</source>
        <translation>Deze account is juist ingesteld.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The test message is sent from and to the account&apos;s address: give --email.</source>
        <translation>Het testbericht wordt verstuurd van en naar het e-mailadres van de account: geef --email op.</translation>
    </message>
    <message>
        <source>The time limit must be more than 0 and at most 600 seconds.</source>
        <translation>De tijdslimiet moet groter zijn dan 0 en mag hoogstens 600 seconden zijn.</translation>
    </message>
    <message>
        <source>The certificate file {file} cannot be used ({reason}).</source>
        <translation>Het certificaatbestand {file} kan niet gebruikt worden ({reason}).</translation>
    </message>
    <message>
        <source>Give all2all, the id of an internet provider&apos;s server, or HOST:PORT.</source>
        <translation>Geef all2all op, de id van de server van een internetprovider, of HOST:PORT.</translation>
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
        <source>{file} is a link to another place, made by someone else or pointing nowhere. To keep files safe, nothing was written through it. Remove the link or give another folder with --output.</source>
        <translation>{file} is een koppeling naar een andere plaats: iemand anders heeft ze gemaakt, of die plaats bestaat niet. Om de bestanden te beschermen, werd er niets via die koppeling geschreven. Verwijder de koppeling, of geef met --output een andere map op.</translation>
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
        <source>The file with all2all&apos;s server settings cannot be used: {reason}</source>
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
        <translation>Het wachtwoord op de standaardinvoer is geen UTF-8-tekst. Bewaar het als UTF-8 en probeer het opnieuw.</translation>
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
        <translation>Het wachtwoord bevat onzichtbare tekens, zoals een tab of een tweede regel. Die mogen niet in een wachtwoord staan.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Geen wachtwoord op de standaardinvoer.</translation>
    </message>
    <message>
        <source>{option} only goes with --fix.</source>
        <translation>{option} kan alleen samen met --fix gebruikt worden.</translation>
    </message>
    <message>
        <source>This folder does not exist: {path}</source>
        <translation>Deze map bestaat niet: {path}</translation>
    </message>
    <message>
        <source>This folder holds neither a Thunderbird profile (prefs.js) nor Evolution&apos;s accounts (.source files): {path}</source>
        <translation>Deze map bevat geen Thunderbird-profiel (prefs.js) en ook geen accounts van Evolution (.source-bestanden): {path}</translation>
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
        <translation>De tijdslimiet moet groter zijn dan 0 en mag hoogstens {seconds} seconden zijn.</translation>
    </message>
    <message>
        <source>Give a server name and an IP address, for example {example}.</source>
        <translation>Geef een servernaam en een IP-adres op, bijvoorbeeld {example}.</translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <source>To go on without {client}, untick it.</source>
        <translation>Wilt u zonder {client} verdergaan? Vink het dan uit.</translation>
    </message>
    <message>
        <source>Untick this to leave {client} as it is.</source>
        <translation>Vink dit uit als u niets aan {client} wilt veranderen.</translation>
    </message>
    <message>
        <source>{client}: not on this computer.</source>
        <translation>{client}: staat niet op deze computer.</translation>
    </message>
    <message>
        <source>Looks at {client} and its settings again.</source>
        <translation>Bekijkt {client} en de instellingen ervan opnieuw.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details for {client}</source>
        <translation>Details over {client}</translation>
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
        <source>{client} keeps its settings in a profile.</source>
        <translation>{client} bewaart zijn instellingen in een profiel.</translation>
    </message>
    <message>
        <source>Deleted messages stay on the server, and count towards your {quota} MB, until the trash is emptied.</source>
        <translation>Verwijderde berichten blijven op de server en tellen mee voor uw {quota} MB, tot de prullenbak leeggemaakt is.</translation>
    </message>
    <message>
        <source>The assistant opens a settings file. You approve it in System Settings; the last page shows how.</source>
        <translation>De assistent opent een instellingenbestand. U keurt het goed in Systeeminstellingen; op de laatste pagina ziet u hoe.</translation>
    </message>
    <message>
        <source>Your all2all account is already there: Set up gives it the right settings. A copy of the current settings is kept first.</source>
        <translation>Uw all2all-account staat er al. Als u op “Instellen” klikt, krijgt die de juiste instellingen. Eerst wordt een kopie van de huidige instellingen bewaard.</translation>
    </message>
    <message>
        <source>Set up adds your all2all account. A copy of the current settings is kept first.</source>
        <translation>Als u op “Instellen” klikt, wordt uw all2all-account toegevoegd. Eerst wordt een kopie van de huidige instellingen bewaard.</translation>
    </message>
    <message>
        <source>{host}, port {port}, username {login}</source>
        <translation>{host}, poort {port}, gebruikersnaam {login}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profiel:</translation>
    </message>
    <message>
        <source>Send through the outgoing server chosen in this assistant ({server})</source>
        <translation>Versturen via de uitgaande mailserver die u in deze assistent gekozen hebt ({server})</translation>
    </message>
    <message>
        <source>A new outgoing server is added to {client} only if it does not have it yet.</source>
        <translation>{client} krijgt alleen een nieuwe uitgaande mailserver als die er nog niet in staat.</translation>
    </message>
    <message>
        <source>If you already send mail from {client} with another account, you can share its outgoing server with your all2all account.</source>
        <translation>Verstuurt u in {client} al mail met een andere account? Dan kan uw all2all-account dezelfde uitgaande mailserver gebruiken.</translation>
    </message>
    <message>
        <source>Only a server of your internet provider sends for every address; another mail service&apos;s server may refuse mail from your all2all address.</source>
        <translation>Alleen een server van uw internetprovider verstuurt mail voor elk adres. De server van een andere maildienst kan mail van uw all2all-adres weigeren.</translation>
    </message>
    <message>
        <source>Outgoing server to share</source>
        <translation>Te delen uitgaande mailserver</translation>
    </message>
    <message>
        <source>Opens {client} with a file that adds a new profile with your account. If that does not work, follow the steps shown at the end.</source>
        <translation>Opent {client} met een bestand dat een nieuw profiel met uw account toevoegt. Lukt dat niet, volg dan de stappen die op het einde getoond worden.</translation>
    </message>
    <message>
        <source>Share an existing outgoing server of {client}</source>
        <translation>Een uitgaande mailserver delen die al in {client} staat</translation>
    </message>
    <message>
        <source>Outgoing server to share:</source>
        <translation>Te delen uitgaande mailserver:</translation>
    </message>
    <message>
        <source>Empty the trash when {client} closes</source>
        <translation>De prullenbak leegmaken bij het afsluiten van {client}</translation>
    </message>
    <message>
        <source>Let {client} add the account itself (experimental)</source>
        <translation>{client} de account zelf laten toevoegen (experimenteel)</translation>
    </message>
    <message>
        <source>Give {client} my password through this computer&apos;s password safe</source>
        <translation>Mijn wachtwoord aan {client} geven via de wachtwoordkluis van deze computer</translation>
    </message>
    <message>
        <source>Then {client} does not ask for it. Untick this to type it in {client} yourself.</source>
        <translation>Dan vraagt {client} er niet om. Vink dit uit als u het wachtwoord zelf in {client} wilt typen.</translation>
    </message>
    <message>
        <source>Settings that will be written</source>
        <translation>Instellingen die geschreven worden</translation>
    </message>
    <message>
        <source>One line per setting, as written in the file.</source>
        <translation>Eén regel per instelling, zoals in het bestand.</translation>
    </message>
    <message>
        <source>You add the account in Outlook&apos;s own windows: the last page shows each step, with every value to copy.</source>
        <translation>U voegt de account zelf toe in de vensters van Outlook. De laatste pagina toont elke stap, met alle waarden om te kopiëren.</translation>
    </message>
    <message>
        <source>Your all2all account is already set up like this. Nothing changes.</source>
        <translation>Uw all2all-account is al precies zo ingesteld. Er verandert niets.</translation>
    </message>
    <message>
        <source>{profile} (the one {client} opens)</source>
        <translation>{profile} (het profiel dat {client} opent)</translation>
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
        <source>Your password is not written into this file.</source>
        <translation>Uw wachtwoord komt niet in dit bestand.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Waiting</source>
        <translation>Wachten</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>In orde</translation>
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
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{host}, port {port}</source>
        <translation>{host}, poort {port}</translation>
    </message>
    <message>
        <source>Testing your account…</source>
        <translation>Uw account wordt getest…</translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation>U hebt de test gestopt.</translation>
    </message>
    <message>
        <source>Checking that your mail really arrives…</source>
        <translation>Nagaan of uw mail echt aankomt…</translation>
    </message>
    <message>
        <source>Your account works.</source>
        <translation>Uw account werkt.</translation>
    </message>
    <message>
        <source>Your account does not work yet.</source>
        <translation>Uw account werkt nog niet.</translation>
    </message>
    <message>
        <source>The test starts when this page is shown.</source>
        <translation>De test begint zodra deze pagina verschijnt.</translation>
    </message>
    <message>
        <source>Receiving mail</source>
        <translation>Mail ontvangen</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>Mail versturen</translation>
    </message>
    <message>
        <source>Receiving mail: checking…</source>
        <translation>Mail ontvangen: wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Sending mail: checking…</source>
        <translation>Mail versturen: wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Receiving mail works.</source>
        <translation>Mail ontvangen werkt.</translation>
    </message>
    <message>
        <source>Sending mail works.</source>
        <translation>Mail versturen werkt.</translation>
    </message>
    <message>
        <source>Receiving mail does not work yet.</source>
        <translation>Mail ontvangen werkt nog niet.</translation>
    </message>
    <message>
        <source>Sending mail does not work yet.</source>
        <translation>Mail versturen werkt nog niet.</translation>
    </message>
    <message>
        <source>Receiving mail: not tested.</source>
        <translation>Mail ontvangen: niet getest.</translation>
    </message>
    <message>
        <source>Sending mail: not tested.</source>
        <translation>Mail versturen: niet getest.</translation>
    </message>
    <message>
        <source>Sending mail: your internet provider&apos;s server does not answer here. That is normal away from its own network.</source>
        <translation>Mail versturen: de server van uw internetprovider antwoordt hier niet. Dat is normaal buiten het eigen netwerk van uw internetprovider.</translation>
    </message>
    <message>
        <source>Time so far: {time}</source>
        <translation>Verstreken tijd: {time}</translation>
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
        <source>The assistant connects to all2all exactly as your mail program will.</source>
        <translation>De assistent maakt verbinding met all2all, precies zoals uw e-mailprogramma dat straks doet.</translation>
    </message>
    <message>
        <source>Use an&amp;other outgoing server…</source>
        <translation>Een &amp;andere uitgaande mailserver gebruiken…</translation>
    </message>
    <message>
        <source>Choose your internet provider&apos;s outgoing server, then test again.</source>
        <translation>Kies de uitgaande mailserver van uw internetprovider en test daarna opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details of the test</source>
        <translation>Details van de test</translation>
    </message>
    <message>
        <source>{where}: {explanation}
What to do: {advice}</source>
        <translation>{where}: {explanation}
Wat kunt u doen? {advice}</translation>
    </message>
    <message>
        <source>{used} MB of {limit} MB used</source>
        <translation>{used} MB van {limit} MB gebruikt</translation>
    </message>
    <message>
        <source>Testing your account</source>
        <translation>Uw account testen</translation>
    </message>
    <message>
        <source>&amp;Stop the test</source>
        <translation>De test &amp;stoppen</translation>
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
        <translation>Start de hele test opnieuw, vanaf het begin.</translation>
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
        <translation>Met de knop “Kopiëren” ernaast zet u deze waarde op het klembord.</translation>
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
    <name>Details</name>
    <message>
        <source>Expanded. Press Space to collapse.</source>
        <translation>Uitgeklapt. Druk op spatie om in te klappen.</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to expand.</source>
        <translation>Ingeklapt. Druk op spatie om uit te klappen.</translation>
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
        <translation>Er is niets te herstellen.</translation>
    </message>
    <message>
        <source>{severity}: {title} ({state})</source>
        <translation>{severity}: {title} ({state})</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Wat kunt u doen? {advice}</translation>
    </message>
    <message>
        <source>Everything that was wrong is repaired.</source>
        <translation>Alles wat niet in orde was, is hersteld.</translation>
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
        <source>Mail is sent to all2all&apos;s server on port 25</source>
        <translation>Mail wordt via poort 25 naar de server van all2all verstuurd</translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server without encryption</source>
        <translation>Mail wordt zonder versleuteling naar de server van all2all verstuurd</translation>
    </message>
    <message>
        <source>Mail is sent with STARTTLS instead of SSL/TLS</source>
        <translation>Mail wordt met STARTTLS verstuurd in plaats van met SSL/TLS</translation>
    </message>
    <message>
        <source>Mail is sent on the wrong port</source>
        <translation>Mail wordt via de verkeerde poort verstuurd</translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server without logging in</source>
        <translation>Mail wordt zonder aanmelding naar de server van all2all verstuurd</translation>
    </message>
    <message>
        <source>Mail is sent with the wrong kind of password</source>
        <translation>Mail wordt met de verkeerde soort wachtwoord verstuurd</translation>
    </message>
    <message>
        <source>Mail is sent with another all2all username</source>
        <translation>Mail wordt met een andere gebruikersnaam van all2all verstuurd</translation>
    </message>
    <message>
        <source>This account uses another username</source>
        <translation>Deze account gebruikt een andere gebruikersnaam</translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method logging in fails.</source>
        <translation>all2all verwacht het gewone wachtwoord, verstuurd binnen de beveiligde verbinding. Met een andere methode mislukt het aanmelden.</translation>
    </message>
    <message>
        <source>Port 25 is for servers talking to each other: many networks block it, and all2all expects your mail on port {smtp_port} with SSL/TLS, your username and password.</source>
        <translation>Poort 25 is bedoeld voor servers die met elkaar praten: veel netwerken blokkeren die poort. all2all verwacht uw mail op poort {smtp_port}, met SSL/TLS en met uw gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>This all2all account logs in with another username than the one you gave. It may be an old username, or another person&apos;s mailbox.</source>
        <translation>Deze all2all-account meldt zich aan met een andere gebruikersnaam dan die u opgegeven hebt. Misschien is het een oude gebruikersnaam, of de mailbox van iemand anders.</translation>
    </message>
    <message>
        <source>If the username is old, remove this account and set up all2all again. If it is another person&apos;s mailbox, leave it.</source>
        <translation>Is het een oude gebruikersnaam, verwijder deze account dan en stel all2all opnieuw in. Is het de mailbox van iemand anders, laat de account dan staan.</translation>
    </message>
    <message>
        <source>If the username is old, remove this account (all2all-setup remove) and set up all2all again. If it is another person&apos;s mailbox, leave it.</source>
        <translation>Is het een oude gebruikersnaam, verwijder deze account dan (all2all-setup remove) en stel all2all opnieuw in. Is het de mailbox van iemand anders, laat de account dan staan.</translation>
    </message>
    <message>
        <source>The outgoing server set for this account does not exist</source>
        <translation>De uitgaande mailserver die voor deze account ingesteld is, bestaat niet</translation>
    </message>
    <message numerus="yes">
        <source>Run the command again with --fix: a copy then stays on the server for %n day(s) (it can be changed in the mail program&apos;s account settings).</source>
        <translation>
            <numerusform>Voer de opdracht opnieuw uit met --fix: er blijft dan %n dag een kopie op de server (dat kan gewijzigd worden in de accountinstellingen van het e-mailprogramma).</numerusform>
            <numerusform>Voer de opdracht opnieuw uit met --fix: er blijft dan %n dagen een kopie op de server (dat kan gewijzigd worden in de accountinstellingen van het e-mailprogramma).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Repair: a copy then stays on the server for %n day(s) (you can change that in the mail program&apos;s account settings).</source>
        <translation>
            <numerusform>Klik op “Herstellen”. Er blijft dan %n dag een kopie op de server (dat kunt u later wijzigen in de accountinstellingen van het e-mailprogramma).</numerusform>
            <numerusform>Klik op “Herstellen”. Er blijft dan %n dagen een kopie op de server (dat kunt u later wijzigen in de accountinstellingen van het e-mailprogramma).</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail is deleted from the server once downloaded</source>
        <translation>Mail wordt na het downloaden van de server verwijderd</translation>
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
        <source>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {incoming_port}.</source>
        <translation>De verbinding wordt pas beveiligd nadat ze begonnen is (STARTTLS). De handleiding van all2all vraagt SSL/TLS vanaf het begin, op poort {incoming_port}.</translation>
    </message>
    <message>
        <source>all2all&apos;s server waits for this on port {incoming_port}; on another port the mail program cannot connect.</source>
        <translation>De server van all2all wacht hiervoor op poort {incoming_port}. Op een andere poort kan het e-mailprogramma geen verbinding maken.</translation>
    </message>
    <message>
        <source>Your password and what you send travel over the internet as readable text. all2all expects SSL/TLS on port {smtp_port}.</source>
        <translation>Uw wachtwoord en wat u verstuurt, gaan als leesbare tekst over het internet. all2all verwacht SSL/TLS op poort {smtp_port}.</translation>
    </message>
    <message>
        <source>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {smtp_port}.</source>
        <translation>De verbinding wordt pas beveiligd nadat ze begonnen is (STARTTLS). De handleiding van all2all vraagt SSL/TLS vanaf het begin, op poort {smtp_port}.</translation>
    </message>
    <message>
        <source>all2all&apos;s outgoing server waits on port {smtp_port}; on another port sending fails.</source>
        <translation>De uitgaande mailserver van all2all wacht op poort {smtp_port}. Op een andere poort mislukt het versturen.</translation>
    </message>
    <message>
        <source>all2all only sends mail for people who log in with their all2all username and password. Without logging in, sending is refused.</source>
        <translation>all2all verstuurt alleen mail voor wie zich aanmeldt met een gebruikersnaam en wachtwoord van all2all. Zonder aanmelding wordt het versturen geweigerd.</translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method sending fails.</source>
        <translation>all2all verwacht het gewone wachtwoord, verstuurd binnen de beveiligde verbinding. Met een andere methode mislukt het versturen.</translation>
    </message>
    <message>
        <source>For sending, this account uses another all2all username than for receiving, so the server may refuse your address.</source>
        <translation>Voor het versturen gebruikt deze account een andere gebruikersnaam van all2all dan voor het ontvangen. Daardoor kan de server uw adres weigeren.</translation>
    </message>
    <message>
        <source>The account points at an outgoing server that is no longer there, so nothing can be sent from it.</source>
        <translation>De account verwijst naar een uitgaande mailserver die er niet meer is. Met deze account kan dus niets verstuurd worden.</translation>
    </message>
    <message>
        <source>With POP3 the mail program removes your mail from the server after downloading it, so the webmail and your other devices no longer see it.</source>
        <translation>Met POP3 verwijdert het e-mailprogramma uw mail van de server nadat het die gedownload heeft. In de webmail en op uw andere toestellen ziet u die mail dan niet meer.</translation>
    </message>
    <message>
        <source>The same mailbox is set up twice in this mail program. Mail then shows twice, or one account (POP3) takes it away from the other.</source>
        <translation>Dezelfde mailbox is twee keer ingesteld in dit e-mailprogramma. Mail verschijnt dan dubbel, of de ene account (POP3) neemt de mail weg voor de andere.</translation>
    </message>
    <message>
        <source>Keep one of the two accounts and remove the other in the mail program&apos;s account settings (its local mail stays on this computer).</source>
        <translation>Behoud een van de twee accounts en verwijder de andere in de accountinstellingen van het e-mailprogramma (de mail die op deze computer bewaard is voor die account, blijft daar staan).</translation>
    </message>
    <message>
        <source>Press Repair to set it right; nothing else in the mail program changes.</source>
        <translation>Klik op “Herstellen” om dit in orde te brengen. Verder verandert er niets in het e-mailprogramma.</translation>
    </message>
    <message>
        <source>Run the command again with --fix to set it right; nothing else in the mail program changes.</source>
        <translation>Voer de opdracht opnieuw uit met --fix om dit in orde te brengen. Verder verandert er niets in het e-mailprogramma.</translation>
    </message>
    <message>
        <source>Incoming mail now uses a secure connection</source>
        <translation>Inkomende mail gebruikt nu een beveiligde verbinding</translation>
    </message>
    <message>
        <source>Incoming mail is now secured from the start (SSL/TLS)</source>
        <translation>Inkomende mail wordt nu vanaf het begin beveiligd (SSL/TLS)</translation>
    </message>
    <message>
        <source>Incoming mail now uses the right port</source>
        <translation>Inkomende mail gebruikt nu de juiste poort</translation>
    </message>
    <message>
        <source>Incoming mail now logs in with the normal password</source>
        <translation>Inkomende mail gebruikt nu het gewone wachtwoord</translation>
    </message>
    <message>
        <source>Mail is now sent to all2all&apos;s server on the right port</source>
        <translation>Mail wordt nu via de juiste poort naar de server van all2all verstuurd</translation>
    </message>
    <message>
        <source>Mail is now sent over a secure connection</source>
        <translation>Mail wordt nu via een beveiligde verbinding verstuurd</translation>
    </message>
    <message>
        <source>Mail is now sent secured from the start (SSL/TLS)</source>
        <translation>Mail wordt nu vanaf het begin beveiligd verstuurd (SSL/TLS)</translation>
    </message>
    <message>
        <source>Mail is now sent on the right port</source>
        <translation>Mail wordt nu via de juiste poort verstuurd</translation>
    </message>
    <message>
        <source>Mail is now sent with your username and password</source>
        <translation>Mail wordt nu met uw gebruikersnaam en wachtwoord verstuurd</translation>
    </message>
    <message>
        <source>Mail is now sent with the normal password</source>
        <translation>Mail wordt nu met het gewone wachtwoord verstuurd</translation>
    </message>
    <message>
        <source>Mail is now sent with the same username as it is received</source>
        <translation>Mail wordt nu met dezelfde gebruikersnaam verstuurd en ontvangen</translation>
    </message>
    <message>
        <source>This account now has an outgoing server</source>
        <translation>Deze account heeft nu een uitgaande mailserver</translation>
    </message>
    <message>
        <source>A copy of your mail now stays on the server</source>
        <translation>Er blijft nu een kopie van uw mail op de server</translation>
    </message>
    <message>
        <source>{title} ({state})</source>
        <translation>{title} ({state})</translation>
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
    <message>
        <source>Close {client}, then press Repair again.</source>
        <translation>Sluit {client} en klik dan opnieuw op “Herstellen”.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then press Repair again.</source>
        <translation>Sluit {client} als het openstaat en klik dan opnieuw op “Herstellen”.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then press Repair again.</source>
        <translation>Maak wat ruimte vrij op de schijf en klik dan opnieuw op “Herstellen”.</translation>
    </message>
    <message>
        <source>Press Repair again. If it fails again, ask your administrator for help.</source>
        <translation>Klik opnieuw op “Herstellen”. Lukt het weer niet, vraag dan hulp aan uw beheerder.</translation>
    </message>
    <message>
        <source>Ask your administrator for help.</source>
        <translation>Vraag hulp aan uw beheerder.</translation>
    </message>
</context>
<context>
    <name>DoctorPage</name>
    <message>
        <source>Looking for all2all accounts on this computer…</source>
        <translation>De assistent zoekt naar all2all-accounts op deze computer…</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Bezig met herstellen…</translation>
    </message>
    <message>
        <source>Removing the account…</source>
        <translation>De account wordt verwijderd…</translation>
    </message>
    <message>
        <source>The settings of the mail programs could not be read.</source>
        <translation>De instellingen van de e-mailprogramma’s konden niet gelezen worden.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>Not everything could be repaired.</source>
        <translation>Niet alles kon hersteld worden.</translation>
    </message>
    <message>
        <source>Some settings are not right.</source>
        <translation>Sommige instellingen zijn niet in orde.</translation>
    </message>
    <message>
        <source>Something is left for you to do.</source>
        <translation>Er blijft iets over dat u zelf moet doen.</translation>
    </message>
    <message>
        <source>Everything that was wrong is repaired.</source>
        <translation>Alles wat niet in orde was, is hersteld.</translation>
    </message>
    <message>
        <source>Your all2all set-up is correct.</source>
        <translation>Uw all2all-instellingen zijn in orde.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) repaired.</source>
        <translation>
            <numerusform>%n probleem hersteld.</numerusform>
            <numerusform>%n problemen hersteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repair sets right %n problem(s); nothing else in your mail programs changes.</source>
        <translation>
            <numerusform>Met “Herstellen” lost de assistent %n probleem op. Verder verandert er niets in uw e-mailprogramma’s.</numerusform>
            <numerusform>Met “Herstellen” lost de assistent %n problemen op. Verder verandert er niets in uw e-mailprogramma’s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) only you can settle: see below.</source>
        <translation>
            <numerusform>%n punt kunt alleen u zelf regelen: zie hieronder.</numerusform>
            <numerusform>%n punten kunt alleen u zelf regelen: zie hieronder.</numerusform>
        </translation>
    </message>
    <message>
        <source>{client}: {account} in {folder}</source>
        <translation>{client}: {account} in {folder}</translation>
    </message>
    <message>
        <source>{client}: {folder}: code {code}</source>
        <translation>{client}: {folder}: code {code}</translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Kopie van de vorige instellingen: {file}</translation>
    </message>
    <message>
        <source>Check your all2all set-up</source>
        <translation>Uw all2all-instellingen controleren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>The assistant looks at the all2all accounts in Thunderbird and Evolution.</source>
        <translation>De assistent bekijkt de all2all-accounts in Thunderbird en Evolution.</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Sets right every problem below that can be repaired.</source>
        <translation>Brengt elk probleem hieronder in orde dat hersteld kan worden.</translation>
    </message>
    <message>
        <source>The assistant can add your all2all account to your mail program now.</source>
        <translation>De assistent kan uw all2all-account nu aan uw e-mailprogramma toevoegen.</translation>
    </message>
    <message>
        <source>&amp;Set up all2all</source>
        <translation>Mijn all2all-account &amp;instellen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Details voor de helpdesk</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Kopie van de vorige instellingen: {file}</translation>
    </message>
    <message>
        <source>No mail program has your account yet. Add it in your mail program with the settings below.</source>
        <translation>Uw account staat nog in geen enkel e-mailprogramma. Voeg de account toe aan uw e-mailprogramma met de instellingen hieronder.</translation>
    </message>
    <message>
        <source>The settings for a phone are saved in “{folder}” in your Documents.</source>
        <translation>De instellingen voor een gsm zijn bewaard in “{folder}” in uw map Documenten.</translation>
    </message>
    <message>
        <source>The account is no longer in {client}: you removed it again.</source>
        <translation>De account staat niet meer in {client}: u hebt die verwijderd.</translation>
    </message>
    <message>
        <source>Outlook: one thing is left for you. Add the account in Outlook&apos;s own windows; the steps show every value to copy.</source>
        <translation>Outlook: u moet de account nog zelf toevoegen. Klik op “De stappen tonen”: bij elke stap staan de gegevens die u kunt kopiëren.</translation>
    </message>
    <message>
        <source>Mail: one thing is left for you. Approve the settings on this Mac:</source>
        <translation>Mail: u moet nog één ding doen. Keur de instellingen goed op deze Mac:</translation>
    </message>
    <message>
        <source>{client} already had your account exactly like this.</source>
        <translation>Uw account stond al precies zo in {client}.</translation>
    </message>
    <message>
        <source>{client} is ready: your account there was updated, not added twice.</source>
        <translation>{client} is klaar: uw account werd bijgewerkt, niet dubbel toegevoegd.</translation>
    </message>
    <message>
        <source>{client} is ready.</source>
        <translation>{client} is klaar.</translation>
    </message>
    <message>
        <source>It knows your password.</source>
        <translation>Het programma kent uw wachtwoord.</translation>
    </message>
    <message>
        <source>It asks for your password once, the first time: type it and let it remember it.</source>
        <translation>Het programma vraagt uw wachtwoord alleen de eerste keer: typ het dan in en laat het programma het wachtwoord onthouden.</translation>
    </message>
    <message>
        <source>The program could not be started from here. Start it as you usually do.</source>
        <translation>Het programma kon niet van hieruit gestart worden. Start het zoals u dat gewoonlijk doet.</translation>
    </message>
    <message>
        <source>Outlook, step by step</source>
        <translation>Outlook, stap voor stap</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Bewaard: {file}</translation>
    </message>
    <message>
        <source>{client}: {folder}</source>
        <translation>{client}: {folder}</translation>
    </message>
    <message>
        <source>{client}: code {code}</source>
        <translation>{client}: code {code}</translation>
    </message>
    <message>
        <source>Under “{main}” you can choose “{dutch}”; the menus are then called “{preferences}” and “{mail}”.</source>
        <translation>Onder “{main}” kunt u de taal op “{dutch}” zetten; de menu’s heten dan “{preferences}” en “{mail}”.</translation>
    </message>
    <message>
        <source>Under “{main}” you can choose another language.</source>
        <translation>Onder “{main}” kunt u een andere taal kiezen.</translation>
    </message>
    <message>
        <source>Vacation message or forwarding for my mailbox {email}</source>
        <translation>Vakantiebericht of doorsturen van mail voor mijn mailbox {email}</translation>
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

Kunt u voor mijn all2all-mailbox een vakantiebericht instellen of mijn mail laten doorsturen?

E-mailadres: {email}
Gebruikersnaam: {username}

Wat ik graag zou hebben:


Alvast bedankt,
{name}</translation>
    </message>
    <message>
        <source>The sheet could not be saved. Check that your Documents folder exists.</source>
        <translation>Het instellingenblad kon niet bewaard worden. Controleer of uw map Documenten bestaat.</translation>
    </message>
    <message>
        <source>Saved as “{file}” in “{folder}”.</source>
        <translation>Bewaard als “{file}” in “{folder}”.</translation>
    </message>
    <message>
        <source>Remove the account from {client} again…</source>
        <translation>De account uit {client} verwijderen…</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Uw instellingen</translation>
    </message>
    <message>
        <source>Check your settings. You can go back to change any of them.</source>
        <translation>Controleer uw instellingen. U kunt teruggaan om er een te wijzigen.</translation>
    </message>
    <message>
        <source>Not everything could be set up</source>
        <translation>Niet alles kon ingesteld worden</translation>
    </message>
    <message>
        <source>Below: what happened, and what you can do.</source>
        <translation>Hieronder leest u wat er gebeurd is en wat u kunt doen.</translation>
    </message>
    <message>
        <source>Done: your settings are saved</source>
        <translation>Klaar: uw instellingen zijn bewaard</translation>
    </message>
    <message>
        <source>Add your account in your mail program with the settings below.</source>
        <translation>Voeg uw account toe aan uw e-mailprogramma met de instellingen hieronder.</translation>
    </message>
    <message>
        <source>Almost done: add the account in your mail program</source>
        <translation>Bijna klaar: voeg de account toe aan uw e-mailprogramma</translation>
    </message>
    <message>
        <source>Your account works. The settings below are all you need.</source>
        <translation>Uw account werkt. Meer dan de instellingen hieronder hebt u niet nodig.</translation>
    </message>
    <message>
        <source>Done: your mail is ready</source>
        <translation>Klaar: u kunt nu mailen</translation>
    </message>
    <message>
        <source>Your all2all account is set up and tested.</source>
        <translation>Uw all2all-account is ingesteld en getest.</translation>
    </message>
    <message>
        <source>Almost done: one thing is left for you</source>
        <translation>Bijna klaar: u moet nog één ding doen</translation>
    </message>
    <message>
        <source>Your account is tested. Below: the last step.</source>
        <translation>Uw account is getest. Hieronder staat de laatste stap.</translation>
    </message>
    <message>
        <source>Your mailbox holds {quota} MB. Empty the trash now and then: deleted messages stay on the server until you do. A message can be at most {size} MB.</source>
        <translation>Uw mailbox heeft {quota} MB ruimte. Maak de prullenbak af en toe leeg: verwijderde berichten blijven op de server tot u dat doet. Een bericht mag hoogstens {size} MB groot zijn.</translation>
    </message>
    <message>
        <source>A vacation message or forwarding is set up by your administrator, the person who gave you your username.</source>
        <translation>Voor een vakantiebericht of om uw mail te laten doorsturen, kunt u terecht bij uw beheerder (de persoon die u uw gebruikersnaam gegeven heeft).</translation>
    </message>
    <message>
        <source>Settings for a &amp;phone or another program</source>
        <translation>Instellingen voor een &amp;gsm of een ander programma</translation>
    </message>
    <message>
        <source>Settings for a phone or another program</source>
        <translation>Instellingen voor een gsm of een ander programma</translation>
    </message>
    <message>
        <source>Add an account of the type {kind} and type these values. Copy each one with its button.</source>
        <translation>Voeg een {kind}-account toe en vul deze gegevens in. Kopieer ze één voor één met de knop ernaast.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>De map openen</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>De stappen tonen</translation>
    </message>
    <message>
        <source>Open {client}</source>
        <translation>{client} openen</translation>
    </message>
    <message>
        <source>Webmail: read your mail in a web browser at {url}. Log in with your username and password and choose the server “{server}”. The webmail is in English at first: open “{preferences}”, then “{mail}”, and type your e-mail address exactly as you received it. It becomes the sender of the mail you send there.</source>
        <translation>Webmail: lees uw mail in een webbrowser op {url}. Meld u aan met uw gebruikersnaam en wachtwoord en kies de server “{server}”. De webmail staat eerst in het Engels: open “{preferences}” en daarna “{mail}”, en typ uw e-mailadres precies zoals u het gekregen hebt. Dat wordt het afzenderadres van de mail die u daar verstuurt.</translation>
    </message>
    <message>
        <source>Save the settings &amp;sheet to print (PDF)</source>
        <translation>Het instellingenblad &amp;bewaren om af te drukken (PDF)</translation>
    </message>
    <message>
        <source>Saves every setting on one page in your Documents, without your password.</source>
        <translation>Bewaart alle instellingen op één pagina in uw map Documenten, zonder uw wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Details voor de helpdesk</translation>
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
        <source>Write to my &amp;administrator</source>
        <translation>Mijn beheerder m&amp;ailen</translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program.</source>
        <translation>Opent in uw e-mailprogramma een nieuw bericht aan uw beheerder.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The assistant cannot start because one of its files is damaged. Please install it again, or ask your administrator for help.</source>
        <translation>De assistent kan niet starten, omdat een van zijn bestanden beschadigd is. Installeer hem opnieuw of vraag uw beheerder om hulp.</translation>
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
        <translation>{client} is nog open. Zolang het programma open is, kan de assistent de instellingen niet aanpassen: bij het afsluiten zou het programma ze weer overschrijven.</translation>
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
        <translation>Het instellingenbestand van {client} is beschadigd. Er werd niets aan veranderd.</translation>
    </message>
    <message>
        <source>The {client} settings changed while the assistant was working. Nothing was written.</source>
        <translation>De instellingen van {client} zijn veranderd terwijl de assistent bezig was. Er werd niets geschreven.</translation>
    </message>
    <message>
        <source>The outgoing server you chose to share no longer exists in {client}.</source>
        <translation>De uitgaande mailserver die u wilde delen, bestaat niet meer in {client}.</translation>
    </message>
    <message>
        <source>The {client} settings could not be written. The original file was kept.</source>
        <translation>De instellingen van {client} konden niet geschreven worden. Het oorspronkelijke bestand is bewaard gebleven.</translation>
    </message>
    <message>
        <source>The {client} settings did not read back correctly after writing. The original file was put back.</source>
        <translation>Na het schrijven konden de instellingen van {client} niet correct teruggelezen worden. Het oorspronkelijke bestand werd teruggezet.</translation>
    </message>
    <message>
        <source>A file the assistant must write is a link to another place, made by someone else or pointing nowhere. To keep your files safe, nothing was written through it.</source>
        <translation>Een bestand dat de assistent moet schrijven, is een koppeling naar een andere plaats: iemand anders heeft ze gemaakt, of die plaats bestaat niet. Om uw bestanden te beschermen, werd er niets via die koppeling geschreven.</translation>
    </message>
    <message>
        <source>A settings file of {client} is far larger than a real one can be, so the assistant did not read it. It was left exactly as it was.</source>
        <translation>Een instellingenbestand van {client} is veel groter dan een echt instellingenbestand kan zijn. Daarom heeft de assistent het niet gelezen. Er werd niets aan veranderd.</translation>
    </message>
    <message>
        <source>Add the account in {client} yourself with the settings shown at the end, or ask your administrator for help.</source>
        <translation>Voeg de account zelf toe in {client} met de instellingen die op het einde getoond worden, of vraag uw beheerder om hulp.</translation>
    </message>
    <message>
        <source>Press Retry. If it fails again: {help}</source>
        <translation>Klik op “Opnieuw proberen”. Lukt het weer niet: {help}</translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then press Retry.</source>
        <translation>Installeer {client}, of start het één keer en sluit het weer af. Klik daarna op “Opnieuw proberen”.</translation>
    </message>
    <message>
        <source>Press Retry to look for the profiles again.</source>
        <translation>Klik op “Opnieuw proberen” om de profielen opnieuw te zoeken.</translation>
    </message>
    <message>
        <source>Close {client}, then press Retry.</source>
        <translation>Sluit {client} en klik daarna op “Opnieuw proberen”.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then press Retry.</source>
        <translation>Maak wat ruimte vrij op de schijf en klik daarna op “Opnieuw proberen”.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then press Retry.</source>
        <translation>Sluit {client} als het open is en klik daarna op “Opnieuw proberen”.</translation>
    </message>
    <message>
        <source>Press Retry, then choose the outgoing server again.</source>
        <translation>Klik op “Opnieuw proberen” en kies daarna opnieuw de uitgaande mailserver.</translation>
    </message>
    <message>
        <source>Add the account in {client} yourself, or ask your administrator for help.</source>
        <translation>Voeg de account zelf toe in {client}, of vraag uw beheerder om hulp.</translation>
    </message>
    <message>
        <source>Run the command again. If it fails again: {help}</source>
        <translation>Voer de opdracht opnieuw uit. Lukt het weer niet: {help}</translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then run the command again.</source>
        <translation>Installeer {client}, of start het één keer en sluit het weer af. Voer daarna de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>Run the command again, or give the profile folder with --profile (all2all-setup clients lists them).</source>
        <translation>Voer de opdracht opnieuw uit, of geef de profielmap op met --profile (all2all-setup clients toont de profielen).</translation>
    </message>
    <message>
        <source>Close {client}, then run the command again.</source>
        <translation>Sluit {client} en voer daarna de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then run the command again.</source>
        <translation>Maak wat ruimte vrij op de schijf en voer daarna de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then run the command again.</source>
        <translation>Sluit {client} als het open is en voer daarna de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>Run the command again without --reuse-outgoing, or with a server that {client} still has.</source>
        <translation>Voer de opdracht opnieuw uit zonder --reuse-outgoing, of met een server die nog in {client} staat.</translation>
    </message>
    <message>
        <source>Check who made that link and why (ls -l shows where it points), remove it, then run the command again; or give another folder.</source>
        <translation>Ga na wie die koppeling gemaakt heeft en waarom (ls -l toont waar ze naartoe wijst). Verwijder ze en voer daarna de opdracht opnieuw uit, of geef een andere map op.</translation>
    </message>
    <message>
        <source>The account was added to {client}.</source>
        <translation>De account is toegevoegd aan {client}.</translation>
    </message>
    <message>
        <source>The account already existed in {client}: its settings were brought up to date, without making a second copy.</source>
        <translation>De account stond al in {client}: de instellingen ervan zijn bijgewerkt, zonder een tweede exemplaar te maken.</translation>
    </message>
    <message>
        <source>The account was already set up exactly like this in {client}: nothing was changed.</source>
        <translation>De account was al precies zo ingesteld in {client}: er is niets veranderd.</translation>
    </message>
    <message>
        <source>The settings for {client} were saved in this file: {file}</source>
        <translation>De instellingen voor {client} zijn bewaard in dit bestand: {file}</translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. Follow the steps below: every value can be copied with one click.</source>
        <translation>{client} laat andere programma’s geen accounts toevoegen. Volg de stappen hieronder: elke waarde kunt u met één klik kopiëren.</translation>
    </message>
    <message>
        <source>{client} opened and adds your account as a new profile “{profile}”. If {client} asks which profile to use, choose that one. If it does not work, follow the steps below.</source>
        <translation>{client} is geopend en voegt uw account toe als een nieuw profiel “{profile}”. Vraagt {client} welk profiel u wilt gebruiken, kies dan dat profiel. Lukt het niet, volg dan de stappen hieronder.</translation>
    </message>
    <message>
        <source>The “Local Folders” of {client} are created as well.</source>
        <translation>De “Lokale mappen” van {client} worden ook aangemaakt.</translation>
    </message>
    <message>
        <source>Your account {email} will be added to the {client} profile “{profile}”.</source>
        <translation>Uw account {email} wordt toegevoegd aan het profiel “{profile}” van {client}.</translation>
    </message>
    <message>
        <source>Your account {email} already exists in the {client} profile “{profile}”: its settings will be brought up to date, without making a second copy.</source>
        <translation>Uw account {email} staat al in het profiel “{profile}” van {client}: de instellingen ervan worden bijgewerkt, zonder een tweede exemplaar te maken.</translation>
    </message>
    <message>
        <source>Your account {email} is already set up exactly like this in the {client} profile “{profile}”: nothing will be written.</source>
        <translation>Uw account {email} is al precies zo ingesteld in het profiel “{profile}” van {client}: er wordt niets geschreven.</translation>
    </message>
    <message>
        <source>macOS shows the notice “Profile downloaded”. Open System Settings (Apple menu, System Settings).</source>
        <translation>macOS toont de melding “Profiel gedownload”. Open Systeeminstellingen (Apple-menu, Systeeminstellingen).</translation>
    </message>
    <message>
        <source>Double-click the profile “{profile}”, click Install and confirm. Type the password of your Mac user account if asked.</source>
        <translation>Dubbelklik op het profiel “{profile}”, klik op “Installeer” en bevestig. Typ het wachtwoord van uw Mac-gebruikersaccount als daarom gevraagd wordt.</translation>
    </message>
    <message>
        <source>If macOS asks for the password of the mail account, type your all2all password.</source>
        <translation>Vraagt macOS naar het wachtwoord van de e-mailaccount, typ dan uw all2all-wachtwoord.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>{client} cannot be set up with these settings (for example an outgoing server that needs another username and password). Nothing was written.</source>
        <translation>{client} kan met deze instellingen niet ingesteld worden (bijvoorbeeld een uitgaande mailserver die een andere gebruikersnaam en een ander wachtwoord vraagt). Er werd niets geschreven.</translation>
    </message>
    <message>
        <source>Ask your administrator to look at this link: whoever made it may have wanted to change another file.</source>
        <translation>Vraag uw beheerder om die koppeling na te kijken: wie ze gemaakt heeft, wilde misschien een ander bestand wijzigen.</translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation>U moet nog iets doen</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <source>{client} will ask for your password once, the first time it starts after this. Type it then and let {client} remember it.</source>
        <translation>{client} vraagt uw wachtwoord alleen de eerste keer dat het hierna start. Typ het dan in en laat {client} het onthouden.</translation>
    </message>
    <message>
        <source>An outgoing server that was already set up in {client} is shared with this account.</source>
        <translation>Een uitgaande mailserver die al in {client} ingesteld was, wordt gedeeld met deze account.</translation>
    </message>
    <message>
        <source>Your existing all2all outgoing server in {client} gets the right settings.</source>
        <translation>Uw bestaande uitgaande mailserver van all2all in {client} krijgt de juiste instellingen.</translation>
    </message>
    <message>
        <source>This becomes the main account of {client}.</source>
        <translation>Deze account wordt de hoofdaccount van {client}.</translation>
    </message>
    <message>
        <source>Another account in {client} has the same name, so the protocol is added to this one&apos;s name.</source>
        <translation>Een andere account in {client} heeft dezelfde naam. Daarom wordt het protocol aan de naam van deze account toegevoegd.</translation>
    </message>
    <message>
        <source>This username is also set up in {client} with the other protocol (IMAP or POP3). Both accounts will be there.</source>
        <translation>Deze gebruikersnaam is in {client} ook ingesteld met het andere protocol (IMAP of POP3). Beide accounts blijven naast elkaar bestaan.</translation>
    </message>
    <message>
        <source>{client} is open now: close it before you press Set up.</source>
        <translation>{client} is nu open: sluit het programma voordat u op “Instellen” klikt.</translation>
    </message>
    <message>
        <source>The {client} settings folder cannot be written to: setting up will fail.</source>
        <translation>Er kan niet geschreven worden in de instellingenmap van {client}: het instellen zal mislukken.</translation>
    </message>
    <message>
        <source>macOS adds the account to {client} only after you approve it in System Settings. The steps are shown at the end.</source>
        <translation>macOS voegt de account pas aan {client} toe als u dat goedkeurt in Systeeminstellingen. De stappen staan op het einde.</translation>
    </message>
    <message>
        <source>The file could not be opened for you: double-click it in the Downloads folder.</source>
        <translation>Het bestand kon niet automatisch geopend worden: dubbelklik erop in de map Downloads.</translation>
    </message>
    <message>
        <source>It replaces the file saved by an earlier run of the assistant.</source>
        <translation>Het vervangt het bestand dat de assistent een vorige keer bewaard heeft.</translation>
    </message>
    <message>
        <source>Your password was given to {client} through this computer&apos;s password safe: it will not ask for it.</source>
        <translation>Uw wachtwoord is via de wachtwoordkluis van deze computer aan {client} gegeven: het programma zal er niet om vragen.</translation>
    </message>
    <message>
        <source>Your password could not be given to {client}, because this computer&apos;s password safe is not available.</source>
        <translation>Uw wachtwoord kon niet aan {client} gegeven worden, omdat de wachtwoordkluis van deze computer niet beschikbaar is.</translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. At the end, the assistant shows you step by step how to add your account {email} in {profile}, with a copy button for every value.</source>
        <translation>{client} laat andere programma’s geen accounts toevoegen. Op het einde toont de assistent u stap voor stap hoe u uw account {email} toevoegt in {profile}, met een kopieerknop bij elke waarde.</translation>
    </message>
    <message>
        <source>A settings profile for your account {email} will be saved in your Downloads folder and opened. You then approve it in System Settings.</source>
        <translation>Een instellingenprofiel voor uw account {email} wordt in uw map Downloads bewaard en daarna geopend. U keurt het dan goed in Systeeminstellingen.</translation>
    </message>
    <message>
        <source>Create the file {file}</source>
        <translation>Het bestand {file} maken</translation>
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
        <translation>{key} wijzigen van {old} in {new}</translation>
    </message>
    <message>
        <source>On macOS 15 and later, choose General, then Device Management. On macOS 13 and 14, choose Privacy &amp; Security, then Profiles at the bottom.</source>
        <translation>In macOS 15 en later kiest u “Algemeen” en daarna “Apparaatbeheer”. In macOS 13 en 14 kiest u “Privacy en beveiliging” en daarna onderaan “Profielen”.</translation>
    </message>
    <message>
        <source>Open Mail: your all2all account is there.</source>
        <translation>Open Mail: uw all2all-account staat erin.</translation>
    </message>
    <message>
        <source>iPhone or iPad: send it the .mobileconfig file (with AirDrop or by mail) and open it there. Then, in Settings, tap “Profile Downloaded” and Install.</source>
        <translation>iPhone of iPad: stuur het .mobileconfig-bestand naar het toestel (met AirDrop of per mail) en open het daar. Tik daarna in Instellingen op “Profiel gedownload” en op “Installeer”.</translation>
    </message>
    <message>
        <source>Android or another program: add an account by hand with the values below.</source>
        <translation>Android of een ander programma: voeg zelf een account toe met de gegevens hieronder.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Setting up… A copy of each file is kept before it changes.</source>
        <translation>Bezig met instellen… Voordat een bestand verandert, wordt er eerst een kopie van bewaard.</translation>
    </message>
    <message>
        <source>Not everything could be set up. See the message above.</source>
        <translation>Niet alles kon ingesteld worden. Lees het bericht hierboven.</translation>
    </message>
    <message>
        <source>Set up your mail program</source>
        <translation>Uw e-mailprogramma instellen</translation>
    </message>
    <message>
        <source>Nothing changes on this computer until you press Set up.</source>
        <translation>Er verandert niets op deze computer tot u op “Instellen” klikt.</translation>
    </message>
    <message>
        <source>The assistant adds your all2all account to your mail program:</source>
        <translation>De assistent voegt uw all2all-account toe aan uw e-mailprogramma:</translation>
    </message>
    <message>
        <source>No mail program was found on this computer. all2all recommends {program}: it is free. Install it, start it once, then press Look again.</source>
        <translation>Op deze computer werd geen e-mailprogramma gevonden. all2all raadt {program} aan: het is gratis. Installeer het, start het één keer en klik dan op “Opnieuw zoeken”.</translation>
    </message>
    <message>
        <source>&amp;Download {program}</source>
        <translation>{program} &amp;downloaden</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>Op&amp;nieuw zoeken</translation>
    </message>
    <message>
        <source>Looks for the mail programs on this computer again.</source>
        <translation>Zoekt opnieuw naar de e-mailprogramma’s op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Instellen</translation>
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
        <translation>Gebruikte ruimte in uw mailbox</translation>
    </message>
    <message>
        <source>Your mailbox: {used} MB of {limit} MB used</source>
        <translation>Uw mailbox: {used} MB van {limit} MB gebruikt</translation>
    </message>
    <message>
        <source>The outgoing server accepts messages up to {size} MB, attachments included. Larger messages will be refused.</source>
        <translation>De uitgaande mailserver aanvaardt berichten tot {size} MB, bijlagen inbegrepen. Grotere berichten worden geweigerd.</translation>
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
        <translation>Dit is veel langer dan verwacht. Controleer wat u getypt hebt.</translation>
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
        <translation>Dit is geen volledig e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.be. Typ het precies zoals u het van uw beheerder gekregen hebt.</translation>
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
        <translation>Dit is geen geldige servernaam. Een servernaam ziet eruit als smtp.voorbeeld.be, eventueel gevolgd door een dubbelpunt en een poortnummer (smtp.voorbeeld.be:25).</translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation>De poort moet een getal tussen 1 en 65535 zijn.</translation>
    </message>
    <message>
        <source>This server needs the username and password of a mailbox at that internet provider. The assistant cannot set up such a server. Choose all2all&apos;s outgoing server instead.</source>
        <translation>Deze server vraagt de gebruikersnaam en het wachtwoord van een mailbox bij die internetprovider. Zo’n server kan de assistent niet instellen. Kies in plaats daarvan de uitgaande mailserver van all2all.</translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation>Controleer dit veld.</translation>
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
        <translation>dezelfde instellingen in het standaardformaat van e-mailprogramma’s, voor uw beheerder</translation>
    </message>
    <message>
        <source>“{name}” in your Documents</source>
        <translation>“{name}” in uw map Documenten</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
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
        <source>&amp;Also save the settings for a phone, a tablet or another mail program</source>
        <translation>Ook de instellingen voor een gsm, een tablet of een ander e-mailprogramma &amp;bewaren</translation>
    </message>
    <message>
        <source>A sheet to print with every setting, and files that set up a phone for you, in the folder {folder}. None of them contains your password.</source>
        <translation>U krijgt een blad met alle instellingen om af te drukken, en bestanden waarmee u een gsm kunt instellen, in de map {folder}. In geen van die bestanden staat uw wachtwoord.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of the files</source>
        <translation>Details over de bestanden</translation>
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
        <source>&amp;all2all&apos;s outgoing server (recommended)</source>
        <translation>De uitgaande mailserver van &amp;all2all (aanbevolen)</translation>
    </message>
    <message>
        <source>My &amp;internet provider&apos;s outgoing server</source>
        <translation>De uitgaande mailserver van mijn &amp;internetprovider</translation>
    </message>
    <message>
        <source>Needs no password, but only works while this computer is connected through that internet provider, for example at home. Elsewhere, sending fails.</source>
        <translation>Heeft geen wachtwoord nodig, maar werkt alleen als deze computer via die internetprovider met het internet verbonden is, bijvoorbeeld thuis. Elders lukt het versturen niet.</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>Opnieuw &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details of the search</source>
        <translation>Details van het zoeken</translation>
    </message>
    <message>
        <source>{isp}: {server}</source>
        <translation>{isp}: {server}</translation>
    </message>
    <message>
        <source>{relay} — answers from here</source>
        <translation>{relay} — antwoordt van hieruit</translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation>Een andere server…</translation>
    </message>
    <message>
        <source>Internet &amp;provider:</source>
        <translation>Internetp&amp;rovider:</translation>
    </message>
    <message>
        <source>Checking which internet provider&apos;s outgoing server answers from here…</source>
        <translation>De assistent kijkt welke uitgaande mailserver van een internetprovider van hieruit antwoordt…</translation>
    </message>
    <message>
        <source>Works on almost every network: at home, at work, on a hotel Wi-Fi or through your phone. Uses your all2all username and password over a secure connection.</source>
        <translation>Werkt op bijna elk netwerk: thuis, op het werk, op de wifi van een hotel of via uw gsm. Gebruikt uw gebruikersnaam en wachtwoord van all2all, via een beveiligde verbinding.</translation>
    </message>
    <message>
        <source>The company that brings the internet into your home.</source>
        <translation>Het bedrijf dat u thuis internet levert.</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Internetprovider</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>The name your internet provider gives for its outgoing server, for example smtp.example.be or smtp.example.be:25. Their support can tell you.</source>
        <translation>De naam die uw internetprovider opgeeft voor zijn uitgaande mailserver, bijvoorbeeld smtp.voorbeeld.be of smtp.voorbeeld.be:25. De klantendienst van uw internetprovider kan u die naam geven.</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Uitgaande mailserver</translation>
    </message>
    <message>
        <source>Some receivers treat mail from an all2all address sent through another provider&apos;s server as spam. all2all&apos;s own server avoids that.</source>
        <translation>Mail van een all2all-adres die via de server van een ander bedrijf verstuurd wordt, komt bij sommige ontvangers bij de ongewenste mail (spam) terecht. De uitgaande mailserver van all2all voorkomt dat.</translation>
    </message>
    <message>
        <source>Asks the internet providers&apos; outgoing servers again which one answers from here.</source>
        <translation>Gaat opnieuw na welke uitgaande mailserver van een internetprovider van hieruit antwoordt.</translation>
    </message>
</context>
<context>
    <name>OutlookGuide</name>
    <message>
        <source>In Outlook (classic), follow these steps:</source>
        <translation>Volg deze stappen in de klassieke Outlook:</translation>
    </message>
    <message>
        <source>In the new Outlook, follow these steps:</source>
        <translation>Volg deze stappen in de nieuwe Outlook:</translation>
    </message>
    <message>
        <source>This account cannot be set up in Outlook by hand: a username is missing.</source>
        <translation>Deze account kan niet met de hand in Outlook ingesteld worden: er ontbreekt een gebruikersnaam.</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous steps</source>
        <translation>&lt; &amp;Vorige stappen</translation>
    </message>
    <message>
        <source>&amp;Next steps &gt;</source>
        <translation>Volge&amp;nde stappen &gt;</translation>
    </message>
    <message>
        <source>Steps {first} to {last} of {count}</source>
        <translation>Stappen {first} tot en met {last} van {count}</translation>
    </message>
    <message>
        <source>Open Outlook. Click File, then Add Account. (When Outlook starts for the first time, this window opens by itself.)</source>
        <translation>Open Outlook. Klik op “Bestand” en daarna op “Account toevoegen”. (Als Outlook voor het eerst start, gaat dit venster vanzelf open.)</translation>
    </message>
    <message>
        <source>Open the new Outlook. Click Settings (the gear), then Accounts, then Add account. (When it starts for the first time, this window opens by itself.)</source>
        <translation>Open de nieuwe Outlook. Klik op “Instellingen” (het tandwiel), daarna op “Accounts” en dan op “Account toevoegen”. (Als Outlook voor het eerst start, gaat dit venster vanzelf open.)</translation>
    </message>
    <message>
        <source>Type your e-mail address.</source>
        <translation>Typ uw e-mailadres.</translation>
    </message>
    <message>
        <source>Type your e-mail address and click Continue.</source>
        <translation>Typ uw e-mailadres en klik op “Doorgaan”.</translation>
    </message>
    <message>
        <source>Click Advanced options, tick “Let me set up my account manually” and click Connect.</source>
        <translation>Klik op “Geavanceerde opties”, vink “Ik wil mijn account handmatig instellen” aan en klik op “Verbinding maken”.</translation>
    </message>
    <message>
        <source>Choose this type of account:</source>
        <translation>Kies dit type account:</translation>
    </message>
    <message>
        <source>Type your password and click Connect.</source>
        <translation>Typ uw wachtwoord en klik op “Verbinding maken”.</translation>
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
        <translation>Vul de inkomende mailserver in:</translation>
    </message>
    <message>
        <source>Fill in the part “Outgoing mail”, then click Next:</source>
        <translation>Vul het deel “Uitgaande e-mail” in en klik daarna op “Volgende”:</translation>
    </message>
    <message>
        <source>Fill in the outgoing server (SMTP); leave its password empty, Outlook uses the one you typed. Then click Continue:</source>
        <translation>Vul de uitgaande mailserver (SMTP) in. Laat het wachtwoord daarvan leeg: Outlook gebruikt het wachtwoord dat u al getypt hebt. Klik daarna op “Doorgaan”:</translation>
    </message>
    <message>
        <source>If Outlook then shows a small window asking for a user name, type this user name there and your password again:</source>
        <translation>Vraagt Outlook daarna in een klein venster om een gebruikersnaam? Typ daar dan deze gebruikersnaam en nog eens uw wachtwoord:</translation>
    </message>
    <message>
        <source>When the account has been added, click File, Account Settings, then Server Settings, and check these settings:</source>
        <translation>Is de account toegevoegd, klik dan op “Bestand”, “Accountinstellingen” en daarna “Serverinstellingen”, en controleer deze instellingen:</translation>
    </message>
    <message>
        <source>In the account&apos;s settings (More Settings, tab Advanced), set how long a copy of your mail stays on the server:</source>
        <translation>Stel in de instellingen van de account (“Meer instellingen”, tabblad “Geavanceerd”) in hoe lang een kopie van uw mail op de server blijft:</translation>
    </message>
    <message>
        <source>In the account&apos;s settings, set how long a copy of your mail stays on the server:</source>
        <translation>Stel in de instellingen van de account in hoe lang een kopie van uw mail op de server blijft:</translation>
    </message>
    <message>
        <source>If Outlook asks for your name (the name people see), type:</source>
        <translation>Vraagt Outlook uw naam (de naam die anderen zien), typ dan:</translation>
    </message>
    <message>
        <source>Click Done. Then send yourself a test message to check that all works.</source>
        <translation>Klik op “Gereed”. Stuur uzelf daarna een testbericht om te controleren of alles werkt.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Accounttype</translation>
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
        <translation>Van de server verwijderen na (dagen)</translation>
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
        <translation>Geen beveiliging</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
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
        <source>{security}, normal password</source>
        <translation>{security}, normaal wachtwoord</translation>
    </message>
    <message>
        <source>{security}, no password</source>
        <translation>{security}, geen wachtwoord</translation>
    </message>
    <message>
        <source>Incoming server ({protocol})</source>
        <translation>Inkomende mailserver ({protocol})</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Uitgaande mailserver (SMTP)</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>The password is your all2all password; the assistant never shows it.</source>
        <translation>Het wachtwoord is uw all2all-wachtwoord; de assistent toont het nooit.</translation>
    </message>
    <message numerus="yes">
        <source>Yes, %n day(s)</source>
        <translation>
            <numerusform>Ja, %n dag</numerusform>
            <numerusform>Ja, %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Leave a copy on the server</source>
        <translation>Kopie op de server bewaren</translation>
    </message>
</context>
<context>
    <name>PresetMessages</name>
    <message>
        <source>The assistant cannot start: the settings file prepared by your IT department contains a mistake. Please pass the message below on to your IT department.</source>
        <translation>De assistent kan niet starten: het instellingenbestand dat uw IT-afdeling klaargezet heeft, bevat een fout. Geef de melding hieronder door aan uw IT-afdeling.</translation>
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
        <translation>Deze sleutel bestaat niet in een voorinstelling. Vergelijk de spelling met het voorbeeld in de documentatie.</translation>
    </message>
    <message>
        <source>This key is missing: every extra outgoing server needs all of its keys.</source>
        <translation>Deze sleutel ontbreekt: elke extra uitgaande mailserver moet al zijn sleutels hebben.</translation>
    </message>
    <message>
        <source>This must be {kind}.</source>
        <translation>Dit moet {kind} zijn.</translation>
    </message>
    <message>
        <source>This file is far larger than a preset can be (more than {size} KB), so it was not read. A preset is a short text file: check that the right file is used.</source>
        <translation>Dit bestand is veel groter dan een voorinstelling kan zijn (meer dan {size} KB). Daarom werd het niet gelezen. Een voorinstelling is een kort tekstbestand: controleer of het juiste bestand gebruikt wordt.</translation>
    </message>
    <message>
        <source>The preset locks this setting, so the command line cannot change it to {value}. Leave that option out or change the preset.</source>
        <translation>De voorinstelling vergrendelt deze instelling, dus de opdrachtregel kan ze niet op {value} zetten. Laat die optie weg of pas de voorinstelling aan.</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text. Save it again with the UTF-8 encoding.</source>
        <translation>Het bestand is niet als UTF-8-tekst bewaard. Bewaar het opnieuw met de codering UTF-8.</translation>
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
        <translation>Deze id kan niet gebruikt worden: gebruik alleen letters, cijfers en koppeltekens, en niet all2all.</translation>
    </message>
    <message>
        <source>No outgoing server has this id. Check the spelling, or add the server under [[provider.relays]].</source>
        <translation>Geen enkele uitgaande mailserver heeft deze id. Controleer de spelling, of voeg de server toe met een eigen relays-blok, zoals in het voorbeeld in de documentatie.</translation>
    </message>
    <message>
        <source>This outgoing server needs a username of its own, which the assistant cannot ask for. Choose another one.</source>
        <translation>Deze uitgaande mailserver heeft een eigen gebruikersnaam nodig, en daar kan de assistent niet om vragen. Kies een andere server.</translation>
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
        <translation>Dit bevat onzichtbare tekens, zoals een tab of een nieuwe regel.</translation>
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
        <source>Server&apos;s welcome</source>
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
        <source>Closing the connection</source>
        <translation>Verbinding afsluiten</translation>
    </message>
    <message>
        <source>The test as a whole</source>
        <translation>De hele test</translation>
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
        <source>The server {host} does not answer on port {port}: this network blocks that connection.</source>
        <translation>De server {host} antwoordt niet op poort {port}: dit netwerk blokkeert die verbinding.</translation>
    </message>
    <message>
        <source>Choose another outgoing server with the button below, or try another network, for example your phone&apos;s connection.</source>
        <translation>Kies een andere uitgaande mailserver met de knop hieronder, of probeer een ander netwerk, bijvoorbeeld het internet van uw gsm (hotspot).</translation>
    </message>
    <message>
        <source>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Go back and choose all2all&apos;s outgoing server, which works on almost every network.</source>
        <translation>De uitgaande mailserver van uw internetprovider antwoordt alleen op het eigen netwerk van die internetprovider. Ga terug en kies de uitgaande mailserver van all2all: die werkt op bijna elk netwerk.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, open Details, copy the report and send it to the helpdesk.</source>
        <translation>Probeer het over enkele minuten opnieuw. Blijft het gebeuren, open dan “Details”, kopieer het rapport en stuur het naar de helpdesk.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so this connection is not safe: your password could be read by others.</source>
        <translation>Het certificaat van de server wordt niet vertrouwd, dus deze verbinding is niet veilig: anderen zouden uw wachtwoord kunnen lezen.</translation>
    </message>
    <message>
        <source>Watching your inbox</source>
        <translation>Uw Postvak IN in het oog houden</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Testbericht versturen</translation>
    </message>
    <message>
        <source>The test message arriving</source>
        <translation>Aankomst van het testbericht</translation>
    </message>
    <message>
        <source>Deleting the test message</source>
        <translation>Testbericht verwijderen</translation>
    </message>
    <message>
        <source>The server answered with a certificate for another name than {host}. The connection may be intercepted.</source>
        <translation>De server antwoordde met een certificaat voor een andere naam dan {host}. Misschien wordt de verbinding onderschept.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet.</source>
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
        <translation>De server antwoordde met een fout of verbrak de verbinding.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>De server antwoordt niet meer.</translation>
    </message>
    <message>
        <source>The server took too long to check the username and password. Servers do this on purpose after a few wrong passwords, to stop people who try to guess them.</source>
        <translation>De server deed er te lang over om de gebruikersnaam en het wachtwoord te controleren. Servers doen dat met opzet na enkele verkeerde wachtwoorden, om mensen tegen te houden die wachtwoorden proberen te raden.</translation>
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
        <translation>De uitgaande mailserver {host} weigerde het testbericht door te sturen: hij verstuurt geen mail voor deze verbinding.</translation>
    </message>
    <message>
        <source>The outgoing server {host} does not accept your e-mail address as the sender.</source>
        <translation>De uitgaande mailserver {host} aanvaardt uw e-mailadres niet als afzender.</translation>
    </message>
    <message>
        <source>The server does not accept your own e-mail address as the recipient: for the server, that mailbox does not exist.</source>
        <translation>De server aanvaardt uw eigen e-mailadres niet als bestemmeling: voor de server bestaat die mailbox niet.</translation>
    </message>
    <message>
        <source>The outgoing server {host} refused the test message as too large.</source>
        <translation>De uitgaande mailserver {host} weigerde het testbericht omdat het te groot zou zijn.</translation>
    </message>
    <message>
        <source>Your mailbox is full: the server cannot accept new mail.</source>
        <translation>Uw mailbox is vol: de server kan geen nieuwe mail meer aanvaarden.</translation>
    </message>
    <message>
        <source>Sending worked, but the test message has not arrived in your inbox yet. This is not a fault of the set-up.</source>
        <translation>Het versturen is gelukt, maar het testbericht is nog niet aangekomen in uw Postvak IN. Dat is geen fout in de instellingen.</translation>
    </message>
    <message>
        <source>Check the name of your internet provider&apos;s outgoing server, or go back and choose all2all&apos;s outgoing server.</source>
        <translation>Controleer de naam van de uitgaande mailserver van uw internetprovider, of ga terug en kies de uitgaande mailserver van all2all.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a website, then press Test again.</source>
        <translation>Controleer of deze computer met het internet verbonden is, bijvoorbeeld door een website te openen. Klik daarna op “Opnieuw testen”.</translation>
    </message>
    <message>
        <source>The server may be down for maintenance. Try again in a few minutes; if it keeps happening, contact your administrator.</source>
        <translation>Misschien is de server in onderhoud. Probeer het over enkele minuten opnieuw. Blijft het gebeuren, neem dan contact op met uw beheerder.</translation>
    </message>
    <message>
        <source>Try another network, for example your phone&apos;s connection, or ask whoever manages this network to allow port {port}.</source>
        <translation>Probeer een ander netwerk, bijvoorbeeld het internet van uw gsm (hotspot), of vraag wie dit netwerk beheert om poort {port} open te zetten.</translation>
    </message>
    <message>
        <source>Some networks (at work, in a hotel) and some antivirus programs inspect secure connections. Try another network, for example your home connection or your phone&apos;s. Do not type your password on this network.</source>
        <translation>Sommige netwerken (op het werk, in een hotel) en sommige antivirusprogramma’s controleren beveiligde verbindingen. Probeer een ander netwerk, bijvoorbeeld uw internet thuis of het internet van uw gsm (hotspot). Typ uw wachtwoord niet op dit netwerk.</translation>
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
        <translation>Klik op “Opnieuw testen”. Blijft het gebeuren, probeer dan een ander netwerk of neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <source>Go back and check your username (the short name such as user0001, not your e-mail address) and your password, capital letters included. If both are right, ask your administrator.</source>
        <translation>Ga terug en controleer uw gebruikersnaam (de korte naam zoals user0001, niet uw e-mailadres) en uw wachtwoord (let ook op hoofdletters). Kloppen ze allebei, vraag dan raad aan uw beheerder.</translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Press Test again; if it keeps happening, try another network.</source>
        <translation>Misschien is de verbinding traag of onstabiel. Klik op “Opnieuw testen”. Blijft het gebeuren, probeer dan een ander netwerk.</translation>
    </message>
    <message>
        <source>Check your username and password first: every wrong try makes the server wait longer. Then wait a minute and press Test again.</source>
        <translation>Controleer eerst uw gebruikersnaam en wachtwoord: bij elke verkeerde poging wacht de server langer. Wacht daarna een minuut en klik op “Opnieuw testen”.</translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then press Test again.</source>
        <translation>Sommige netwerken, zoals de wifi van een hotel, tonen eerst een pagina in de webbrowser. Open een website, volg wat er gevraagd wordt en klik daarna op “Opnieuw testen”.</translation>
    </message>
    <message>
        <source>Empty the trash of your mail program and delete old messages with large attachments: deleted messages stay on the server until the trash is emptied.</source>
        <translation>Maak de prullenbak van uw e-mailprogramma leeg en verwijder oude berichten met grote bijlagen: verwijderde berichten blijven op de server tot de prullenbak leeggemaakt is.</translation>
    </message>
    <message>
        <source>Press Test again to start the test once more.</source>
        <translation>Klik op “Opnieuw testen” om de test nog eens te starten.</translation>
    </message>
    <message>
        <source>Go back and type your username and password again instead of pasting them.</source>
        <translation>Ga terug en typ uw gebruikersnaam en wachtwoord opnieuw, in plaats van ze te plakken.</translation>
    </message>
    <message>
        <source>Go back and check your e-mail address: it must be exactly the one your administrator gave you. If it is, ask your administrator.</source>
        <translation>Ga terug en controleer uw e-mailadres: het moet precies het adres zijn dat u van uw beheerder gekregen hebt. Is dat zo, vraag dan raad aan uw beheerder.</translation>
    </message>
    <message>
        <source>Go back and check your e-mail address for typing errors. If it is right, ask your administrator.</source>
        <translation>Ga terug en controleer uw e-mailadres op tikfouten. Is het juist, vraag dan raad aan uw beheerder.</translation>
    </message>
    <message>
        <source>The server refuses even this very small test message, so its settings are unusual. Open Details, copy the report and send it to the helpdesk.</source>
        <translation>De server weigert zelfs dit heel kleine testbericht. Hij is dus ongewoon ingesteld. Open “Details”, kopieer het rapport en stuur het naar de helpdesk.</translation>
    </message>
    <message>
        <source>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on almost every network.</source>
        <translation>De uitgaande mailserver van uw internetprovider antwoordt alleen op het eigen netwerk van die internetprovider. Gebruik de uitgaande mailserver van all2all (--outgoing all2all): die werkt op bijna elk netwerk.</translation>
    </message>
    <message>
        <source>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on almost every network.</source>
        <translation>De uitgaande mailserver van een internetprovider verstuurt alleen mail voor de eigen klanten, op het eigen netwerk. Gebruik de uitgaande mailserver van all2all (--outgoing all2all): die werkt op bijna elk netwerk.</translation>
    </message>
    <message>
        <source>The server refuses even this very small test message, so its settings are unusual. Run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation>De server weigert zelfs dit heel kleine testbericht. Hij is dus ongewoon ingesteld. Voer de opdracht opnieuw uit met --helpdesk en stuur de uitvoer naar de helpdesk.</translation>
    </message>
    <message>
        <source>Empty the trash in your mail program or in the webmail and delete old messages with large attachments. Then press Test again.</source>
        <translation>Maak de prullenbak in uw e-mailprogramma of in de webmail leeg en verwijder oude berichten met grote bijlagen. Klik daarna op “Opnieuw testen”.</translation>
    </message>
    <message>
        <source>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Go back and choose all2all&apos;s outgoing server, which works on almost every network.</source>
        <translation>De uitgaande mailserver van een internetprovider verstuurt alleen mail voor de eigen klanten, op het eigen netwerk. Ga terug en kies de uitgaande mailserver van all2all: die werkt op bijna elk netwerk.</translation>
    </message>
    <message>
        <source>Mail is sometimes a few minutes late: if the test message arrives later, you can delete it. If it has still not arrived in an hour, the address may belong to another mailbox or be forwarded elsewhere: ask your administrator.</source>
        <translation>Mail komt soms enkele minuten later aan: komt het testbericht later toch nog binnen, dan mag u het verwijderen. Is het na een uur nog altijd niet aangekomen, dan hoort het adres misschien bij een andere mailbox, of wordt mail voor dat adres naar een ander adres doorgestuurd. Vraag dan raad aan uw beheerder.</translation>
    </message>
    <message>
        <source>Use your internet provider&apos;s outgoing server (--outgoing), which this network does not block. Or try another network, for example your phone&apos;s connection.</source>
        <translation>Gebruik de uitgaande mailserver van uw internetprovider (--outgoing): die wordt niet geblokkeerd door dit netwerk. Of probeer een ander netwerk, bijvoorbeeld het internet van uw gsm (hotspot).</translation>
    </message>
    <message>
        <source>Check the name of your internet provider&apos;s outgoing server, or use all2all&apos;s outgoing server (--outgoing all2all).</source>
        <translation>Controleer de naam van de uitgaande mailserver van uw internetprovider, of gebruik de uitgaande mailserver van all2all (--outgoing all2all).</translation>
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
        <translation>Controleer de gebruikersnaam (de korte naam zoals user0001, niet het e-mailadres) en het wachtwoord (let ook op hoofdletters). Kloppen ze allebei, vraag dan raad aan uw beheerder.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation>Probeer het over enkele minuten opnieuw. Blijft het gebeuren, voer de opdracht dan opnieuw uit met --helpdesk en stuur de uitvoer naar de helpdesk.</translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Run the command again; if it keeps happening, try another network.</source>
        <translation>Misschien is de verbinding traag of onstabiel. Voer de opdracht opnieuw uit. Blijft het gebeuren, probeer dan een ander netwerk.</translation>
    </message>
    <message>
        <source>Check the username and the password first: every wrong try makes the server wait longer. Then wait a minute and run the command again.</source>
        <translation>Controleer eerst de gebruikersnaam en het wachtwoord: bij elke verkeerde poging wacht de server langer. Wacht daarna een minuut en voer de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then run the command again.</source>
        <translation>Sommige netwerken, zoals de wifi van een hotel, tonen eerst een pagina in de webbrowser. Open een website, volg wat er gevraagd wordt en voer daarna de opdracht opnieuw uit.</translation>
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
        <translation>Controleer het e-mailadres (--email): het moet precies het adres zijn dat de beheerder gegeven heeft. Is dat zo, vraag dan raad aan de beheerder.</translation>
    </message>
    <message>
        <source>Check the e-mail address (--email) for typing errors. If it is right, ask the administrator.</source>
        <translation>Controleer het e-mailadres (--email) op tikfouten. Is het juist, vraag dan raad aan de beheerder.</translation>
    </message>
    <message>
        <source>Empty the trash in the mail program or the webmail and delete old messages with large attachments, then run the command again.</source>
        <translation>Maak de prullenbak in het e-mailprogramma of in de webmail leeg en verwijder oude berichten met grote bijlagen. Voer daarna de opdracht opnieuw uit.</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Without a copy on the server, new mail is removed from the server as soon as this computer downloads it. In webmail and on your other devices, messages then seem to vanish.</source>
        <translation>Zonder kopie op de server worden nieuwe berichten van de server verwijderd zodra deze computer ze downloadt. In de webmail en op uw andere toestellen lijken berichten dan te verdwijnen.</translation>
    </message>
    <message>
        <source>How do you want to receive your mail?</source>
        <translation>Hoe wilt u uw mail ontvangen?</translation>
    </message>
    <message>
        <source>Choose where your messages are kept.</source>
        <translation>Kies waar uw berichten bewaard worden.</translation>
    </message>
    <message>
        <source>&amp;IMAP: keep my mail on the server (recommended)</source>
        <translation>&amp;IMAP: mijn mail op de server bewaren (aanbevolen)</translation>
    </message>
    <message>
        <source>Your messages stay on the all2all server (Inbox, Sent, Trash). Your mail program shows them and keeps a copy of what you open. You see the same mail on your laptop, your phone and in webmail, and you can make sub-folders on the server to sort it. Keep an eye on the space: each mailbox has {quota} MB, so empty the trash regularly.</source>
        <translation>Uw berichten blijven op de server van all2all (Postvak IN, Verzonden, Prullenbak). Uw e-mailprogramma toont ze en houdt een kopie bij van wat u opent. U ziet dezelfde mail op deze computer, op uw gsm en in de webmail, en u kunt op de server submappen maken om uw mail te ordenen. Let wel op de ruimte: uw mailbox kan maximaal {quota} MB bevatten, dus maak de prullenbak regelmatig leeg.</translation>
    </message>
    <message>
        <source>&amp;POP3: download my mail to this computer</source>
        <translation>&amp;POP3: mijn mail naar deze computer downloaden</translation>
    </message>
    <message>
        <source>Your mail program downloads new messages to this computer. The server keeps them only as long as you choose below. Downloaded mail then exists only on this computer: if it breaks or is lost, that mail is lost too.</source>
        <translation>Uw e-mailprogramma downloadt nieuwe berichten naar deze computer. De server bewaart ze alleen zo lang als u zelf kiest. Gedownloade mail staat daarna alleen nog op deze computer: gaat de computer stuk of raakt u hem kwijt, dan bent u die mail ook kwijt.</translation>
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
        <translation>Aanbevolen: tijdens die dagen ziet u nieuwe berichten ook nog in de webmail en op uw andere toestellen. Daarna wordt de kopie op de server verwijderd, zodat uw mailbox niet volloopt.</translation>
    </message>
    <message>
        <source>Number of days to keep a copy on the server</source>
        <translation>Aantal dagen dat een kopie op de server blijft</translation>
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
        <translation>weigert de verbinding</translation>
    </message>
    <message>
        <source>no answer: the port is blocked</source>
        <translation>geen antwoord: de poort is geblokkeerd</translation>
    </message>
    <message>
        <source>it does not answer in time</source>
        <translation>antwoordt niet op tijd</translation>
    </message>
    <message>
        <source>it does not serve this connection</source>
        <translation>werkt niet voor deze verbinding</translation>
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
        <source>{isp} — {host}, port {port}: {status}</source>
        <translation>{isp} — {host}, poort {port}: {status}</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>Het zoeken werd gestopt.</translation>
    </message>
    <message>
        <source>Your connection seems to be {isp}&apos;s: {host} answers from here.</source>
        <translation>Uw verbinding lijkt van {isp} te zijn: {host} antwoordt van hieruit.</translation>
    </message>
    <message>
        <source>Servers of several internet providers answer from here, so this connection does not tell which one is yours. all2all&apos;s own outgoing server works on almost every network.</source>
        <translation>Van hieruit antwoorden servers van verschillende internetproviders. Aan deze verbinding is dus niet te zien welke internetprovider de uwe is. De eigen uitgaande mailserver van all2all werkt op bijna elk netwerk.</translation>
    </message>
    <message>
        <source>None of the internet providers&apos; outgoing servers answers from here. Use all2all&apos;s own outgoing server: it works on almost every network, with your all2all username and password.</source>
        <translation>Geen enkele uitgaande mailserver van de internetproviders antwoordt van hieruit. Gebruik de eigen uitgaande mailserver van all2all: die werkt op bijna elk netwerk, met uw gebruikersnaam en wachtwoord van all2all.</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>There are all2all accounts of several usernames here ({usernames}): give --username.</source>
        <translation>Hier staan all2all-accounts met verschillende gebruikersnamen ({usernames}): geef --username op.</translation>
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
        <translation>De uitgaande mailserver blijft staan: een andere account verstuurt mail via die server.</translation>
    </message>
    <message>
        <source>{client} no longer keeps the password.</source>
        <translation>{client} bewaart het wachtwoord niet meer.</translation>
    </message>
    <message>
        <source>{client} keeps the password, because another account on the same server uses it.</source>
        <translation>{client} bewaart het wachtwoord nog, omdat een andere account op dezelfde server het gebruikt.</translation>
    </message>
    <message>
        <source>{client} had no saved password.</source>
        <translation>{client} had geen bewaard wachtwoord.</translation>
    </message>
    <message>
        <source>The password saved by {client} could not be removed.</source>
        <translation>Het wachtwoord dat {client} bewaard had, kon niet verwijderd worden.</translation>
    </message>
    <message>
        <source>The password in this computer&apos;s password safe is removed.</source>
        <translation>Het wachtwoord in de wachtwoordkluis van deze computer is verwijderd.</translation>
    </message>
    <message>
        <source>This computer&apos;s password safe had no password for it.</source>
        <translation>De wachtwoordkluis van deze computer bevatte geen wachtwoord voor deze account.</translation>
    </message>
    <message>
        <source>This computer&apos;s password safe could not be reached.</source>
        <translation>De wachtwoordkluis van deze computer was niet bereikbaar.</translation>
    </message>
    <message>
        <source>The all2all account {username} is removed from {client}. The mail it had downloaded stays on this computer.</source>
        <translation>De all2all-account {username} is uit {client} verwijderd. De mail die al gedownload was, blijft op deze computer.</translation>
    </message>
    <message>
        <source>Close {client}, then try to remove the account once more.</source>
        <translation>Sluit {client} en probeer de account dan nog eens te verwijderen.</translation>
    </message>
    <message>
        <source>Try again. If it fails again, ask your administrator for help.</source>
        <translation>Probeer het opnieuw. Lukt het weer niet, vraag dan hulp aan uw beheerder.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove the account</source>
        <translation>De account verwijderen</translation>
    </message>
    <message>
        <source>Remove the all2all account {account} from {client}?</source>
        <translation>De all2all-account {account} uit {client} verwijderen?</translation>
    </message>
    <message>
        <source>{client} then no longer fetches or sends mail for this account. The mail already downloaded stays on this computer, and your mailbox on the all2all server does not change. A copy of the settings is kept first.</source>
        <translation>{client} haalt dan geen mail meer op voor deze account en verstuurt er ook geen mail meer mee. De mail die al gedownload is, blijft op deze computer, en uw mailbox op de server van all2all verandert niet. Eerst wordt een kopie van de instellingen bewaard.</translation>
    </message>
    <message>
        <source>Also forget the saved &amp;password</source>
        <translation>Ook het bewaarde &amp;wachtwoord verwijderen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>RoundTrip</name>
    <message>
        <source>all2all: test message</source>
        <translation>all2all: testbericht</translation>
    </message>
    <message>
        <source>This message was sent by the all2all setup assistant, to check that mail sent from this computer really arrives in your mailbox.

It is deleted again straight away. If you can still see it, you can delete it.</source>
        <translation>De all2all-assistent voor het instellen van uw mail heeft dit bericht verstuurd. Zo gaat hij na of mail die u van deze computer verstuurt, echt in uw mailbox aankomt.

Het bericht wordt meteen weer verwijderd. Ziet u het toch nog, dan mag u het verwijderen.</translation>
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
        <translation>nog in uw Postvak IN</translation>
    </message>
    <message>
        <source>Test message: sent once receiving and sending work.</source>
        <translation>Testbericht: wordt verstuurd zodra ontvangen en versturen werken.</translation>
    </message>
    <message>
        <source>Test message: not sent.</source>
        <translation>Testbericht: niet verstuurd.</translation>
    </message>
    <message>
        <source>deleting it again…</source>
        <translation>wordt weer verwijderd…</translation>
    </message>
    <message>
        <source>waiting for it to arrive…</source>
        <translation>wachten tot het aankomt…</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wordt verstuurd…</translation>
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
        <translation>Dit zijn de instellingen die uw e-mailprogramma of gsm vraagt wanneer u uw mailbox van {provider} toevoegt. Typ ze precies zoals ze hier staan.</translation>
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
        <translation>Webmail</translation>
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
        <translation>Beveiliging van de verbinding</translation>
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
        <translation>Het wachtwoord dat u van uw beheerder gekregen hebt (staat niet op dit blad)</translation>
    </message>
    <message>
        <source>The same as for incoming mail</source>
        <translation>Zoals voor inkomende mail</translation>
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
        <translation>Nee: berichten worden van de server verwijderd zodra ze gedownload zijn</translation>
    </message>
    <message>
        <source>Yes, for 1 day</source>
        <translation>Ja, 1 dag</translation>
    </message>
    <message>
        <source>Yes, for {days} days</source>
        <translation>Ja, {days} dagen</translation>
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
        <source>With POP3 your mail program downloads your messages to this computer; the server keeps a copy only for the days shown above. Copy your mail regularly to another place, such as an external disk.</source>
        <translation>Met POP3 downloadt uw e-mailprogramma uw berichten naar deze computer. De server bewaart alleen een kopie gedurende het aantal dagen hierboven. Kopieer uw mail regelmatig naar een andere plek, bijvoorbeeld een externe schijf.</translation>
    </message>
    <message>
        <source>With POP3 your mail program removes your messages from the server once it has downloaded them: this computer then holds the only copy. Copy your mail regularly to another place, such as an external disk.</source>
        <translation>Met POP3 verwijdert uw e-mailprogramma uw berichten van de server zodra het ze gedownload heeft: dan staan ze alleen nog op deze computer. Kopieer uw mail regelmatig naar een andere plek, bijvoorbeeld een externe schijf.</translation>
    </message>
    <message>
        <source>Webmail always uses IMAP: messages your mail program has already taken off the server with POP3 no longer show in webmail.</source>
        <translation>Webmail gebruikt altijd IMAP: berichten die uw e-mailprogramma al met POP3 van de server gehaald heeft, ziet u niet meer in de webmail.</translation>
    </message>
    <message>
        <source>The outgoing server of {isp} only works while you are connected to the internet through {isp}. Elsewhere, for example with a laptop on the road, use the outgoing server of {provider}.</source>
        <translation>De uitgaande mailserver van {isp} werkt alleen als u via {isp} met het internet verbonden bent. Elders, bijvoorbeeld onderweg met een laptop, gebruikt u de uitgaande mailserver van {provider}.</translation>
    </message>
    <message>
        <source>This outgoing server only works while you are connected to the internet through your own internet provider. Elsewhere, use the outgoing server of {provider}.</source>
        <translation>Deze uitgaande mailserver werkt alleen als u via uw eigen internetprovider met het internet verbonden bent. Elders gebruikt u de uitgaande mailserver van {provider}.</translation>
    </message>
    <message>
        <source>Your administrator is the person who gave you your username and password.</source>
        <translation>Uw beheerder is de persoon die u uw gebruikersnaam en wachtwoord gegeven heeft.</translation>
    </message>
    <message>
        <source>Ask your administrator for a new password, an automatic reply while you are away, or to forward your mail to another address.</source>
        <translation>Vraag uw beheerder om een nieuw wachtwoord, een automatisch antwoord tijdens uw afwezigheid, of om uw mail door te sturen naar een ander adres.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>all2all mail setup</source>
        <translation>all2all-mail instellen</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Very weak</source>
        <translation>zeer zwak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>zeer sterk</translation>
    </message>
    <message>
        <source>Password strength: {level} (step {step} of {steps})</source>
        <translation>Sterkte van het wachtwoord: {level} ({step} op {steps})</translation>
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
        <translation>Het begint of eindigt met een spatie. Controleer of die spatie echt bij uw wachtwoord hoort: een spatie is snel per ongeluk mee geplakt, en u ziet ze hier niet.</translation>
    </message>
    <message>
        <source>It has fewer than {count} characters, the minimum for a good password.</source>
        <translation>Het is korter dan {count} tekens, het minimum voor een goed wachtwoord.</translation>
    </message>
    <message>
        <source>It is one of the passwords people use most often: attackers try those first.</source>
        <translation>Het is een van de wachtwoorden die mensen het vaakst gebruiken: aanvallers proberen die eerst.</translation>
    </message>
    <message>
        <source>It contains your name, your username, your e-mail address or the name of the mail server, which others can easily find out.</source>
        <translation>Er staat uw naam, uw gebruikersnaam, uw e-mailadres of de naam van de mailserver in. Die kunnen anderen gemakkelijk te weten komen.</translation>
    </message>
    <message>
        <source>It contains a word from the dictionary (Dutch, French, German or English), even if it is written backwards.</source>
        <translation>Het bevat een woord uit een woordenboek (Nederlands, Frans, Duits of Engels), ook als het achterstevoren geschreven is.</translation>
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
        <translation>Er staat een jaartal of een datum in, en die is gemakkelijk te raden.</translation>
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
        <translation>Het bevat alleen cijfers. Gebruik letters en cijfers door elkaar.</translation>
    </message>
    <message>
        <source>It contains only letters. Mix letters and digits.</source>
        <translation>Het bevat alleen letters. Gebruik letters en cijfers door elkaar.</translation>
    </message>
    <message>
        <source>It is too short to be safe. Make it longer, with random letters and digits.</source>
        <translation>Het is te kort om veilig te zijn. Maak het langer, met willekeurige letters en cijfers.</translation>
    </message>
    <message>
        <source>A good password is not in a dictionary: it is made of random letters and digits and has at least {count} characters. A weak password can be guessed from a distance, over time, and then you can no longer be sure that you are the only one reading your mail. Do not hesitate to ask your administrator for a new password. You can still continue with this one.</source>
        <translation>Een goed wachtwoord staat niet in een woordenboek: het bestaat uit willekeurige letters en cijfers en telt minstens {count} tekens. Een zwak wachtwoord kan na verloop van tijd van op afstand geraden worden, en dan weet u niet meer zeker of u de enige bent die uw mail leest. Vraag uw beheerder dus gerust om een nieuw wachtwoord. U kunt wel met dit wachtwoord verdergaan.</translation>
    </message>
    <message>
        <source>The assistant did not keep your password: this computer has no password safe it can use.</source>
        <translation>De assistent heeft uw wachtwoord niet bewaard: deze computer heeft geen wachtwoordkluis die hij kan gebruiken.</translation>
    </message>
    <message>
        <source>This computer has no password safe that the assistant can use, so your password cannot be remembered. Everything else works as usual.</source>
        <translation>Deze computer heeft geen wachtwoordkluis die de assistent kan gebruiken, dus uw wachtwoord kan niet onthouden worden. Al het andere werkt gewoon.</translation>
    </message>
    <message>
        <source>The password safe of this computer is locked, so the assistant cannot use it. You can simply type your password.</source>
        <translation>De wachtwoordkluis van deze computer is vergrendeld, dus de assistent kan ze niet gebruiken. U kunt uw wachtwoord gewoon typen.</translation>
    </message>
    <message>
        <source>The password safe of this computer did not answer, so the assistant cannot use it. You can simply type your password.</source>
        <translation>De wachtwoordkluis van deze computer antwoordde niet, dus de assistent kan ze niet gebruiken. U kunt uw wachtwoord gewoon typen.</translation>
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
        <translation>Op deze computer is nog een wachtwoord voor {username} bewaard van een vorige keer. U kunt het laten invullen of het verwijderen.</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Send a &amp;test message to myself</source>
        <translation>Een test&amp;bericht naar mezelf sturen</translation>
    </message>
    <message>
        <source>Sends one short message to your own address, waits until it arrives and deletes it again.</source>
        <translation>Verstuurt één kort bericht naar uw eigen adres, wacht tot het aankomt en verwijdert het dan weer.</translation>
    </message>
</context>
<context>
    <name>TestReport</name>
    <message>
        <source>For the helpdesk: this report shows what the test did and what the servers answered. It never contains your password.</source>
        <translation>Voor de helpdesk: dit rapport toont wat de test gedaan heeft en wat de servers geantwoord hebben. Uw wachtwoord staat er nooit in.</translation>
    </message>
    <message>
        <source>Show my &amp;username in it</source>
        <translation>Mijn &amp;gebruikersnaam in het rapport tonen</translation>
    </message>
    <message>
        <source>Otherwise your username is partly hidden with stars.</source>
        <translation>Anders wordt een deel van uw gebruikersnaam vervangen door sterretjes.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>Het rapport &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copies the report, without your password, so that you can paste it.</source>
        <translation>Kopieert het rapport, zonder uw wachtwoord, zodat u het ergens kunt plakken.</translation>
    </message>
    <message>
        <source>Copied. Paste the report into your e-mail to the helpdesk.</source>
        <translation>Gekopieerd. Plak het rapport in uw e-mail aan de helpdesk.</translation>
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
        <translation>De account is niet getest: er werd geen wachtwoord opgegeven. De e-mailprogramma’s vragen erom wanneer ze de eerste keer starten.</translation>
    </message>
    <message>
        <source>No mail program that the assistant can set up was found.</source>
        <translation>Er werd geen e-mailprogramma gevonden dat de assistent kan instellen.</translation>
    </message>
    <message>
        <source>The password is saved in this computer&apos;s password safe.</source>
        <translation>Het wachtwoord is bewaard in de wachtwoordkluis van deze computer.</translation>
    </message>
    <message>
        <source>The password could not be saved in this computer&apos;s password safe ({reason}).</source>
        <translation>Het wachtwoord kon niet bewaard worden in de wachtwoordkluis van deze computer ({reason}).</translation>
    </message>
    <message>
        <source>Log file: {file}</source>
        <translation>Logbestand: {file}</translation>
    </message>
    <message>
        <source>The account works: it can receive and send mail.</source>
        <translation>De account werkt: mail ontvangen en versturen lukt.</translation>
    </message>
    <message>
        <source>The account does not work: nothing was set up.</source>
        <translation>De account werkt niet: er werd niets ingesteld.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Recommended settings</source>
        <translation>Aanbevolen instellingen</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Uw instellingen</translation>
    </message>
    <message>
        <source>Your mail stays on the all2all server: you see the same mail on this computer, on your phone and in webmail.</source>
        <translation>Uw mail blijft op de server van all2all: u ziet dezelfde mail op deze computer, op uw gsm en in de webmail.</translation>
    </message>
    <message numerus="yes">
        <source>Your mail is downloaded to this computer. A copy stays on the server for %n day(s).</source>
        <translation>
            <numerusform>Uw mail wordt naar deze computer gedownload. Een kopie blijft %n dag op de server.</numerusform>
            <numerusform>Uw mail wordt naar deze computer gedownload. Een kopie blijft %n dagen op de server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mail is downloaded to this computer and removed from the server.</source>
        <translation>Uw mail wordt naar deze computer gedownload en van de server verwijderd.</translation>
    </message>
    <message>
        <source>Your mail is sent through all2all&apos;s own server, which works on almost every network.</source>
        <translation>Uw mail wordt verstuurd via de eigen server van all2all, die op bijna elk netwerk werkt.</translation>
    </message>
    <message>
        <source>Your mail is sent through your internet provider&apos;s server ({server}).</source>
        <translation>Uw mail wordt verstuurd via de server van uw internetprovider ({server}).</translation>
    </message>
    <message>
        <source>Set up your all2all mail on this computer.</source>
        <translation>Stel uw all2all-mail in op deze computer.</translation>
    </message>
    <message>
        <source>This assistant tests your all2all account and adds it to your mail program. It takes about two minutes.</source>
        <translation>Deze assistent test uw all2all-account en voegt die toe aan uw e-mailprogramma. Dat duurt ongeveer twee minuten.</translation>
    </message>
    <message>
        <source>You need what your administrator gave you: your e-mail address, your username (for example user0001) and your password.</source>
        <translation>Zorg dat u deze gegevens van uw beheerder bij de hand hebt: uw e-mailadres, uw gebruikersnaam (bijvoorbeeld user0001) en uw wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Change these settings…</source>
        <translation>Deze instellingen &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Choose how your mail is kept and how it is sent.</source>
        <translation>Kies hoe uw mail bewaard en verstuurd wordt.</translation>
    </message>
    <message>
        <source>Nothing changes on this computer until you press Set up.</source>
        <translation>Er verandert niets op deze computer tot u op het einde op “Instellen” klikt.</translation>
    </message>
    <message>
        <source>Chec&amp;k the all2all set-up I already have</source>
        <translation>Mijn bestaande all2all-instellingen &amp;controleren</translation>
    </message>
    <message>
        <source>Looks for the all2all accounts already in your mail programs and repairs what is wrong.</source>
        <translation>Zoekt de all2all-accounts die al in uw e-mailprogramma’s staan en herstelt wat niet in orde is.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
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
