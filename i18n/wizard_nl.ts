<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AccountPage</name>
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
        <translation>Hierin mogen geen spaties staan.</translation>
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
        <translation>Uitgaande mailserver van &amp;all2all (aanbevolen)</translation>
    </message>
    <message>
        <source>Works on every network: at home, at work, on a hotel Wi-Fi or through your phone. Uses your all2all username and password over a secure connection ({host}, port {port}).</source>
        <translation>Werkt op elk netwerk: thuis, op het werk, op de wifi van een hotel of via uw gsm. Gebruikt uw all2all-gebruikersnaam en -wachtwoord over een beveiligde verbinding ({host}, poort {port}).</translation>
    </message>
    <message>
        <source>My &amp;internet provider&apos;s outgoing server</source>
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
        <source>Some receivers treat mail from an all2all address sent through another provider&apos;s server as spam. all2all&apos;s own server avoids that.</source>
        <translation>Sommige ontvangers beschouwen mail van een all2all-adres die via de server van een andere provider verstuurd wordt als spam. De eigen server van all2all vermijdt dat.</translation>
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
    <name>SetupWizard</name>
    <message>
        <source>all2all mail setup</source>
        <translation>all2all e-mail instellen</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
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
        <source>{host}, port {port}, no password (works only on that provider&apos;s network)</source>
        <translation>{host}, poort {port}, zonder wachtwoord (werkt alleen op het netwerk van die provider)</translation>
    </message>
    <message>
        <source>{host}, port {port}, secure connection (SSL/TLS), same username and password</source>
        <translation>{host}, poort {port}, beveiligde verbinding (SSL/TLS), dezelfde gebruikersnaam en hetzelfde wachtwoord</translation>
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
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Uw mail in de browser</translation>
    </message>
    <message>
        <source>You can also read your mail in any web browser at {url}. Log in with your username and password and choose the server &quot;{server}&quot;. The first time, go to Settings, then Mail, and type your e-mail address exactly as you received it: it becomes the From address of the mail you send from webmail.</source>
        <translation>U kunt uw mail ook lezen in eender welke webbrowser op {url}. Meld u aan met uw gebruikersnaam en wachtwoord en kies de server &quot;{server}&quot;. Ga de eerste keer naar «Instellingen» en dan «Post», en typ uw e-mailadres precies zoals u het gekregen hebt: dat wordt het adres in het veld «Van:» van de mail die u met webmail verstuurt.</translation>
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
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>This assistant sets up your all2all mailbox in the mail programs on this computer.</source>
        <translation>Deze assistent stelt uw all2all-mailbox in in de e-mailprogramma&apos;s op deze computer.</translation>
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
