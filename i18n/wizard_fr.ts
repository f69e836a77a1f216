<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Type these details exactly as you received them from your administrator.</source>
        <translation>Tapez ces données exactement comme vous les avez reçues de votre administrateur.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Shown to the people you write to, for example Marie Peeters.</source>
        <translation>Visible par les personnes à qui vous écrivez, par exemple Marie Peeters.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Your all2all e-mail address, exactly as your administrator wrote it.</source>
        <translation>Votre adresse e-mail all2all, exactement comme votre administrateur l’a écrite.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Your login, for example user0001. This is not your e-mail address.</source>
        <translation>Votre identifiant, par exemple user0001. Ce n’est pas votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password that goes with your username.</source>
        <translation>Le mot de passe qui va avec votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>&amp;Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Shows the password as plain text, so you can check what you typed.</source>
        <translation>Affiche le mot de passe en clair, pour que vous puissiez vérifier ce que vous avez tapé.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The assistant cannot start because one of its files is damaged. Please install it again, or ask your administrator for help.</source>
        <translation>L’assistant ne peut pas démarrer, car un de ses fichiers est endommagé. Veuillez le réinstaller ou demander de l’aide à votre administrateur.</translation>
    </message>
    <message>
        <source>Something went wrong in the assistant. Please try again. If it happens again, send this file to your administrator: {file}</source>
        <translation>Un problème est survenu dans l’assistant. Veuillez réessayer. Si cela se reproduit, envoyez ce fichier à votre administrateur&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please fill in your name.</source>
        <translation>Veuillez indiquer votre nom.</translation>
    </message>
    <message>
        <source>Please fill in your e-mail address.</source>
        <translation>Veuillez indiquer votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Please fill in your username.</source>
        <translation>Veuillez indiquer votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Please fill in your password.</source>
        <translation>Veuillez indiquer votre mot de passe.</translation>
    </message>
    <message>
        <source>Please fill in the name of the outgoing server.</source>
        <translation>Veuillez indiquer le nom du serveur sortant.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>Veuillez remplir ce champ.</translation>
    </message>
    <message>
        <source>This is much longer than expected. Please check what you typed.</source>
        <translation>C’est beaucoup plus long que prévu. Veuillez vérifier ce que vous avez tapé.</translation>
    </message>
    <message>
        <source>This contains invisible characters such as a line break or a tab. Please type it again instead of pasting it.</source>
        <translation>Ceci contient des caractères invisibles, comme un retour à la ligne ou une tabulation. Veuillez le retaper au lieu de le coller.</translation>
    </message>
    <message>
        <source>This must not contain spaces.</source>
        <translation>Ceci ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>Please remove the space at the beginning or the end.</source>
        <translation>Veuillez supprimer l’espace au début ou à la fin.</translation>
    </message>
    <message>
        <source>This is not a complete e-mail address. It looks like name@example.be: type it exactly as you received it from your administrator.</source>
        <translation>Ce n’est pas une adresse e-mail complète. Elle ressemble à nom@exemple.be&#xa0;: tapez-la exactement comme vous l’avez reçue de votre administrateur.</translation>
    </message>
    <message>
        <source>Your username is not your e-mail address. It is a short name such as user0001 that you received from your administrator.</source>
        <translation>Votre nom d’utilisateur n’est pas votre adresse e-mail. C’est un nom court, comme user0001, que vous avez reçu de votre administrateur.</translation>
    </message>
    <message>
        <source>A username contains only letters, digits and the characters . _ - (for example user0001).</source>
        <translation>Un nom d’utilisateur ne contient que des lettres, des chiffres et les caractères . _ - (par exemple user0001).</translation>
    </message>
    <message>
        <source>This is not a valid server name. It looks like smtp.example.be, optionally followed by a colon and a port number (smtp.example.be:25).</source>
        <translation>Ce n’est pas un nom de serveur valable. Il ressemble à smtp.exemple.be, éventuellement suivi de deux-points et d’un numéro de port (smtp.exemple.be:25).</translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation>Le port doit être un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation>Veuillez vérifier ce champ.</translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message>
        <source>How do you want to send your mail?</source>
        <translation>Comment voulez-vous envoyer vos e-mails&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the server that delivers the messages you send.</source>
        <translation>Choisissez le serveur qui distribue les messages que vous envoyez.</translation>
    </message>
    <message>
        <source>&amp;all2all&apos;s outgoing server (recommended)</source>
        <translation>Serveur sortant d’&amp;all2all (recommandé)</translation>
    </message>
    <message>
        <source>Works on every network: at home, at work, on a hotel Wi-Fi or through your phone. Uses your all2all username and password over a secure connection ({host}, port {port}).</source>
        <translation>Fonctionne sur tous les réseaux&#xa0;: à la maison, au travail, sur le wifi d’un hôtel ou via votre GSM. Utilise votre nom d’utilisateur et votre mot de passe all2all sur une connexion sécurisée ({host}, port {port}).</translation>
    </message>
    <message>
        <source>My &amp;internet provider&apos;s outgoing server</source>
        <translation>Serveur sortant de mon &amp;fournisseur d’accès à Internet</translation>
    </message>
    <message>
        <source>Needs no password, but only works while this computer is connected through that internet provider, for example at home. Elsewhere, sending fails.</source>
        <translation>Ne demande pas de mot de passe, mais ne fonctionne que lorsque cet ordinateur est connecté via ce fournisseur, par exemple à la maison. Ailleurs, l’envoi échoue.</translation>
    </message>
    <message>
        <source>{isp}: {server}</source>
        <translation>{isp}&#xa0;: {server}</translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation>Un autre serveur…</translation>
    </message>
    <message>
        <source>Internet &amp;provider:</source>
        <translation>Four&amp;nisseur d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>The company that brings the internet into your home.</source>
        <translation>L’entreprise qui vous fournit Internet à la maison.</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Fournisseur d’accès à Internet</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <source>The name your internet provider gives for its outgoing server, for example smtp.example.be or smtp.example.be:25. Their support can tell you.</source>
        <translation>Le nom que votre fournisseur donne à son serveur sortant, par exemple smtp.exemple.be ou smtp.exemple.be:25. Son service d’assistance peut vous le donner.</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Serveur sortant</translation>
    </message>
    <message>
        <source>Some receivers treat mail from an all2all address sent through another provider&apos;s server as spam. all2all&apos;s own server avoids that.</source>
        <translation>Certains destinataires considèrent comme spam un e-mail d’une adresse all2all envoyé par le serveur d’un autre fournisseur. Le serveur d’all2all évite ce problème.</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Without a copy on the server, new mail is removed from the server as soon as this computer fetches it. Webmail and your other devices will not see it.</source>
        <translation>Sans copie sur le serveur, les nouveaux e-mails sont supprimés du serveur dès que cet ordinateur les récupère. Le webmail et vos autres appareils ne les verront pas.</translation>
    </message>
    <message>
        <source>How do you want to receive your mail?</source>
        <translation>Comment voulez-vous recevoir vos e-mails&#xa0;?</translation>
    </message>
    <message>
        <source>Choose where your messages are kept. You can read why below.</source>
        <translation>Choisissez où vos messages sont conservés. Vous trouverez les explications ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;IMAP: keep my mail on the server (recommended)</source>
        <translation>&amp;IMAP&#xa0;: garder mes e-mails sur le serveur (recommandé)</translation>
    </message>
    <message>
        <source>Your messages stay on the all2all server (Inbox, Sent, Trash). Your mail program shows them and keeps a copy of what you open. You see the same mail on your laptop, your phone and in webmail, and you can make sub-folders on the server to sort it. Keep an eye on the space: each mailbox has {quota} MB, so empty the trash regularly.</source>
        <translation>Vos messages restent sur le serveur d’all2all (INBOX, Sent et Trash). Votre logiciel de messagerie les affiche et garde une copie de ce que vous ouvrez. Vous voyez les mêmes e-mails sur votre portable, votre GSM et dans le webmail, et vous pouvez créer des sous-dossiers sur le serveur pour les classer. Surveillez l’espace utilisé&#xa0;: chaque boîte aux lettres dispose de {quota} Mo, videz donc régulièrement la corbeille.</translation>
    </message>
    <message>
        <source>&amp;POP3: download my mail to this computer</source>
        <translation>P&amp;OP3&#xa0;: télécharger mes e-mails sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your mail program fetches new messages and removes them from the server. They then exist only on this computer: if it breaks or is lost, your mail is lost too. If you also use webmail or another device, messages seem to vanish there, because this computer has taken them away.</source>
        <translation>Votre logiciel de messagerie récupère les nouveaux messages et les supprime du serveur. Ils n’existent alors plus que sur cet ordinateur&#xa0;: s’il tombe en panne ou est perdu, vos e-mails sont perdus aussi. Si vous utilisez aussi le webmail ou un autre appareil, des messages semblent y disparaître mystérieusement, parce que cet ordinateur les a emportés.</translation>
    </message>
    <message>
        <source>&amp;Keep a copy on the server for</source>
        <translation>&amp;Garder une copie sur le serveur pendant</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Recommended. Webmail and your other devices still see new messages during these days; after that the copy on the server is removed so that your mailbox does not fill up.</source>
        <translation>Recommandé. Le webmail et vos autres appareils voient encore les nouveaux messages pendant ces jours&#xa0;; ensuite, la copie sur le serveur est supprimée pour que votre boîte aux lettres ne se remplisse pas.</translation>
    </message>
    <message>
        <source>Number of days to keep a copy on the server</source>
        <translation>Nombre de jours pendant lesquels une copie reste sur le serveur</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>all2all mail setup</source>
        <translation>Configuration de la messagerie all2all</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(non affiché)</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <source>{protocol} on {host}, port {port}, secure connection (SSL/TLS)</source>
        <translation>{protocol} sur {host}, port {port}, connexion sécurisée (SSL/TLS)</translation>
    </message>
    <message>
        <source>Copy on the server</source>
        <translation>Copie sur le serveur</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Courrier sortant</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Mailbox {quota} MB, messages up to {size} MB</source>
        <translation>Boîte aux lettres de {quota} Mo, messages jusqu’à {size} Mo</translation>
    </message>
    <message>
        <source>No: mail is removed from the server once downloaded</source>
        <translation>Non&#xa0;: les e-mails sont supprimés du serveur une fois téléchargés</translation>
    </message>
    <message>
        <source>Yes, for {days} days</source>
        <translation>Oui, pendant {days} jours</translation>
    </message>
    <message>
        <source>{host}, port {port}, no password (works only on that provider&apos;s network)</source>
        <translation>{host}, port {port}, sans mot de passe (fonctionne uniquement sur le réseau de ce fournisseur)</translation>
    </message>
    <message>
        <source>{host}, port {port}, secure connection (SSL/TLS), same username and password</source>
        <translation>{host}, port {port}, connexion sécurisée (SSL/TLS), mêmes nom d’utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>Vacation message or forwarding for my mailbox {email}</source>
        <translation>Message d’absence ou transfert pour ma boîte {email}</translation>
    </message>
    <message>
        <source>Hello,

Could you set up a vacation message or forwarding for my all2all mailbox?

E-mail address: {email}
Username: {username}

What I would like:


Thank you,
{name}</source>
        <translation>Bonjour,

Pourriez-vous configurer un message d’absence ou un transfert pour ma boîte aux lettres all2all&#xa0;?

Adresse e-mail&#xa0;: {email}
Nom d’utilisateur&#xa0;: {username}

Ce que je souhaite&#xa0;:


Merci d’avance,
{name}</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Vos paramètres</translation>
    </message>
    <message>
        <source>Check your settings. You can go back to change any of them.</source>
        <translation>Vérifiez vos paramètres. Vous pouvez revenir en arrière pour en modifier un.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Vos e-mails dans le navigateur</translation>
    </message>
    <message>
        <source>You can also read your mail in any web browser at {url}. Log in with your username and password and choose the server &quot;{server}&quot;. The first time, go to Settings, then Mail, and type your e-mail address exactly as you received it: it becomes the From address of the mail you send from webmail.</source>
        <translation>Vous pouvez aussi lire vos e-mails dans n’importe quel navigateur à l’adresse {url}. Connectez-vous avec votre nom d’utilisateur et votre mot de passe et choisissez le serveur « {server} ». La première fois, allez dans « Preferences », puis « Mail », et tapez votre adresse e-mail exactement comme vous l’avez reçue&#xa0;: elle devient l’adresse « De&#xa0;: » des e-mails que vous envoyez avec le webmail.</translation>
    </message>
    <message>
        <source>Open &amp;webmail</source>
        <translation>Ouvrir le &amp;webmail</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Your mailbox holds {quota} MB. Empty the trash of your mail program regularly, because deleted messages stay on the server until then. A message can be at most {size} MB, attachments included.</source>
        <translation>Votre boîte aux lettres peut contenir {quota} Mo. Videz régulièrement la corbeille de votre logiciel de messagerie, car les messages supprimés restent sur le serveur jusque-là. Un message peut faire au maximum {size} Mo, pièces jointes comprises.</translation>
    </message>
    <message>
        <source>A vacation message or forwarding to another address is set up by your mail administrator, the person who gave you your username.</source>
        <translation>Un message d’absence ou un transfert vers une autre adresse est configuré par votre administrateur de messagerie&#xa0;: la personne qui vous a donné votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Write to my &amp;administrator</source>
        <translation>Écrire à mon &amp;administrateur</translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program.</source>
        <translation>Ouvre un nouveau message à votre administrateur dans votre logiciel de messagerie.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This assistant sets up your all2all mailbox in the mail programs on this computer.</source>
        <translation>Cet assistant configure votre boîte aux lettres all2all dans les logiciels de messagerie de cet ordinateur.</translation>
    </message>
    <message>
        <source>In a few steps you choose how your mail is kept, enter the details of your account and choose how your mail is sent. Each step explains the choice in plain words.</source>
        <translation>En quelques étapes, vous choisissez comment vos e-mails sont conservés, vous indiquez les données de votre compte et vous choisissez comment vos e-mails sont envoyés. Chaque étape explique le choix en termes simples.</translation>
    </message>
    <message>
        <source>You need: your username (for example user0001), your password and your e-mail address. Your mail administrator gave them to you.</source>
        <translation>Vous avez besoin de&#xa0;: votre nom d’utilisateur (par exemple user0001), votre mot de passe et votre adresse e-mail. Votre administrateur de messagerie vous les a donnés.</translation>
    </message>
    <message>
        <source>Nothing on this computer is changed until you confirm at the end.</source>
        <translation>Rien n’est modifié sur cet ordinateur avant que vous ne confirmiez à la fin.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of this assistant.</source>
        <translation>La langue de cet assistant.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
</TS>
