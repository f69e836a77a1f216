<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AccountPage</name>
    <message>
        <source>New password for my mailbox {email}</source>
        <translation>Nouveau mot de passe pour ma boîte aux lettres {email}</translation>
    </message>
    <message>
        <source>Hello,

The all2all setup assistant tells me that the password of my mailbox is weak. Could you give me a new, stronger password?

E-mail address: {email}
Username: {username}

Thank you,
{name}</source>
        <translation>Bonjour,

L’assistant de configuration all2all m’indique que le mot de passe de ma boîte aux lettres est faible. Pourriez-vous me donner un nouveau mot de passe, plus solide&#xa0;?

Adresse e-mail&#xa0;: {email}
Nom d’utilisateur&#xa0;: {username}

Merci d’avance,
{name}</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Type these details exactly as you received them from your administrator.</source>
        <translation>Tapez ces informations exactement comme votre administrateur vous les a données.</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Shown to the people you write to, for example Marie Peeters.</source>
        <translation>Ce nom est visible par les personnes à qui vous écrivez, par exemple Marie Peeters.</translation>
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
        <source>A short name such as user0001. It is not your e-mail address.</source>
        <translation>Un nom court, comme user0001. Ce n’est pas votre adresse e-mail.</translation>
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
        <translation>Le mot de passe associé à votre nom d’utilisateur.</translation>
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
    <message>
        <source>&amp;Ask my administrator for a new password</source>
        <translation>&amp;Demander un nouveau mot de passe à mon administrateur</translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program. Your password is not in it.</source>
        <translation>Ouvre un nouveau message à votre administrateur dans votre logiciel de messagerie. Votre mot de passe n’y figure pas.</translation>
    </message>
    <message>
        <source>Use the sa&amp;ved password</source>
        <translation>Utiliser le mot de passe en&amp;registré</translation>
    </message>
    <message>
        <source>&amp;Forget the saved password</source>
        <translation>E&amp;ffacer le mot de passe enregistré</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>{client}: {account}</source>
        <translation>{client}&#xa0;: {account}</translation>
    </message>
    <message>
        <source>POP3: your mail is downloaded to this computer</source>
        <translation>POP3&#xa0;: vos e-mails sont téléchargés sur cet ordinateur</translation>
    </message>
    <message>
        <source>IMAP: your mail stays on the server</source>
        <translation>IMAP&#xa0;: vos e-mails restent sur le serveur</translation>
    </message>
    <message>
        <source>Username {username} · {kind}</source>
        <translation>Nom d’utilisateur {username} · {kind}</translation>
    </message>
    <message>
        <source>Remove this account…</source>
        <translation>Supprimer ce compte…</translation>
    </message>
    <message>
        <source>Remove the account {account} from {client}</source>
        <translation>Supprimer le compte {account} de {client}</translation>
    </message>
    <message>
        <source>This account is set up correctly.</source>
        <translation>Ce compte est configuré correctement.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The test message is sent from and to the account&apos;s address: give --email.</source>
        <translation>Le message de test part de l’adresse du compte et y revient&#xa0;: indiquez --email.</translation>
    </message>
    <message>
        <source>The time limit must be more than 0 and at most 600 seconds.</source>
        <translation>Le délai doit être supérieur à 0 et ne pas dépasser 600 secondes.</translation>
    </message>
    <message>
        <source>The certificate file {file} cannot be used ({reason}).</source>
        <translation>Le fichier de certificat {file} ne peut pas être utilisé ({reason}).</translation>
    </message>
    <message>
        <source>Give all2all, the id of an internet provider&apos;s server, or HOST:PORT.</source>
        <translation>Indiquez all2all, l’id du serveur d’un fournisseur d’accès, ou HOST:PORT.</translation>
    </message>
    <message>
        <source>Your account works: you can receive and send mail.</source>
        <translation>Votre compte fonctionne&#xa0;: vous pouvez recevoir et envoyer des e-mails.</translation>
    </message>
    <message>
        <source>Your account does not work yet.</source>
        <translation>Votre compte ne fonctionne pas encore.</translation>
    </message>
    <message>
        <source>Largest message the server accepts: {size} MB</source>
        <translation>Taille maximale d’un message acceptée par le serveur&#xa0;: {size}&#xa0;Mo</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n’est pas un dossier.</translation>
    </message>
    <message>
        <source>This account cannot be saved in this kind of file ({reason}).</source>
        <translation>Ce compte ne peut pas être enregistré dans ce type de fichier ({reason}).</translation>
    </message>
    <message>
        <source>{file} is a link to another place, made by someone else or pointing nowhere. To keep files safe, nothing was written through it. Remove the link or give another folder with --output.</source>
        <translation>{file} est un lien vers un autre endroit, créé par quelqu’un d’autre ou qui ne mène nulle part. Pour protéger les fichiers, rien n’a été écrit par ce lien. Supprimez le lien ou indiquez un autre dossier avec --output.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}).</source>
        <translation>{file} n’a pas pu être écrit ({reason}).</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>An unexpected error happened.</source>
        <translation>Une erreur inattendue s’est produite.</translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation>Les détails se trouvent dans {file}.</translation>
    </message>
    <message>
        <source>The file with all2all&apos;s server settings cannot be used: {reason}</source>
        <translation>Le fichier des paramètres des serveurs d’all2all ne peut pas être utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No supported mail program was found for this user.</source>
        <translation>Aucun logiciel de messagerie pris en charge n’a été trouvé pour cet utilisateur.</translation>
    </message>
    <message>
        <source>profile {name}: {path} (default)</source>
        <translation>profil {name}&#xa0;: {path} (par défaut)</translation>
    </message>
    <message>
        <source>profile {name}: {path}</source>
        <translation>profil {name}&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>Mot de passe (non affiché)&#xa0;: </translation>
    </message>
    <message>
        <source>The password on standard input is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Le mot de passe reçu sur l’entrée standard n’est pas du texte UTF-8. Enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>The password on standard input is far too long.</source>
        <translation>Le mot de passe reçu sur l’entrée standard est beaucoup trop long.</translation>
    </message>
    <message>
        <source>The environment variable {name} holds no password.</source>
        <translation>La variable d’environnement {name} ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <source>The password contains invisible characters, such as a tab or a second line. A password cannot contain them.</source>
        <translation>Le mot de passe contient des caractères invisibles, comme une tabulation ou une deuxième ligne. Un mot de passe ne peut pas en contenir.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Aucun mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <source>{option} only goes with --fix.</source>
        <translation>{option} ne s’utilise qu’avec --fix.</translation>
    </message>
    <message>
        <source>This folder does not exist: {path}</source>
        <translation>Ce dossier n’existe pas&#xa0;: {path}</translation>
    </message>
    <message>
        <source>This folder holds neither a Thunderbird profile (prefs.js) nor Evolution&apos;s accounts (.source files): {path}</source>
        <translation>Ce dossier ne contient ni profil Thunderbird (prefs.js) ni comptes Evolution (fichiers .source)&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Copie des paramètres précédents&#xa0;: {file}</translation>
    </message>
    <message>
        <source>{option} is required.</source>
        <translation>{option} est obligatoire.</translation>
    </message>
    <message>
        <source>{option}: this mail program is not supported. Possible values: {values}.</source>
        <translation>{option}&#xa0;: ce logiciel de messagerie n’est pas pris en charge. Valeurs possibles&#xa0;: {values}.</translation>
    </message>
    <message>
        <source>{option}: the number must be between {minimum} and {maximum}.</source>
        <translation>{option}&#xa0;: le nombre doit être compris entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <source>The time limit must be more than 0 and at most {seconds} seconds.</source>
        <translation>Le délai doit être supérieur à 0 et ne pas dépasser {seconds} secondes.</translation>
    </message>
    <message>
        <source>Give a server name and an IP address, for example {example}.</source>
        <translation>Indiquez un nom de serveur et une adresse IP, par exemple {example}.</translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <source>To go on without {client}, untick it.</source>
        <translation>Pour continuer sans {client}, décochez-le.</translation>
    </message>
    <message>
        <source>Untick this to leave {client} as it is.</source>
        <translation>Décochez cette case pour ne pas toucher à {client}.</translation>
    </message>
    <message>
        <source>{client}: not on this computer.</source>
        <translation>{client}&#xa0;: non installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Looks at {client} and its settings again.</source>
        <translation>Vérifie à nouveau {client} et ses paramètres.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Details for {client}</source>
        <translation>Détails pour {client}</translation>
    </message>
    <message>
        <source>Which {client} you use: the classic one or the new one.</source>
        <translation>Quel {client} vous utilisez&#xa0;: le classique ou le nouveau.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>{client} keeps its settings in a profile.</source>
        <translation>{client} range ses paramètres dans un profil.</translation>
    </message>
    <message>
        <source>Deleted messages stay on the server, and count towards your {quota} MB, until the trash is emptied.</source>
        <translation>Les messages supprimés restent sur le serveur, et comptent dans vos {quota}&#xa0;Mo, jusqu’à ce que la corbeille soit vidée.</translation>
    </message>
    <message>
        <source>The assistant opens a settings file. You approve it in System Settings; the last page shows how.</source>
        <translation>L’assistant ouvre un fichier de paramètres. Vous l’approuvez dans Réglages Système&#xa0;; la dernière page montre comment.</translation>
    </message>
    <message>
        <source>Your all2all account is already there: Set up gives it the right settings. A copy of the current settings is kept first.</source>
        <translation>Votre compte all2all est déjà présent&#xa0;: en cliquant sur «&#xa0;Configurer&#xa0;», vous lui donnez les bons paramètres. L’assistant garde d’abord une copie des paramètres actuels.</translation>
    </message>
    <message>
        <source>Set up adds your all2all account. A copy of the current settings is kept first.</source>
        <translation>En cliquant sur «&#xa0;Configurer&#xa0;», vous ajoutez votre compte all2all. L’assistant garde d’abord une copie des paramètres actuels.</translation>
    </message>
    <message>
        <source>{host}, port {port}, username {login}</source>
        <translation>{host}, port&#xa0;{port}, nom d’utilisateur {login}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Send through the outgoing server chosen in this assistant ({server})</source>
        <translation>Envoyer par le serveur sortant choisi dans l’assistant ({server})</translation>
    </message>
    <message>
        <source>A new outgoing server is added to {client} only if it does not have it yet.</source>
        <translation>Un nouveau serveur sortant n’est ajouté à {client} que s’il ne l’a pas encore.</translation>
    </message>
    <message>
        <source>If you already send mail from {client} with another account, you can share its outgoing server with your all2all account.</source>
        <translation>Si vous envoyez déjà des e-mails depuis {client} avec un autre compte, vous pouvez partager son serveur sortant avec votre compte all2all.</translation>
    </message>
    <message>
        <source>Only a server of your internet provider sends for every address; another mail service&apos;s server may refuse mail from your all2all address.</source>
        <translation>Seul un serveur de votre fournisseur d’accès envoie des e-mails pour n’importe quelle adresse&#xa0;; le serveur d’un autre service de messagerie peut refuser ceux de votre adresse all2all.</translation>
    </message>
    <message>
        <source>Outgoing server to share</source>
        <translation>Serveur sortant à partager</translation>
    </message>
    <message>
        <source>Opens {client} with a file that adds a new profile with your account. If that does not work, follow the steps shown at the end.</source>
        <translation>Ouvre {client} avec un fichier qui ajoute un nouveau profil contenant votre compte. Si cela ne fonctionne pas, suivez les étapes affichées à la fin.</translation>
    </message>
    <message>
        <source>Share an existing outgoing server of {client}</source>
        <translation>Partager un serveur sortant déjà présent dans {client}</translation>
    </message>
    <message>
        <source>Outgoing server to share:</source>
        <translation>Serveur sortant à partager&#xa0;:</translation>
    </message>
    <message>
        <source>Empty the trash when {client} closes</source>
        <translation>Vider la corbeille quand {client} se ferme</translation>
    </message>
    <message>
        <source>Let {client} add the account itself (experimental)</source>
        <translation>Laisser {client} ajouter le compte lui-même (expérimental)</translation>
    </message>
    <message>
        <source>Give {client} my password through this computer&apos;s password safe</source>
        <translation>Donner mon mot de passe à {client} par le coffre-fort à mots de passe de cet ordinateur</translation>
    </message>
    <message>
        <source>Then {client} does not ask for it. Untick this to type it in {client} yourself.</source>
        <translation>Ainsi, {client} ne vous le demande pas. Décochez cette case si vous préférez le taper vous-même dans {client}.</translation>
    </message>
    <message>
        <source>Settings that will be written</source>
        <translation>Paramètres qui seront écrits</translation>
    </message>
    <message>
        <source>One line per setting, as written in the file.</source>
        <translation>Une ligne par paramètre, telle qu’elle sera écrite dans le fichier.</translation>
    </message>
    <message>
        <source>You add the account in Outlook&apos;s own windows: the last page shows each step, with every value to copy.</source>
        <translation>Vous ajoutez vous-même le compte dans Outlook&#xa0;: la dernière page montre chaque étape, avec chaque valeur à copier.</translation>
    </message>
    <message>
        <source>Your all2all account is already set up like this. Nothing changes.</source>
        <translation>Votre compte all2all est déjà configuré ainsi. Rien ne change.</translation>
    </message>
    <message>
        <source>{profile} (the one {client} opens)</source>
        <translation>{profile} (celui que {client} ouvre)</translation>
    </message>
    <message>
        <source>{host}, port {port}, no password</source>
        <translation>{host}, port&#xa0;{port}, sans mot de passe</translation>
    </message>
    <message>
        <source>New file: {file}</source>
        <translation>Nouveau fichier&#xa0;: {file}</translation>
    </message>
    <message>
        <source>File changed: {file}</source>
        <translation>Fichier modifié&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Your password is not written into this file.</source>
        <translation>Votre mot de passe n’est pas écrit dans ce fichier.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Non testé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>{host}, port {port}</source>
        <translation>{host}, port&#xa0;{port}</translation>
    </message>
    <message>
        <source>Testing your account…</source>
        <translation>Test de votre compte en cours…</translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation>Vous avez arrêté le test.</translation>
    </message>
    <message>
        <source>Checking that your mail really arrives…</source>
        <translation>Envoi d’un message de test pour vérifier que vos e-mails arrivent bien…</translation>
    </message>
    <message>
        <source>Your account works.</source>
        <translation>Votre compte fonctionne.</translation>
    </message>
    <message>
        <source>Your account does not work yet.</source>
        <translation>Votre compte ne fonctionne pas encore.</translation>
    </message>
    <message>
        <source>The test starts when this page is shown.</source>
        <translation>Le test démarre dès que cette page s’affiche.</translation>
    </message>
    <message>
        <source>Receiving mail</source>
        <translation>Réception des e-mails</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>Envoi des e-mails</translation>
    </message>
    <message>
        <source>Receiving mail: checking…</source>
        <translation>Réception des e-mails&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>Sending mail: checking…</source>
        <translation>Envoi des e-mails&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>Receiving mail works.</source>
        <translation>La réception des e-mails fonctionne.</translation>
    </message>
    <message>
        <source>Sending mail works.</source>
        <translation>L’envoi des e-mails fonctionne.</translation>
    </message>
    <message>
        <source>Receiving mail does not work yet.</source>
        <translation>La réception des e-mails ne fonctionne pas encore.</translation>
    </message>
    <message>
        <source>Sending mail does not work yet.</source>
        <translation>L’envoi des e-mails ne fonctionne pas encore.</translation>
    </message>
    <message>
        <source>Receiving mail: not tested.</source>
        <translation>Réception des e-mails&#xa0;: non testée.</translation>
    </message>
    <message>
        <source>Sending mail: not tested.</source>
        <translation>Envoi des e-mails&#xa0;: non testé.</translation>
    </message>
    <message>
        <source>Sending mail: your internet provider&apos;s server does not answer here. That is normal away from its own network.</source>
        <translation>Envoi des e-mails&#xa0;: le serveur de votre fournisseur d’accès ne répond pas sur ce réseau. C’est normal en dehors de son propre réseau.</translation>
    </message>
    <message>
        <source>Time so far: {time}</source>
        <translation>Temps écoulé&#xa0;: {time}</translation>
    </message>
    <message>
        <source>Finished in {time}</source>
        <translation>Terminé en {time}</translation>
    </message>
    <message>
        <source>Stopped after {time}</source>
        <translation>Arrêté après {time}</translation>
    </message>
    <message>
        <source>The assistant connects to all2all exactly as your mail program will.</source>
        <translation>L’assistant se connecte à all2all exactement comme le fera votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Use an&amp;other outgoing server…</source>
        <translation>&amp;Utiliser un autre serveur sortant…</translation>
    </message>
    <message>
        <source>Choose your internet provider&apos;s outgoing server, then test again.</source>
        <translation>Choisissez le serveur sortant de votre fournisseur d’accès, puis refaites le test.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Details of the test</source>
        <translation>Détails du test</translation>
    </message>
    <message>
        <source>{where}: {explanation}
What to do: {advice}</source>
        <translation>{where}&#xa0;: {explanation}
Que faire&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>{used} MB of {limit} MB used</source>
        <translation>{used}&#xa0;Mo utilisés sur {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <source>Testing your account</source>
        <translation>Test de votre compte</translation>
    </message>
    <message>
        <source>&amp;Stop the test</source>
        <translation>&amp;Arrêter le test</translation>
    </message>
    <message>
        <source>Stops the test at once.</source>
        <translation>Arrête le test immédiatement.</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Runs the whole test again from the beginning.</source>
        <translation>Relance tout le test depuis le début.</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The Copy button next to it puts this value on the clipboard.</source>
        <translation>Le bouton «&#xa0;Copier&#xa0;», juste à côté, place cette valeur dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy {what}</source>
        <translation>Copier «&#xa0;{what}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Expanded. Press Space to collapse.</source>
        <translation>Déplié. Appuyez sur Espace pour replier.</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to expand.</source>
        <translation>Replié. Appuyez sur Espace pour déplier.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>No all2all account was found in Thunderbird or Evolution.</source>
        <translation>Aucun compte all2all n’a été trouvé dans Thunderbird ou Evolution.</translation>
    </message>
    <message>
        <source>{client}: {login} ({protocol}) in {profile}</source>
        <translation>{client}&#xa0;: {login} ({protocol}) dans {profile}</translation>
    </message>
    <message>
        <source>Nothing to repair.</source>
        <translation>Rien à réparer.</translation>
    </message>
    <message>
        <source>{severity}: {title} ({state})</source>
        <translation>{severity}&#xa0;: {title} ({state})</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Que faire&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>Everything that was wrong is repaired.</source>
        <translation>Tout ce qui n’allait pas est réparé.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Incoming mail is fetched without encryption</source>
        <translation>La réception des e-mails se fait sans connexion sécurisée</translation>
    </message>
    <message>
        <source>Incoming mail uses STARTTLS instead of SSL/TLS</source>
        <translation>La réception des e-mails utilise STARTTLS au lieu de SSL/TLS</translation>
    </message>
    <message>
        <source>Incoming mail uses the wrong port</source>
        <translation>La réception des e-mails utilise le mauvais port</translation>
    </message>
    <message>
        <source>Incoming mail uses the wrong kind of password</source>
        <translation>La réception des e-mails utilise le mauvais type de mot de passe</translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server on port 25</source>
        <translation>Les e-mails sont envoyés au serveur d’all2all sur le port 25</translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server without encryption</source>
        <translation>Les e-mails sont envoyés au serveur d’all2all sans connexion sécurisée</translation>
    </message>
    <message>
        <source>Mail is sent with STARTTLS instead of SSL/TLS</source>
        <translation>Les e-mails sont envoyés avec STARTTLS au lieu de SSL/TLS</translation>
    </message>
    <message>
        <source>Mail is sent on the wrong port</source>
        <translation>Les e-mails sont envoyés sur le mauvais port</translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server without logging in</source>
        <translation>Les e-mails sont envoyés au serveur d’all2all sans nom d’utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>Mail is sent with the wrong kind of password</source>
        <translation>Les e-mails sont envoyés avec le mauvais type de mot de passe</translation>
    </message>
    <message>
        <source>Mail is sent with another all2all username</source>
        <translation>Les e-mails sont envoyés avec un autre nom d’utilisateur all2all</translation>
    </message>
    <message>
        <source>This account uses another username</source>
        <translation>Ce compte utilise un autre nom d’utilisateur</translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method logging in fails.</source>
        <translation>Le serveur d’all2all attend le mot de passe normal, envoyé dans la connexion sécurisée. Avec une autre méthode, la connexion au compte échoue.</translation>
    </message>
    <message>
        <source>Port 25 is for servers talking to each other: many networks block it, and all2all expects your mail on port {smtp_port} with SSL/TLS, your username and password.</source>
        <translation>Le port 25 sert aux échanges entre serveurs&#xa0;: beaucoup de réseaux le bloquent. Le serveur d’all2all attend vos e-mails sur le port {smtp_port}, avec SSL/TLS, votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>This all2all account logs in with another username than the one you gave. It may be an old username, or another person&apos;s mailbox.</source>
        <translation>Ce compte all2all se connecte avec un autre nom d’utilisateur que celui que vous avez indiqué. C’est peut-être un ancien nom d’utilisateur, ou la boîte aux lettres d’une autre personne.</translation>
    </message>
    <message>
        <source>If the username is old, remove this account and set up all2all again. If it is another person&apos;s mailbox, leave it.</source>
        <translation>S’il s’agit d’un ancien nom d’utilisateur, supprimez ce compte et configurez à nouveau all2all. S’il s’agit de la boîte aux lettres d’une autre personne, n’y touchez pas.</translation>
    </message>
    <message>
        <source>If the username is old, remove this account (all2all-setup remove) and set up all2all again. If it is another person&apos;s mailbox, leave it.</source>
        <translation>S’il s’agit d’un ancien nom d’utilisateur, supprimez ce compte (all2all-setup remove) et configurez à nouveau all2all. S’il s’agit de la boîte aux lettres d’une autre personne, n’y touchez pas.</translation>
    </message>
    <message>
        <source>The outgoing server set for this account does not exist</source>
        <translation>Le serveur sortant indiqué pour ce compte n’existe pas</translation>
    </message>
    <message numerus="yes">
        <source>Run the command again with --fix: a copy then stays on the server for %n day(s) (it can be changed in the mail program&apos;s account settings).</source>
        <translation>
            <numerusform>Relancez la commande avec --fix. Une copie restera alors %n jour sur le serveur (cette durée peut être changée dans les paramètres du compte du logiciel de messagerie).</numerusform>
            <numerusform>Relancez la commande avec --fix. Une copie restera alors %n jours sur le serveur (cette durée peut être changée dans les paramètres du compte du logiciel de messagerie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Repair: a copy then stays on the server for %n day(s) (you can change that in the mail program&apos;s account settings).</source>
        <translation>
            <numerusform>Cliquez sur «&#xa0;Réparer&#xa0;». Une copie restera alors %n jour sur le serveur (vous pourrez changer cette durée dans les paramètres du compte de votre logiciel de messagerie).</numerusform>
            <numerusform>Cliquez sur «&#xa0;Réparer&#xa0;». Une copie restera alors %n jours sur le serveur (vous pourrez changer cette durée dans les paramètres du compte de votre logiciel de messagerie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail is deleted from the server once downloaded</source>
        <translation>Les e-mails sont supprimés du serveur une fois téléchargés</translation>
    </message>
    <message>
        <source>Two accounts for the same mailbox</source>
        <translation>Deux comptes pour la même boîte aux lettres</translation>
    </message>
    <message>
        <source>Your password and your mail travel over the internet as readable text. all2all expects a secure connection (SSL/TLS) on port {incoming_port}.</source>
        <translation>Votre mot de passe et vos e-mails circulent en clair sur internet&#xa0;: d’autres personnes peuvent les lire. Le serveur d’all2all attend une connexion sécurisée (SSL/TLS) sur le port {incoming_port}.</translation>
    </message>
    <message>
        <source>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {incoming_port}.</source>
        <translation>La connexion ne devient sécurisée qu’en cours de route (STARTTLS). Le guide d’all2all demande SSL/TLS dès le départ, sur le port {incoming_port}.</translation>
    </message>
    <message>
        <source>all2all&apos;s server waits for this on port {incoming_port}; on another port the mail program cannot connect.</source>
        <translation>Le serveur d’all2all attend cette connexion sur le port {incoming_port}&#xa0;; sur un autre port, le logiciel de messagerie ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>Your password and what you send travel over the internet as readable text. all2all expects SSL/TLS on port {smtp_port}.</source>
        <translation>Votre mot de passe et ce que vous envoyez circulent en clair sur internet&#xa0;: d’autres personnes peuvent les lire. Le serveur d’all2all attend SSL/TLS sur le port {smtp_port}.</translation>
    </message>
    <message>
        <source>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {smtp_port}.</source>
        <translation>La connexion ne devient sécurisée qu’en cours de route (STARTTLS). Le guide d’all2all demande SSL/TLS dès le départ, sur le port {smtp_port}.</translation>
    </message>
    <message>
        <source>all2all&apos;s outgoing server waits on port {smtp_port}; on another port sending fails.</source>
        <translation>Le serveur sortant d’all2all attend sur le port {smtp_port}&#xa0;; sur un autre port, l’envoi échoue.</translation>
    </message>
    <message>
        <source>all2all only sends mail for people who log in with their all2all username and password. Without logging in, sending is refused.</source>
        <translation>Le serveur d’all2all n’envoie des e-mails que pour les personnes qui se connectent avec leur nom d’utilisateur et leur mot de passe all2all. Sans nom d’utilisateur ni mot de passe, l’envoi est refusé.</translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method sending fails.</source>
        <translation>Le serveur d’all2all attend le mot de passe normal, envoyé dans la connexion sécurisée. Avec une autre méthode, l’envoi échoue.</translation>
    </message>
    <message>
        <source>For sending, this account uses another all2all username than for receiving, so the server may refuse your address.</source>
        <translation>Pour l’envoi, ce compte utilise un autre nom d’utilisateur all2all que pour la réception&#xa0;: le serveur peut donc refuser votre adresse.</translation>
    </message>
    <message>
        <source>The account points at an outgoing server that is no longer there, so nothing can be sent from it.</source>
        <translation>Le compte utilise un serveur sortant qui n’existe plus&#xa0;: il ne peut donc rien envoyer.</translation>
    </message>
    <message>
        <source>With POP3 the mail program removes your mail from the server after downloading it, so the webmail and your other devices no longer see it.</source>
        <translation>Avec POP3, le logiciel de messagerie supprime vos e-mails du serveur après les avoir téléchargés&#xa0;: vous ne les voyez donc plus dans le webmail ni sur vos autres appareils.</translation>
    </message>
    <message>
        <source>The same mailbox is set up twice in this mail program. Mail then shows twice, or one account (POP3) takes it away from the other.</source>
        <translation>La même boîte aux lettres est configurée deux fois dans ce logiciel de messagerie. Les e-mails apparaissent alors en double, ou un compte (POP3) les retire à l’autre.</translation>
    </message>
    <message>
        <source>Keep one of the two accounts and remove the other in the mail program&apos;s account settings (its local mail stays on this computer).</source>
        <translation>Gardez un des deux comptes et supprimez l’autre dans les paramètres des comptes du logiciel de messagerie (les e-mails qu’il garde sur cet ordinateur y restent).</translation>
    </message>
    <message>
        <source>Press Repair to set it right; nothing else in the mail program changes.</source>
        <translation>Cliquez sur «&#xa0;Réparer&#xa0;» pour corriger cela&#xa0;; rien d’autre ne change dans le logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Run the command again with --fix to set it right; nothing else in the mail program changes.</source>
        <translation>Relancez la commande avec --fix pour corriger cela&#xa0;; rien d’autre ne change dans le logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Incoming mail now uses a secure connection</source>
        <translation>La réception des e-mails utilise maintenant une connexion sécurisée</translation>
    </message>
    <message>
        <source>Incoming mail is now secured from the start (SSL/TLS)</source>
        <translation>La réception des e-mails est maintenant sécurisée dès le départ (SSL/TLS)</translation>
    </message>
    <message>
        <source>Incoming mail now uses the right port</source>
        <translation>La réception des e-mails utilise maintenant le bon port</translation>
    </message>
    <message>
        <source>Incoming mail now logs in with the normal password</source>
        <translation>La réception des e-mails utilise maintenant le mot de passe normal</translation>
    </message>
    <message>
        <source>Mail is now sent to all2all&apos;s server on the right port</source>
        <translation>Les e-mails sont maintenant envoyés au serveur d’all2all sur le bon port</translation>
    </message>
    <message>
        <source>Mail is now sent over a secure connection</source>
        <translation>Les e-mails sont maintenant envoyés par une connexion sécurisée</translation>
    </message>
    <message>
        <source>Mail is now sent secured from the start (SSL/TLS)</source>
        <translation>Les e-mails sont maintenant envoyés de façon sécurisée dès le départ (SSL/TLS)</translation>
    </message>
    <message>
        <source>Mail is now sent on the right port</source>
        <translation>Les e-mails sont maintenant envoyés sur le bon port</translation>
    </message>
    <message>
        <source>Mail is now sent with your username and password</source>
        <translation>Les e-mails sont maintenant envoyés avec votre nom d’utilisateur et votre mot de passe</translation>
    </message>
    <message>
        <source>Mail is now sent with the normal password</source>
        <translation>Les e-mails sont maintenant envoyés avec le mot de passe normal</translation>
    </message>
    <message>
        <source>Mail is now sent with the same username as it is received</source>
        <translation>Les e-mails sont maintenant envoyés avec le même nom d’utilisateur que pour la réception</translation>
    </message>
    <message>
        <source>This account now has an outgoing server</source>
        <translation>Ce compte a maintenant un serveur sortant</translation>
    </message>
    <message>
        <source>A copy of your mail now stays on the server</source>
        <translation>Une copie de vos e-mails reste maintenant sur le serveur</translation>
    </message>
    <message>
        <source>{title} ({state})</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>réparé</translation>
    </message>
    <message>
        <source>can be repaired</source>
        <translation>peut être réparé</translation>
    </message>
    <message>
        <source>to be done by hand</source>
        <translation>à faire à la main</translation>
    </message>
    <message>
        <source>Close {client}, then press Repair again.</source>
        <translation>Fermez {client}, puis cliquez à nouveau sur «&#xa0;Réparer&#xa0;».</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then press Repair again.</source>
        <translation>Fermez {client} s’il est ouvert, puis cliquez à nouveau sur «&#xa0;Réparer&#xa0;».</translation>
    </message>
    <message>
        <source>Free some space on the disk, then press Repair again.</source>
        <translation>Libérez de la place sur le disque, puis cliquez à nouveau sur «&#xa0;Réparer&#xa0;».</translation>
    </message>
    <message>
        <source>Press Repair again. If it fails again, ask your administrator for help.</source>
        <translation>Cliquez à nouveau sur «&#xa0;Réparer&#xa0;». Si cela échoue encore, demandez de l’aide à votre administrateur.</translation>
    </message>
    <message>
        <source>Ask your administrator for help.</source>
        <translation>Demandez de l’aide à votre administrateur.</translation>
    </message>
</context>
<context>
    <name>DoctorPage</name>
    <message>
        <source>Looking for all2all accounts on this computer…</source>
        <translation>L’assistant cherche les comptes all2all sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Réparation en cours…</translation>
    </message>
    <message>
        <source>Removing the account…</source>
        <translation>Suppression du compte en cours…</translation>
    </message>
    <message>
        <source>The settings of the mail programs could not be read.</source>
        <translation>Les paramètres des logiciels de messagerie n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Not everything could be repaired.</source>
        <translation>Tout n’a pas pu être réparé.</translation>
    </message>
    <message>
        <source>Some settings are not right.</source>
        <translation>Certains paramètres ne sont pas corrects.</translation>
    </message>
    <message>
        <source>Something is left for you to do.</source>
        <translation>Il vous reste quelque chose à faire.</translation>
    </message>
    <message>
        <source>Everything that was wrong is repaired.</source>
        <translation>Tout ce qui n’allait pas est réparé.</translation>
    </message>
    <message>
        <source>Your all2all set-up is correct.</source>
        <translation>Votre configuration all2all est correcte.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) repaired.</source>
        <translation>
            <numerusform>%n problème réparé.</numerusform>
            <numerusform>%n problèmes réparés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repair sets right %n problem(s); nothing else in your mail programs changes.</source>
        <translation>
            <numerusform>Le bouton «&#xa0;Réparer&#xa0;» corrige %n problème&#xa0;; rien d’autre ne change dans vos logiciels de messagerie.</numerusform>
            <numerusform>Le bouton «&#xa0;Réparer&#xa0;» corrige %n problèmes&#xa0;; rien d’autre ne change dans vos logiciels de messagerie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) only you can settle: see below.</source>
        <translation>
            <numerusform>%n point ne peut être réglé que par vous&#xa0;: voir ci-dessous.</numerusform>
            <numerusform>%n points ne peuvent être réglés que par vous&#xa0;: voir ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>{client}: {account} in {folder}</source>
        <translation>{client}&#xa0;: {account} dans {folder}</translation>
    </message>
    <message>
        <source>{client}: {folder}: code {code}</source>
        <translation>{client}&#xa0;: {folder}&#xa0;: code {code}</translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Copie des paramètres précédents&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Check your all2all set-up</source>
        <translation>Vérifier votre configuration all2all</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The assistant looks at the all2all accounts in Thunderbird and Evolution.</source>
        <translation>L’assistant examine les comptes all2all dans Thunderbird et Evolution.</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Réparer</translation>
    </message>
    <message>
        <source>Sets right every problem below that can be repaired.</source>
        <translation>Corrige chaque problème ci-dessous qui peut être réparé.</translation>
    </message>
    <message>
        <source>The assistant can add your all2all account to your mail program now.</source>
        <translation>L’assistant peut maintenant ajouter votre compte all2all à votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>&amp;Set up all2all</source>
        <translation>&amp;Configurer all2all</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Détails pour le service d’assistance</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Copie des paramètres précédents&#xa0;: {file}</translation>
    </message>
    <message>
        <source>No mail program has your account yet. Add it in your mail program with the settings below.</source>
        <translation>Aucun logiciel de messagerie ne contient encore votre compte. Ajoutez-le dans votre logiciel de messagerie avec les paramètres ci-dessous.</translation>
    </message>
    <message>
        <source>The settings for a phone are saved in “{folder}” in your Documents.</source>
        <translation>Les paramètres pour un GSM sont enregistrés dans le dossier «&#xa0;{folder}&#xa0;» de votre dossier Documents.</translation>
    </message>
    <message>
        <source>The account is no longer in {client}: you removed it again.</source>
        <translation>Le compte n’est plus dans {client}&#xa0;: vous l’avez supprimé.</translation>
    </message>
    <message>
        <source>Outlook: one thing is left for you. Add the account in Outlook&apos;s own windows; the steps show every value to copy.</source>
        <translation>Outlook&#xa0;: il vous reste une chose à faire. Ajoutez vous-même le compte dans Outlook&#xa0;; les étapes indiquent chaque valeur à copier.</translation>
    </message>
    <message>
        <source>Mail: one thing is left for you. Approve the settings on this Mac:</source>
        <translation>Mail&#xa0;: il vous reste une chose à faire. Approuvez les paramètres sur ce Mac&#xa0;:</translation>
    </message>
    <message>
        <source>{client} already had your account exactly like this.</source>
        <translation>{client} avait déjà votre compte, configuré exactement de cette façon.</translation>
    </message>
    <message>
        <source>{client} is ready: your account there was updated, not added twice.</source>
        <translation>{client} est prêt&#xa0;: votre compte y a été mis à jour, sans être ajouté une deuxième fois.</translation>
    </message>
    <message>
        <source>{client} is ready.</source>
        <translation>{client} est prêt.</translation>
    </message>
    <message>
        <source>It knows your password.</source>
        <translation>Il connaît votre mot de passe.</translation>
    </message>
    <message>
        <source>It asks for your password once, the first time: type it and let it remember it.</source>
        <translation>Il vous demandera votre mot de passe une seule fois, au premier démarrage&#xa0;: tapez-le et cochez la case pour l’enregistrer.</translation>
    </message>
    <message>
        <source>The program could not be started from here. Start it as you usually do.</source>
        <translation>Le programme n’a pas pu être lancé d’ici. Lancez-le comme d’habitude.</translation>
    </message>
    <message>
        <source>Outlook, step by step</source>
        <translation>Outlook, étape par étape</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Enregistré&#xa0;: {file}</translation>
    </message>
    <message>
        <source>{client}: {folder}</source>
        <translation>{client}&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>{client}: code {code}</source>
        <translation>{client}&#xa0;: code {code}</translation>
    </message>
    <message>
        <source>Under “{main}” you can choose “{dutch}”; the menus are then called “{preferences}” and “{mail}”.</source>
        <translation>Sous «&#xa0;{main}&#xa0;», vous pouvez choisir «&#xa0;{dutch}&#xa0;»&#xa0;; les menus s’appellent alors «&#xa0;{preferences}&#xa0;» et «&#xa0;{mail}&#xa0;».</translation>
    </message>
    <message>
        <source>Under “{main}” you can choose another language.</source>
        <translation>Sous «&#xa0;{main}&#xa0;», vous pouvez choisir une autre langue.</translation>
    </message>
    <message>
        <source>Vacation message or forwarding for my mailbox {email}</source>
        <translation>Message d’absence ou transfert pour ma boîte aux lettres {email}</translation>
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

Pourriez-vous mettre en place un message d’absence ou un transfert pour ma boîte aux lettres all2all&#xa0;?

Adresse e-mail&#xa0;: {email}
Nom d’utilisateur&#xa0;: {username}

Ce que je souhaite&#xa0;:


Merci d’avance,
{name}</translation>
    </message>
    <message>
        <source>The sheet could not be saved. Check that your Documents folder exists.</source>
        <translation>La fiche n’a pas pu être enregistrée. Vérifiez que votre dossier Documents existe.</translation>
    </message>
    <message>
        <source>Saved as “{file}” in “{folder}”.</source>
        <translation>Fiche enregistrée sous «&#xa0;{file}&#xa0;» dans «&#xa0;{folder}&#xa0;».</translation>
    </message>
    <message>
        <source>Remove the account from {client} again…</source>
        <translation>Supprimer le compte de {client}…</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Vos paramètres</translation>
    </message>
    <message>
        <source>Check your settings. You can go back to change any of them.</source>
        <translation>Vérifiez vos paramètres. Pour en changer un, revenez en arrière.</translation>
    </message>
    <message>
        <source>Not everything could be set up</source>
        <translation>Tout n’a pas pu être configuré</translation>
    </message>
    <message>
        <source>Below: what happened, and what you can do.</source>
        <translation>Ci-dessous&#xa0;: ce qui s’est passé, et ce que vous pouvez faire.</translation>
    </message>
    <message>
        <source>Done: your settings are saved</source>
        <translation>Terminé&#xa0;: vos paramètres sont enregistrés</translation>
    </message>
    <message>
        <source>Add your account in your mail program with the settings below.</source>
        <translation>Ajoutez votre compte dans votre logiciel de messagerie avec les paramètres ci-dessous.</translation>
    </message>
    <message>
        <source>Almost done: add the account in your mail program</source>
        <translation>Presque terminé&#xa0;: ajoutez le compte dans votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Your account works. The settings below are all you need.</source>
        <translation>Votre compte fonctionne. Vous n’avez besoin que des paramètres ci-dessous.</translation>
    </message>
    <message>
        <source>Done: your mail is ready</source>
        <translation>Terminé&#xa0;: votre messagerie est prête</translation>
    </message>
    <message>
        <source>Your all2all account is set up and tested.</source>
        <translation>Votre compte all2all est configuré et testé.</translation>
    </message>
    <message>
        <source>Almost done: one thing is left for you</source>
        <translation>Presque terminé&#xa0;: il vous reste une chose à faire</translation>
    </message>
    <message>
        <source>Your account is tested. Below: the last step.</source>
        <translation>Votre compte est testé. Ci-dessous&#xa0;: la dernière étape.</translation>
    </message>
    <message>
        <source>Your mailbox holds {quota} MB. Empty the trash now and then: deleted messages stay on the server until you do. A message can be at most {size} MB.</source>
        <translation>Votre boîte aux lettres peut contenir {quota}&#xa0;Mo. Videz la corbeille de temps en temps&#xa0;: les messages supprimés restent sur le serveur tant que vous ne l’avez pas fait. Un message peut faire au maximum {size}&#xa0;Mo.</translation>
    </message>
    <message>
        <source>A vacation message or forwarding is set up by your administrator, the person who gave you your username.</source>
        <translation>Pour un message d’absence ou un transfert de vos e-mails, adressez-vous à votre administrateur (la personne qui vous a donné votre nom d’utilisateur).</translation>
    </message>
    <message>
        <source>Settings for a &amp;phone or another program</source>
        <translation>Paramètres pour un &amp;GSM ou un autre logiciel</translation>
    </message>
    <message>
        <source>Settings for a phone or another program</source>
        <translation>Paramètres pour un GSM ou un autre logiciel</translation>
    </message>
    <message>
        <source>Add an account of the type {kind} and type these values. Copy each one with its button.</source>
        <translation>Ajoutez un compte de type {kind} et tapez ces valeurs. Le bouton «&#xa0;Copier&#xa0;» à côté de chaque valeur la copie pour vous.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>Voir les étapes</translation>
    </message>
    <message>
        <source>Open {client}</source>
        <translation>Ouvrir {client}</translation>
    </message>
    <message>
        <source>Webmail: read your mail in a web browser at {url}. Log in with your username and password and choose the server “{server}”. The webmail is in English at first: open “{preferences}”, then “{mail}”, and type your e-mail address exactly as you received it. It becomes the sender of the mail you send there.</source>
        <translation>Webmail&#xa0;: lisez vos e-mails dans un navigateur web, à l’adresse {url}. Connectez-vous avec votre nom d’utilisateur et votre mot de passe, et choisissez le serveur «&#xa0;{server}&#xa0;». Au début, le webmail est en anglais&#xa0;: ouvrez «&#xa0;{preferences}&#xa0;», puis «&#xa0;{mail}&#xa0;», et tapez votre adresse e-mail exactement comme vous l’avez reçue. C’est elle qui apparaîtra comme expéditeur des e-mails que vous envoyez depuis le webmail.</translation>
    </message>
    <message>
        <source>Save the settings &amp;sheet to print (PDF)</source>
        <translation>Enregistrer la &amp;fiche des paramètres à imprimer (PDF)</translation>
    </message>
    <message>
        <source>Saves every setting on one page in your Documents, without your password.</source>
        <translation>Enregistre tous les paramètres sur une seule page, dans votre dossier Documents, sans votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Détails pour le service d’assistance</translation>
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
        <source>Write to my &amp;administrator</source>
        <translation>Écrire à mon &amp;administrateur</translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program.</source>
        <translation>Ouvre un nouveau message à votre administrateur dans votre logiciel de messagerie.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The assistant cannot start because one of its files is damaged. Please install it again, or ask your administrator for help.</source>
        <translation>L’assistant ne peut pas démarrer, car un de ses fichiers est endommagé. Réinstallez-le, ou demandez de l’aide à votre administrateur.</translation>
    </message>
    <message>
        <source>Something went wrong in the assistant. Please try again. If it happens again, send this file to your administrator: {file}</source>
        <translation>Un problème est survenu dans l’assistant. Réessayez. Si cela se reproduit, envoyez ce fichier à votre administrateur&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <source>{client} is not set up for your user account on this computer.</source>
        <translation>{client} n’est pas configuré pour votre session sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The {client} profile folder no longer exists.</source>
        <translation>Le dossier du profil {client} n’existe plus.</translation>
    </message>
    <message>
        <source>{client} is open. It overwrites its settings when it closes, so they cannot be changed while it runs.</source>
        <translation>{client} est ouvert. Il enregistre à nouveau ses paramètres quand il se ferme&#xa0;: l’assistant ne peut donc pas les modifier tant qu’il est ouvert.</translation>
    </message>
    <message>
        <source>The list of {client} profiles is damaged and cannot be read.</source>
        <translation>La liste des profils {client} est endommagée et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>A settings file of {client} cannot be read.</source>
        <translation>Un fichier de paramètres de {client} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The {client} settings folder cannot be written to.</source>
        <translation>Impossible d’écrire dans le dossier des paramètres de {client}.</translation>
    </message>
    <message>
        <source>The disk is full: the {client} settings could not be saved.</source>
        <translation>Le disque est plein&#xa0;: les paramètres de {client} n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The {client} settings file is damaged. It was left exactly as it was.</source>
        <translation>Le fichier de paramètres de {client} est endommagé. Il a été laissé exactement tel quel.</translation>
    </message>
    <message>
        <source>The {client} settings changed while the assistant was working. Nothing was written.</source>
        <translation>Les paramètres de {client} ont changé pendant que l’assistant travaillait. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The outgoing server you chose to share no longer exists in {client}.</source>
        <translation>Le serveur sortant que vous avez choisi de partager n’existe plus dans {client}.</translation>
    </message>
    <message>
        <source>The {client} settings could not be written. The original file was kept.</source>
        <translation>Les paramètres de {client} n’ont pas pu être écrits. Le fichier d’origine a été conservé.</translation>
    </message>
    <message>
        <source>The {client} settings did not read back correctly after writing. The original file was put back.</source>
        <translation>Les paramètres de {client} n’étaient pas corrects à la relecture, après l’écriture. Le fichier d’origine a été remis en place.</translation>
    </message>
    <message>
        <source>A file the assistant must write is a link to another place, made by someone else or pointing nowhere. To keep your files safe, nothing was written through it.</source>
        <translation>Un fichier que l’assistant doit écrire est un lien vers un autre endroit, créé par quelqu’un d’autre ou qui ne mène nulle part. Pour protéger vos fichiers, rien n’a été écrit par ce lien.</translation>
    </message>
    <message>
        <source>A settings file of {client} is far larger than a real one can be, so the assistant did not read it. It was left exactly as it was.</source>
        <translation>Un fichier de paramètres de {client} est bien plus grand qu’un vrai fichier ne peut l’être&#xa0;: l’assistant ne l’a donc pas lu. Il a été laissé exactement tel quel.</translation>
    </message>
    <message>
        <source>Add the account in {client} yourself with the settings shown at the end, or ask your administrator for help.</source>
        <translation>Ajoutez vous-même le compte dans {client} avec les paramètres affichés à la fin, ou demandez de l’aide à votre administrateur.</translation>
    </message>
    <message>
        <source>Press Retry. If it fails again: {help}</source>
        <translation>Cliquez sur «&#xa0;Réessayer&#xa0;». Si cela échoue encore&#xa0;: {help}</translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then press Retry.</source>
        <translation>Installez {client}, ou démarrez-le une fois et refermez-le, puis cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Press Retry to look for the profiles again.</source>
        <translation>Cliquez sur «&#xa0;Réessayer&#xa0;» pour chercher à nouveau les profils.</translation>
    </message>
    <message>
        <source>Close {client}, then press Retry.</source>
        <translation>Fermez {client}, puis cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Free some space on the disk, then press Retry.</source>
        <translation>Libérez de la place sur le disque, puis cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then press Retry.</source>
        <translation>Fermez {client} s’il est ouvert, puis cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Press Retry, then choose the outgoing server again.</source>
        <translation>Cliquez sur «&#xa0;Réessayer&#xa0;», puis choisissez à nouveau le serveur sortant.</translation>
    </message>
    <message>
        <source>Add the account in {client} yourself, or ask your administrator for help.</source>
        <translation>Ajoutez vous-même le compte dans {client}, ou demandez de l’aide à votre administrateur.</translation>
    </message>
    <message>
        <source>Run the command again. If it fails again: {help}</source>
        <translation>Relancez la commande. Si cela échoue encore&#xa0;: {help}</translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then run the command again.</source>
        <translation>Installez {client}, ou démarrez-le une fois et refermez-le, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Run the command again, or give the profile folder with --profile (all2all-setup clients lists them).</source>
        <translation>Relancez la commande, ou indiquez le dossier du profil avec --profile (all2all-setup clients en donne la liste).</translation>
    </message>
    <message>
        <source>Close {client}, then run the command again.</source>
        <translation>Fermez {client}, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then run the command again.</source>
        <translation>Libérez de la place sur le disque, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then run the command again.</source>
        <translation>Fermez {client} s’il est ouvert, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Run the command again without --reuse-outgoing, or with a server that {client} still has.</source>
        <translation>Relancez la commande sans --reuse-outgoing, ou avec un serveur que {client} possède encore.</translation>
    </message>
    <message>
        <source>Check who made that link and why (ls -l shows where it points), remove it, then run the command again; or give another folder.</source>
        <translation>Vérifiez qui a créé ce lien et pourquoi (ls -l montre où il mène), supprimez-le, puis relancez la commande&#xa0;; ou indiquez un autre dossier.</translation>
    </message>
    <message>
        <source>The account was added to {client}.</source>
        <translation>Le compte a été ajouté à {client}.</translation>
    </message>
    <message>
        <source>The account already existed in {client}: its settings were brought up to date, without making a second copy.</source>
        <translation>Le compte existait déjà dans {client}&#xa0;: ses paramètres ont été mis à jour, sans créer de doublon.</translation>
    </message>
    <message>
        <source>The account was already set up exactly like this in {client}: nothing was changed.</source>
        <translation>Le compte était déjà configuré exactement de cette façon dans {client}&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The settings for {client} were saved in this file: {file}</source>
        <translation>Les paramètres pour {client} ont été enregistrés dans ce fichier&#xa0;: {file}</translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. Follow the steps below: every value can be copied with one click.</source>
        <translation>{client} ne permet pas à d’autres programmes d’ajouter des comptes. Suivez les étapes ci-dessous&#xa0;: chaque valeur se copie d’un clic.</translation>
    </message>
    <message>
        <source>{client} opened and adds your account as a new profile “{profile}”. If {client} asks which profile to use, choose that one. If it does not work, follow the steps below.</source>
        <translation>{client} s’est ouvert et ajoute votre compte dans un nouveau profil «&#xa0;{profile}&#xa0;». Si {client} vous demande quel profil utiliser, choisissez celui-là. Si cela ne fonctionne pas, suivez les étapes ci-dessous.</translation>
    </message>
    <message>
        <source>The “Local Folders” of {client} are created as well.</source>
        <translation>Les «&#xa0;Dossiers locaux&#xa0;» de {client} sont aussi créés.</translation>
    </message>
    <message>
        <source>Your account {email} will be added to the {client} profile “{profile}”.</source>
        <translation>Votre compte {email} sera ajouté au profil «&#xa0;{profile}&#xa0;» de {client}.</translation>
    </message>
    <message>
        <source>Your account {email} already exists in the {client} profile “{profile}”: its settings will be brought up to date, without making a second copy.</source>
        <translation>Votre compte {email} existe déjà dans le profil «&#xa0;{profile}&#xa0;» de {client}&#xa0;: ses paramètres seront mis à jour, sans créer de doublon.</translation>
    </message>
    <message>
        <source>Your account {email} is already set up exactly like this in the {client} profile “{profile}”: nothing will be written.</source>
        <translation>Votre compte {email} est déjà configuré exactement de cette façon dans le profil «&#xa0;{profile}&#xa0;» de {client}&#xa0;: rien ne sera écrit.</translation>
    </message>
    <message>
        <source>macOS shows the notice “Profile downloaded”. Open System Settings (Apple menu, System Settings).</source>
        <translation>macOS affiche la notification «&#xa0;Profil téléchargé&#xa0;». Ouvrez Réglages Système (menu Pomme, Réglages Système).</translation>
    </message>
    <message>
        <source>Double-click the profile “{profile}”, click Install and confirm. Type the password of your Mac user account if asked.</source>
        <translation>Double-cliquez sur le profil «&#xa0;{profile}&#xa0;», cliquez sur «&#xa0;Installer&#xa0;» et confirmez. Si on vous le demande, tapez le mot de passe de votre session sur le Mac.</translation>
    </message>
    <message>
        <source>If macOS asks for the password of the mail account, type your all2all password.</source>
        <translation>Si macOS vous demande le mot de passe du compte de messagerie, tapez votre mot de passe all2all.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>{client} cannot be set up with these settings (for example an outgoing server that needs another username and password). Nothing was written.</source>
        <translation>{client} ne peut pas être configuré avec ces paramètres (par exemple un serveur sortant qui demande un autre nom d’utilisateur et un autre mot de passe). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Ask your administrator to look at this link: whoever made it may have wanted to change another file.</source>
        <translation>Demandez à votre administrateur de vérifier ce lien&#xa0;: la personne qui l’a créé voulait peut-être modifier un autre fichier.</translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation>Action nécessaire de votre part</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>{client} will ask for your password once, the first time it starts after this. Type it then and let {client} remember it.</source>
        <translation>{client} vous demandera votre mot de passe une seule fois, au premier démarrage après la configuration. Tapez-le à ce moment-là et acceptez que {client} le retienne.</translation>
    </message>
    <message>
        <source>An outgoing server that was already set up in {client} is shared with this account.</source>
        <translation>Un serveur sortant déjà configuré dans {client} est partagé avec ce compte.</translation>
    </message>
    <message>
        <source>Your existing all2all outgoing server in {client} gets the right settings.</source>
        <translation>Votre serveur sortant all2all, déjà présent dans {client}, reçoit les bons paramètres.</translation>
    </message>
    <message>
        <source>This becomes the main account of {client}.</source>
        <translation>Ce compte devient le compte principal de {client}.</translation>
    </message>
    <message>
        <source>Another account in {client} has the same name, so the protocol is added to this one&apos;s name.</source>
        <translation>Un autre compte de {client} porte le même nom&#xa0;: le protocole est donc ajouté au nom de ce compte-ci.</translation>
    </message>
    <message>
        <source>This username is also set up in {client} with the other protocol (IMAP or POP3). Both accounts will be there.</source>
        <translation>Ce nom d’utilisateur est aussi configuré dans {client} avec l’autre protocole (IMAP ou POP3). Les deux comptes seront présents.</translation>
    </message>
    <message>
        <source>{client} is open now: close it before you press Set up.</source>
        <translation>{client} est ouvert en ce moment&#xa0;: fermez-le avant de cliquer sur «&#xa0;Configurer&#xa0;».</translation>
    </message>
    <message>
        <source>The {client} settings folder cannot be written to: setting up will fail.</source>
        <translation>Impossible d’écrire dans le dossier des paramètres de {client}&#xa0;: la configuration va échouer.</translation>
    </message>
    <message>
        <source>macOS adds the account to {client} only after you approve it in System Settings. The steps are shown at the end.</source>
        <translation>macOS n’ajoute le compte à {client} qu’après votre accord dans Réglages Système. Les étapes sont affichées à la fin.</translation>
    </message>
    <message>
        <source>The file could not be opened for you: double-click it in the Downloads folder.</source>
        <translation>Le fichier n’a pas pu être ouvert automatiquement&#xa0;: double-cliquez dessus dans le dossier Téléchargements.</translation>
    </message>
    <message>
        <source>It replaces the file saved by an earlier run of the assistant.</source>
        <translation>Il remplace le fichier enregistré lors d’une utilisation précédente de l’assistant.</translation>
    </message>
    <message>
        <source>Your password was given to {client} through this computer&apos;s password safe: it will not ask for it.</source>
        <translation>Votre mot de passe a été transmis à {client} par le coffre-fort à mots de passe de cet ordinateur&#xa0;: il ne vous le demandera pas.</translation>
    </message>
    <message>
        <source>Your password could not be given to {client}, because this computer&apos;s password safe is not available.</source>
        <translation>Votre mot de passe n’a pas pu être transmis à {client}, car le coffre-fort à mots de passe de cet ordinateur n’est pas disponible.</translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. At the end, the assistant shows you step by step how to add your account {email} in {profile}, with a copy button for every value.</source>
        <translation>{client} ne permet pas à d’autres programmes d’ajouter des comptes. À la fin, l’assistant vous montre pas à pas comment ajouter votre compte {email} dans {profile}, avec un bouton «&#xa0;Copier&#xa0;» pour chaque valeur.</translation>
    </message>
    <message>
        <source>A settings profile for your account {email} will be saved in your Downloads folder and opened. You then approve it in System Settings.</source>
        <translation>Un profil de configuration pour votre compte {email} sera enregistré dans votre dossier Téléchargements, puis ouvert. Vous l’approuvez ensuite dans Réglages Système.</translation>
    </message>
    <message>
        <source>Create the file {file}</source>
        <translation>Créer le fichier {file}</translation>
    </message>
    <message>
        <source>Keep a copy of {file}</source>
        <translation>Garder une copie de {file}</translation>
    </message>
    <message>
        <source>Add {key} = {new}</source>
        <translation>Ajouter {key} = {new}</translation>
    </message>
    <message>
        <source>Change {key} from {old} to {new}</source>
        <translation>Modifier {key}&#xa0;: {old} devient {new}</translation>
    </message>
    <message>
        <source>On macOS 15 and later, choose General, then Device Management. On macOS 13 and 14, choose Privacy &amp; Security, then Profiles at the bottom.</source>
        <translation>Sur macOS 15 ou plus récent, choisissez «&#xa0;Général&#xa0;», puis «&#xa0;Gestion des appareils&#xa0;». Sur macOS 13 et 14, choisissez «&#xa0;Confidentialité et sécurité&#xa0;», puis «&#xa0;Profils&#xa0;», tout en bas.</translation>
    </message>
    <message>
        <source>Open Mail: your all2all account is there.</source>
        <translation>Ouvrez Mail&#xa0;: votre compte all2all s’y trouve.</translation>
    </message>
    <message>
        <source>iPhone or iPad: send it the .mobileconfig file (with AirDrop or by mail) and open it there. Then, in Settings, tap “Profile Downloaded” and Install.</source>
        <translation>iPhone ou iPad&#xa0;: envoyez le fichier .mobileconfig sur l’appareil (par AirDrop ou par e-mail) et ouvrez-le. Ensuite, dans l’app Réglages, touchez «&#xa0;Profil téléchargé&#xa0;», puis «&#xa0;Installer&#xa0;».</translation>
    </message>
    <message>
        <source>Android or another program: add an account by hand with the values below.</source>
        <translation>Android ou autre logiciel&#xa0;: ajoutez un compte à la main avec les valeurs ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Setting up… A copy of each file is kept before it changes.</source>
        <translation>Configuration en cours… L’assistant garde une copie de chaque fichier avant de le modifier.</translation>
    </message>
    <message>
        <source>Not everything could be set up. See the message above.</source>
        <translation>Tout n’a pas pu être configuré. Lisez le message ci-dessus.</translation>
    </message>
    <message>
        <source>Set up your mail program</source>
        <translation>Configurer votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Nothing changes on this computer until you press Set up.</source>
        <translation>Rien ne change sur cet ordinateur tant que vous n’avez pas cliqué sur «&#xa0;Configurer&#xa0;».</translation>
    </message>
    <message>
        <source>The assistant adds your all2all account to your mail program:</source>
        <translation>L’assistant ajoute votre compte all2all à votre logiciel de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>No mail program was found on this computer. all2all recommends {program}: it is free. Install it, start it once, then press Look again.</source>
        <translation>Aucun logiciel de messagerie n’a été trouvé sur cet ordinateur&#xa0;; all2all recommande {program}, qui est gratuit. Installez-le, démarrez-le une fois, puis cliquez sur «&#xa0;Chercher à nouveau&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Download {program}</source>
        <translation>Téléchar&amp;ger {program}</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>Chercher à &amp;nouveau</translation>
    </message>
    <message>
        <source>Looks for the mail programs on this computer again.</source>
        <translation>Cherche à nouveau les logiciels de messagerie sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Configurer</translation>
    </message>
</context>
<context>
    <name>FindingView</name>
    <message>
        <source>{severity}: {heading}</source>
        <translation>{severity}&#xa0;: {heading}</translation>
    </message>
</context>
<context>
    <name>MailboxUse</name>
    <message>
        <source>Space used in your mailbox</source>
        <translation>Espace utilisé dans votre boîte aux lettres</translation>
    </message>
    <message>
        <source>Your mailbox: {used} MB of {limit} MB used</source>
        <translation>Votre boîte aux lettres&#xa0;: {used}&#xa0;Mo utilisés sur {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <source>The outgoing server accepts messages up to {size} MB, attachments included. Larger messages will be refused.</source>
        <translation>Le serveur sortant accepte les messages jusqu’à {size}&#xa0;Mo, pièces jointes comprises. Les messages plus gros seront refusés.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please fill in your name.</source>
        <translation>Indiquez votre nom.</translation>
    </message>
    <message>
        <source>Please fill in your e-mail address.</source>
        <translation>Indiquez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Please fill in your username.</source>
        <translation>Indiquez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Please fill in your password.</source>
        <translation>Indiquez votre mot de passe.</translation>
    </message>
    <message>
        <source>Please fill in the name of the outgoing server.</source>
        <translation>Indiquez le nom du serveur sortant.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>Remplissez ce champ.</translation>
    </message>
    <message>
        <source>This is much longer than expected. Please check what you typed.</source>
        <translation>C’est beaucoup plus long que prévu. Vérifiez ce que vous avez tapé.</translation>
    </message>
    <message>
        <source>This contains invisible characters such as a line break or a tab. Please type it again instead of pasting it.</source>
        <translation>Ce texte contient des caractères invisibles, comme un retour à la ligne ou une tabulation. Tapez-le à nouveau au lieu de le coller.</translation>
    </message>
    <message>
        <source>This must not contain spaces.</source>
        <translation>Ce champ ne peut pas contenir d’espace.</translation>
    </message>
    <message>
        <source>Please remove the space at the beginning or the end.</source>
        <translation>Supprimez l’espace au début ou à la fin.</translation>
    </message>
    <message>
        <source>This is not a complete e-mail address. It looks like name@example.be: type it exactly as you received it from your administrator.</source>
        <translation>Ce n’est pas une adresse e-mail complète. Une adresse complète ressemble à nom@exemple.be&#xa0;: tapez la vôtre exactement comme votre administrateur vous l’a donnée.</translation>
    </message>
    <message>
        <source>Your username is not your e-mail address. It is a short name such as user0001 that you received from your administrator.</source>
        <translation>Votre nom d’utilisateur n’est pas votre adresse e-mail. C’est un nom court, comme user0001, que votre administrateur vous a donné.</translation>
    </message>
    <message>
        <source>A username contains only letters, digits and the characters . _ - (for example user0001).</source>
        <translation>Un nom d’utilisateur ne contient que des lettres, des chiffres et les signes . _ - (par exemple user0001).</translation>
    </message>
    <message>
        <source>This is not a valid server name. It looks like smtp.example.be, optionally followed by a colon and a port number (smtp.example.be:25).</source>
        <translation>Ce n’est pas un nom de serveur valable. Un nom de serveur ressemble à smtp.exemple.be, suivi éventuellement de deux-points et d’un numéro de port (smtp.exemple.be:25).</translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>This server needs the username and password of a mailbox at that internet provider. The assistant cannot set up such a server. Choose all2all&apos;s outgoing server instead.</source>
        <translation>Ce serveur demande le nom d’utilisateur et le mot de passe d’une boîte aux lettres chez ce fournisseur d’accès. L’assistant ne peut pas configurer un tel serveur. Choisissez plutôt le serveur sortant d’all2all.</translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation>Vérifiez ce champ.</translation>
    </message>
</context>
<context>
    <name>OtherProgramsSection</name>
    <message>
        <source>Folder for the settings files</source>
        <translation>Dossier des fichiers de paramètres</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Choisissez un dossier pour les fichiers.</translation>
    </message>
    <message>
        <source>your settings to print or keep (PDF)</source>
        <translation>vos paramètres à imprimer ou à garder (PDF)</translation>
    </message>
    <message>
        <source>sets up Mail on an iPhone, iPad or Mac</source>
        <translation>configure Mail sur un iPhone, un iPad ou un Mac</translation>
    </message>
    <message>
        <source>the same settings in the standard format of mail programs, for your administrator</source>
        <translation>les mêmes paramètres, au format standard des logiciels de messagerie, pour votre administrateur</translation>
    </message>
    <message>
        <source>“{name}” in your Documents</source>
        <translation>«&#xa0;{name}&#xa0;» de votre dossier Documents</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>These files will be saved in this folder:</source>
        <translation>Ces fichiers seront enregistrés dans ce dossier&#xa0;:</translation>
    </message>
    <message>
        <source>• {file}: {purpose}</source>
        <translation>• {file}&#xa0;: {purpose}</translation>
    </message>
    <message>
        <source>(replaces the earlier file)</source>
        <translation>(remplace le fichier précédent)</translation>
    </message>
    <message>
        <source>&amp;Also save the settings for a phone, a tablet or another mail program</source>
        <translation>Enregistrer &amp;aussi les paramètres pour un GSM, une tablette ou un autre logiciel de messagerie</translation>
    </message>
    <message>
        <source>A sheet to print with every setting, and files that set up a phone for you, in the folder {folder}. None of them contains your password.</source>
        <translation>L’assistant enregistrera une fiche à imprimer avec tous les paramètres, ainsi que des fichiers qui configurent automatiquement un GSM, dans le dossier {folder}. Aucun de ces fichiers ne contient votre mot de passe.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Details of the files</source>
        <translation>Détails des fichiers</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Enregistrer dans le d&amp;ossier&#xa0;:</translation>
    </message>
    <message>
        <source>The folder is made if it does not exist yet.</source>
        <translation>Le dossier est créé s’il n’existe pas encore.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choisissez un autre dossier.</translation>
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
        <translation>Choisissez le serveur qui achemine les messages que vous envoyez.</translation>
    </message>
    <message>
        <source>&amp;all2all&apos;s outgoing server (recommended)</source>
        <translation>Serveur sortant d’&amp;all2all (recommandé)</translation>
    </message>
    <message>
        <source>My &amp;internet provider&apos;s outgoing server</source>
        <translation>Serveur sortant de mon &amp;fournisseur d’accès</translation>
    </message>
    <message>
        <source>Needs no password, but only works while this computer is connected through that internet provider, for example at home. Elsewhere, sending fails.</source>
        <translation>Ne demande pas de mot de passe, mais ne fonctionne que si cet ordinateur est connecté à internet par votre fournisseur d’accès, par exemple à la maison. Ailleurs, l’envoi échoue.</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Chercher à nouveau</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Details of the search</source>
        <translation>Détails de la recherche</translation>
    </message>
    <message>
        <source>{isp}: {server}</source>
        <translation>{isp}&#xa0;: {server}</translation>
    </message>
    <message>
        <source>{relay} — answers from here</source>
        <translation>{relay} — répond ici</translation>
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
        <source>Checking which internet provider&apos;s outgoing server answers from here…</source>
        <translation>L’assistant cherche quel fournisseur d’accès a un serveur sortant accessible depuis cette connexion…</translation>
    </message>
    <message>
        <source>Works on almost every network: at home, at work, on a hotel Wi-Fi or through your phone. Uses your all2all username and password over a secure connection.</source>
        <translation>Fonctionne sur presque tous les réseaux&#xa0;: à la maison, au travail, sur le wifi d’un hôtel ou par votre GSM. Utilise votre nom d’utilisateur et votre mot de passe all2all, par une connexion sécurisée.</translation>
    </message>
    <message>
        <source>The company that brings the internet into your home.</source>
        <translation>L’entreprise qui vous fournit internet à la maison.</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Fournisseur d’accès</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <source>The name your internet provider gives for its outgoing server, for example smtp.example.be or smtp.example.be:25. Their support can tell you.</source>
        <translation>Le nom que votre fournisseur d’accès donne à son serveur sortant, par exemple smtp.exemple.be ou smtp.exemple.be:25. Son service clientèle peut vous le donner.</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Serveur sortant</translation>
    </message>
    <message>
        <source>Some receivers treat mail from an all2all address sent through another provider&apos;s server as spam. all2all&apos;s own server avoids that.</source>
        <translation>Certains destinataires classent comme spam un e-mail venant d’une adresse all2all mais envoyé par le serveur d’un autre fournisseur. Le serveur d’all2all évite ce problème.</translation>
    </message>
    <message>
        <source>Asks the internet providers&apos; outgoing servers again which one answers from here.</source>
        <translation>Vérifie à nouveau quels serveurs sortants des fournisseurs d’accès sont accessibles depuis cette connexion.</translation>
    </message>
</context>
<context>
    <name>OutlookGuide</name>
    <message>
        <source>In Outlook (classic), follow these steps:</source>
        <translation>Dans Outlook (classique), suivez ces étapes&#xa0;:</translation>
    </message>
    <message>
        <source>In the new Outlook, follow these steps:</source>
        <translation>Dans le nouvel Outlook, suivez ces étapes&#xa0;:</translation>
    </message>
    <message>
        <source>This account cannot be set up in Outlook by hand: a username is missing.</source>
        <translation>Ce compte ne peut pas être configuré à la main dans Outlook&#xa0;: il manque un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous steps</source>
        <translation>&lt; Étapes &amp;précédentes</translation>
    </message>
    <message>
        <source>&amp;Next steps &gt;</source>
        <translation>Étapes &amp;suivantes &gt;</translation>
    </message>
    <message>
        <source>Steps {first} to {last} of {count}</source>
        <translation>Étapes {first} à {last} sur {count}</translation>
    </message>
    <message>
        <source>Open Outlook. Click File, then Add Account. (When Outlook starts for the first time, this window opens by itself.)</source>
        <translation>Ouvrez Outlook. Cliquez sur «&#xa0;Fichier&#xa0;», puis sur «&#xa0;Ajouter un compte&#xa0;». (Au premier démarrage d’Outlook, cette fenêtre s’ouvre d’elle-même.)</translation>
    </message>
    <message>
        <source>Open the new Outlook. Click Settings (the gear), then Accounts, then Add account. (When it starts for the first time, this window opens by itself.)</source>
        <translation>Ouvrez le nouvel Outlook. Cliquez sur «&#xa0;Paramètres&#xa0;» (la roue dentée), puis sur «&#xa0;Comptes&#xa0;», puis sur «&#xa0;Ajouter un compte&#xa0;». (Au premier démarrage, cette fenêtre s’ouvre d’elle-même.)</translation>
    </message>
    <message>
        <source>Type your e-mail address.</source>
        <translation>Tapez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Type your e-mail address and click Continue.</source>
        <translation>Tapez votre adresse e-mail et cliquez sur «&#xa0;Continuer&#xa0;».</translation>
    </message>
    <message>
        <source>Click Advanced options, tick “Let me set up my account manually” and click Connect.</source>
        <translation>Cliquez sur «&#xa0;Options avancées&#xa0;», cochez «&#xa0;Me laisser configurer mon compte manuellement&#xa0;» et cliquez sur «&#xa0;Connexion&#xa0;».</translation>
    </message>
    <message>
        <source>Choose this type of account:</source>
        <translation>Choisissez ce type de compte&#xa0;:</translation>
    </message>
    <message>
        <source>Type your password and click Connect.</source>
        <translation>Tapez votre mot de passe et cliquez sur «&#xa0;Connexion&#xa0;».</translation>
    </message>
    <message>
        <source>Type your password, then click “Show more”.</source>
        <translation>Tapez votre mot de passe, puis cliquez sur «&#xa0;Afficher plus&#xa0;».</translation>
    </message>
    <message>
        <source>Fill in the part “Incoming mail”:</source>
        <translation>Remplissez la partie «&#xa0;Courrier entrant&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Fill in the incoming server:</source>
        <translation>Remplissez les champs du serveur entrant&#xa0;:</translation>
    </message>
    <message>
        <source>Fill in the part “Outgoing mail”, then click Next:</source>
        <translation>Remplissez la partie «&#xa0;Courrier sortant&#xa0;», puis cliquez sur «&#xa0;Suivant&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Fill in the outgoing server (SMTP); leave its password empty, Outlook uses the one you typed. Then click Continue:</source>
        <translation>Remplissez les champs du serveur sortant (SMTP)&#xa0;; laissez son mot de passe vide, Outlook reprend celui que vous avez déjà tapé. Cliquez ensuite sur «&#xa0;Continuer&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>If Outlook then shows a small window asking for a user name, type this user name there and your password again:</source>
        <translation>Si Outlook affiche ensuite une petite fenêtre qui demande un nom d’utilisateur, tapez-y le nom d’utilisateur ci-dessous, puis à nouveau votre mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>When the account has been added, click File, Account Settings, then Server Settings, and check these settings:</source>
        <translation>Une fois le compte ajouté, cliquez sur «&#xa0;Fichier&#xa0;», «&#xa0;Paramètres du compte&#xa0;», puis «&#xa0;Paramètres du serveur&#xa0;», et vérifiez ces paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>In the account&apos;s settings (More Settings, tab Advanced), set how long a copy of your mail stays on the server:</source>
        <translation>Dans les paramètres du compte («&#xa0;Paramètres supplémentaires&#xa0;», onglet «&#xa0;Options avancées&#xa0;»), réglez combien de temps une copie de vos e-mails reste sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <source>In the account&apos;s settings, set how long a copy of your mail stays on the server:</source>
        <translation>Dans les paramètres du compte, réglez combien de temps une copie de vos e-mails reste sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <source>If Outlook asks for your name (the name people see), type:</source>
        <translation>Si Outlook demande votre nom (celui que voient vos correspondants), tapez&#xa0;:</translation>
    </message>
    <message>
        <source>Click Done. Then send yourself a test message to check that all works.</source>
        <translation>Cliquez sur «&#xa0;Terminé&#xa0;». Ensuite, envoyez un message de test à votre propre adresse pour vérifier que tout fonctionne.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption method</source>
        <translation>Méthode de chiffrement</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <translation>Type de connexion sécurisée</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <translation>Exiger l’authentification par mot de passe sécurisé (SPA) lors de la connexion</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <translation>Mon serveur sortant (SMTP) requiert une authentification</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <translation>Utiliser les mêmes paramètres que mon serveur de courrier entrant</translation>
    </message>
    <message>
        <source>Leave a copy of messages on the server</source>
        <translation>Laisser un exemplaire des messages sur le serveur</translation>
    </message>
    <message>
        <source>Remove from server after (days)</source>
        <translation>Supprimer du serveur après (jours)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>On (ticked)</source>
        <translation>Activé (coché)</translation>
    </message>
    <message>
        <source>Off (not ticked)</source>
        <translation>Désactivé (non coché)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
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
        <translation>Aucune sécurité</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
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
        <source>{security}, normal password</source>
        <translation>{security}, mot de passe normal</translation>
    </message>
    <message>
        <source>{security}, no password</source>
        <translation>{security}, sans mot de passe</translation>
    </message>
    <message>
        <source>Incoming server ({protocol})</source>
        <translation>Serveur entrant ({protocol})</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Serveur sortant (SMTP)</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>The password is your all2all password; the assistant never shows it.</source>
        <translation>Le mot de passe est votre mot de passe all2all&#xa0;; l’assistant ne l’affiche jamais.</translation>
    </message>
    <message numerus="yes">
        <source>Yes, %n day(s)</source>
        <translation>
            <numerusform>Oui, %n jour</numerusform>
            <numerusform>Oui, %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Leave a copy on the server</source>
        <translation>Laisser une copie sur le serveur</translation>
    </message>
</context>
<context>
    <name>PresetMessages</name>
    <message>
        <source>The assistant cannot start: the settings file prepared by your IT department contains a mistake. Please pass the message below on to your IT department.</source>
        <translation>L’assistant ne peut pas démarrer&#xa0;: le fichier de paramètres préparé par votre service informatique contient une erreur. Transmettez le message ci-dessous à votre service informatique.</translation>
    </message>
    <message>
        <source>File {file}, line {line}, key {key}:</source>
        <translation>Fichier {file}, ligne {line}, clé {key}&#xa0;:</translation>
    </message>
    <message>
        <source>File {file}, line {line}:</source>
        <translation>Fichier {file}, ligne {line}&#xa0;:</translation>
    </message>
    <message>
        <source>File {file}, key {key}:</source>
        <translation>Fichier {file}, clé {key}&#xa0;:</translation>
    </message>
    <message>
        <source>File {file}:</source>
        <translation>Fichier {file}&#xa0;:</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}). Check that it exists and that every user may read it.</source>
        <translation>Le fichier ne peut pas être lu ({reason}). Vérifiez qu’il existe et que tous les utilisateurs peuvent le lire.</translation>
    </message>
    <message>
        <source>A preset has no such key. Check its spelling against the documented example.</source>
        <translation>Cette clé n’existe pas dans un fichier de préréglages. Comparez son orthographe avec l’exemple de la documentation.</translation>
    </message>
    <message>
        <source>This key is missing: every extra outgoing server needs all of its keys.</source>
        <translation>Cette clé manque&#xa0;: chaque serveur sortant supplémentaire doit avoir toutes ses clés.</translation>
    </message>
    <message>
        <source>This must be {kind}.</source>
        <translation>Ceci doit être {kind}.</translation>
    </message>
    <message>
        <source>This file is far larger than a preset can be (more than {size} KB), so it was not read. A preset is a short text file: check that the right file is used.</source>
        <translation>Ce fichier est bien plus grand qu’un fichier de préréglages ne peut l’être (plus de {size} Ko)&#xa0;: il n’a donc pas été lu. Un fichier de préréglages est un court fichier texte. Vérifiez que c’est le bon fichier qui est utilisé.</translation>
    </message>
    <message>
        <source>The preset locks this setting, so the command line cannot change it to {value}. Leave that option out or change the preset.</source>
        <translation>Le fichier de préréglages verrouille ce paramètre&#xa0;: la ligne de commande ne peut donc pas le changer en {value}. Retirez cette option ou modifiez le fichier de préréglages.</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text. Save it again with the UTF-8 encoding.</source>
        <translation>Le fichier n’est pas enregistré en texte UTF-8. Enregistrez-le à nouveau avec l’encodage UTF-8.</translation>
    </message>
    <message>
        <source>This is not valid TOML. Check the quotes, brackets and equals signs on this line and the one before.</source>
        <translation>Ce n’est pas du TOML valable. Vérifiez les guillemets, les crochets et les signes égal sur cette ligne et sur la précédente.</translation>
    </message>
    <message>
        <source>a table (a [section])</source>
        <translation>une table (une [section])</translation>
    </message>
    <message>
        <source>text between quotes</source>
        <translation>un texte entre guillemets</translation>
    </message>
    <message>
        <source>a whole number without quotes</source>
        <translation>un nombre entier sans guillemets</translation>
    </message>
    <message>
        <source>true or false, without quotes</source>
        <translation>true ou false, sans guillemets</translation>
    </message>
    <message>
        <source>a list between square brackets</source>
        <translation>une liste entre crochets</translation>
    </message>
    <message>
        <source>a list of sections written as [[...]]</source>
        <translation>une liste de sections écrites [[…]]</translation>
    </message>
    <message>
        <source>This value is out of range ({detail}).</source>
        <translation>Cette valeur est hors limites ({detail}).</translation>
    </message>
    <message>
        <source>The value must be {minimum}.</source>
        <translation>La valeur doit être {minimum}.</translation>
    </message>
    <message>
        <source>The value must be between {minimum} and {maximum}.</source>
        <translation>La valeur doit être comprise entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <source>The port must be a number between {minimum} and {maximum}.</source>
        <translation>Le port doit être un nombre compris entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <source>This value is not allowed. Possible values: {values}.</source>
        <translation>Cette valeur n’est pas permise. Valeurs possibles&#xa0;: {values}.</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>Ceci ne peut pas être vide.</translation>
    </message>
    <message>
        <source>This value appears more than once.</source>
        <translation>Cette valeur apparaît plus d’une fois.</translation>
    </message>
    <message>
        <source>A locked setting needs its value under [defaults].</source>
        <translation>Un paramètre verrouillé doit avoir sa valeur sous [defaults].</translation>
    </message>
    <message>
        <source>This id cannot be used: write it with letters, digits and hyphens only, and do not use all2all.</source>
        <translation>Cet id ne peut pas être utilisé&#xa0;: écrivez-le uniquement avec des lettres, des chiffres et des traits d’union, et n’utilisez pas all2all.</translation>
    </message>
    <message>
        <source>No outgoing server has this id. Check the spelling, or add the server under [[provider.relays]].</source>
        <translation>Aucun serveur sortant n’a cet id. Vérifiez l’orthographe, ou ajoutez le serveur sous [[provider.relays]].</translation>
    </message>
    <message>
        <source>This outgoing server needs a username of its own, which the assistant cannot ask for. Choose another one.</source>
        <translation>Ce serveur sortant demande un nom d’utilisateur qui lui est propre, et l’assistant ne peut pas le demander. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This is not a valid server name.</source>
        <translation>Ce n’est pas un nom de serveur valable.</translation>
    </message>
    <message>
        <source>This is not a plain e-mail address such as name@example.be.</source>
        <translation>Ce n’est pas une simple adresse e-mail comme nom@exemple.be.</translation>
    </message>
    <message>
        <source>This must not contain spaces.</source>
        <translation>Ceci ne peut pas contenir d’espace.</translation>
    </message>
    <message>
        <source>This must not start or end with a space.</source>
        <translation>Ceci ne peut ni commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>This contains invisible characters such as a tab or a line break.</source>
        <translation>Ceci contient des caractères invisibles, comme une tabulation ou un retour à la ligne.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Ceci est trop long.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Cette valeur ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>This value cannot be used ({detail}).</source>
        <translation>Cette valeur ne peut pas être utilisée ({detail}).</translation>
    </message>
    <message>
        <source>Set by your IT department: the greyed-out choices cannot be changed here.</source>
        <translation>Défini par votre service informatique&#xa0;: les choix grisés ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>Défini par votre service informatique.</translation>
    </message>
</context>
<context>
    <name>ProbeMessages</name>
    <message>
        <source>Receiving mail</source>
        <translation>Réception des e-mails</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>Envoi des e-mails</translation>
    </message>
    <message>
        <source>Finding the server</source>
        <translation>Recherche du serveur</translation>
    </message>
    <message>
        <source>Reaching the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Connexion sécurisée</translation>
    </message>
    <message>
        <source>Server&apos;s welcome</source>
        <translation>Accueil du serveur</translation>
    </message>
    <message>
        <source>What the server offers</source>
        <translation>Ce que le serveur propose</translation>
    </message>
    <message>
        <source>Largest message accepted</source>
        <translation>Taille maximale d’un message</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Nom d’utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Space in your mailbox</source>
        <translation>Espace dans votre boîte aux lettres</translation>
    </message>
    <message>
        <source>Your folders</source>
        <translation>Vos dossiers</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Messages en attente</translation>
    </message>
    <message>
        <source>Keeping a copy on the server</source>
        <translation>Copie gardée sur le serveur</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>Fermeture de la connexion</translation>
    </message>
    <message>
        <source>The test as a whole</source>
        <translation>Le test dans son ensemble</translation>
    </message>
    <message>
        <source>This computer cannot find the server {host} on the internet.</source>
        <translation>Cet ordinateur ne trouve pas le serveur {host} sur internet.</translation>
    </message>
    <message>
        <source>The server {host} refused the connection on port {port}.</source>
        <translation>Le serveur {host} a refusé la connexion sur le port&#xa0;{port}.</translation>
    </message>
    <message>
        <source>The server {host} does not answer on port {port}: this network blocks that connection.</source>
        <translation>Le serveur {host} ne répond pas sur le port&#xa0;{port}&#xa0;: ce réseau bloque cette connexion.</translation>
    </message>
    <message>
        <source>Choose another outgoing server with the button below, or try another network, for example your phone&apos;s connection.</source>
        <translation>Choisissez un autre serveur sortant avec le bouton ci-dessous, ou essayez un autre réseau, par exemple le partage de connexion de votre GSM.</translation>
    </message>
    <message>
        <source>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Go back and choose all2all&apos;s outgoing server, which works on almost every network.</source>
        <translation>Le serveur sortant de votre fournisseur d’accès ne répond que sur le réseau de ce fournisseur. Revenez en arrière et choisissez le serveur sortant d’all2all, qui fonctionne sur presque tous les réseaux.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, open Details, copy the report and send it to the helpdesk.</source>
        <translation>Réessayez dans quelques minutes. Si cela se reproduit, ouvrez «&#xa0;Détails&#xa0;», copiez le rapport et envoyez-le au service d’assistance.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so this connection is not safe: your password could be read by others.</source>
        <translation>Le certificat du serveur n’est pas reconnu comme fiable&#xa0;: cette connexion n’est donc pas sûre, et d’autres pourraient lire votre mot de passe.</translation>
    </message>
    <message>
        <source>Watching your inbox</source>
        <translation>Surveillance de votre dossier «&#xa0;Courrier entrant&#xa0;»</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Envoi du message de test</translation>
    </message>
    <message>
        <source>The test message arriving</source>
        <translation>Arrivée du message de test</translation>
    </message>
    <message>
        <source>Deleting the test message</source>
        <translation>Suppression du message de test</translation>
    </message>
    <message>
        <source>The server answered with a certificate for another name than {host}. The connection may be intercepted.</source>
        <translation>Le serveur a répondu avec un certificat établi pour un autre nom que {host}. Quelqu’un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet.</source>
        <translation>Le certificat du serveur a expiré ou n’est pas encore valable.</translation>
    </message>
    <message>
        <source>A secure connection with {host} could not be set up.</source>
        <translation>Impossible d’établir une connexion sécurisée avec {host}.</translation>
    </message>
    <message>
        <source>The server does not accept this username and password.</source>
        <translation>Le serveur n’accepte pas ce nom d’utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>The server answered with an error or closed the connection.</source>
        <translation>Le serveur a répondu par une erreur ou a fermé la connexion.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Le serveur a cessé de répondre.</translation>
    </message>
    <message>
        <source>The server took too long to check the username and password. Servers do this on purpose after a few wrong passwords, to stop people who try to guess them.</source>
        <translation>Le serveur a mis trop de temps à vérifier le nom d’utilisateur et le mot de passe. Les serveurs le font exprès après quelques essais avec un mauvais mot de passe, pour empêcher qu’on devine les mots de passe.</translation>
    </message>
    <message>
        <source>The answer did not come from a mail server.</source>
        <translation>La réponse ne vient pas d’un serveur de messagerie.</translation>
    </message>
    <message>
        <source>Your mailbox is almost full.</source>
        <translation>Votre boîte aux lettres est presque pleine.</translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation>Vous avez arrêté le test.</translation>
    </message>
    <message>
        <source>Your username or password contains characters that cannot be sent to the server. Nothing was sent.</source>
        <translation>Votre nom d’utilisateur ou votre mot de passe contient des caractères qui ne peuvent pas être envoyés au serveur. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The outgoing server {host} refused to pass the test message on: it does not send mail for this connection.</source>
        <translation>Le serveur sortant {host} a refusé de transmettre le message de test&#xa0;: il n’envoie pas d’e-mails pour cette connexion.</translation>
    </message>
    <message>
        <source>The outgoing server {host} does not accept your e-mail address as the sender.</source>
        <translation>Le serveur sortant {host} n’accepte pas votre adresse e-mail comme expéditeur.</translation>
    </message>
    <message>
        <source>The server does not accept your own e-mail address as the recipient: for the server, that mailbox does not exist.</source>
        <translation>Le serveur n’accepte pas votre propre adresse e-mail comme destinataire&#xa0;: pour le serveur, cette boîte aux lettres n’existe pas.</translation>
    </message>
    <message>
        <source>The outgoing server {host} refused the test message as too large.</source>
        <translation>Le serveur sortant {host} a refusé le message de test, qu’il juge trop gros.</translation>
    </message>
    <message>
        <source>Your mailbox is full: the server cannot accept new mail.</source>
        <translation>Votre boîte aux lettres est pleine&#xa0;: le serveur ne peut plus accepter de nouveaux e-mails.</translation>
    </message>
    <message>
        <source>Sending worked, but the test message has not arrived in your inbox yet. This is not a fault of the set-up.</source>
        <translation>L’envoi a fonctionné, mais le message de test n’est pas encore arrivé dans votre dossier «&#xa0;Courrier entrant&#xa0;». Vos paramètres ne sont pas en cause.</translation>
    </message>
    <message>
        <source>Check the name of your internet provider&apos;s outgoing server, or go back and choose all2all&apos;s outgoing server.</source>
        <translation>Vérifiez le nom du serveur sortant de votre fournisseur d’accès, ou revenez en arrière et choisissez le serveur sortant d’all2all.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a website, then press Test again.</source>
        <translation>Vérifiez que cet ordinateur est connecté à internet, par exemple en ouvrant un site web, puis cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>The server may be down for maintenance. Try again in a few minutes; if it keeps happening, contact your administrator.</source>
        <translation>Le serveur est peut-être en maintenance. Réessayez dans quelques minutes&#xa0;; si cela se reproduit, contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Try another network, for example your phone&apos;s connection, or ask whoever manages this network to allow port {port}.</source>
        <translation>Essayez un autre réseau, par exemple le partage de connexion de votre GSM, ou demandez à la personne qui gère ce réseau d’autoriser le port&#xa0;{port}.</translation>
    </message>
    <message>
        <source>Some networks (at work, in a hotel) and some antivirus programs inspect secure connections. Try another network, for example your home connection or your phone&apos;s. Do not type your password on this network.</source>
        <translation>Certains réseaux (au travail, à l’hôtel) et certains antivirus inspectent les connexions sécurisées. Essayez un autre réseau, par exemple votre connexion à la maison ou le partage de connexion de votre GSM. Ne tapez pas votre mot de passe sur ce réseau.</translation>
    </message>
    <message>
        <source>Try another network. If it keeps happening, contact your administrator.</source>
        <translation>Essayez un autre réseau. Si cela se reproduit, contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Check that the date and time of this computer are right. If they are, contact your administrator.</source>
        <translation>Vérifiez que la date et l’heure de cet ordinateur sont correctes. Si c’est le cas, contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Press Test again. If it keeps happening, try another network or contact your administrator.</source>
        <translation>Cliquez sur «&#xa0;Réessayer&#xa0;». Si cela se reproduit, essayez un autre réseau ou contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Go back and check your username (the short name such as user0001, not your e-mail address) and your password, capital letters included. If both are right, ask your administrator.</source>
        <translation>Revenez en arrière et vérifiez votre nom d’utilisateur (le nom court comme user0001, pas votre adresse e-mail) et votre mot de passe, majuscules comprises. Si les deux sont corrects, adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Press Test again; if it keeps happening, try another network.</source>
        <translation>La connexion est peut-être lente ou instable. Cliquez sur «&#xa0;Réessayer&#xa0;»&#xa0;; si cela se reproduit, essayez un autre réseau.</translation>
    </message>
    <message>
        <source>Check your username and password first: every wrong try makes the server wait longer. Then wait a minute and press Test again.</source>
        <translation>Vérifiez d’abord votre nom d’utilisateur et votre mot de passe&#xa0;: à chaque essai raté, le serveur attend plus longtemps. Attendez ensuite une minute et cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then press Test again.</source>
        <translation>Certains réseaux, comme le wifi d’un hôtel, affichent d’abord une page dans le navigateur web. Ouvrez un site web, faites ce qui est demandé, puis cliquez sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>Empty the trash of your mail program and delete old messages with large attachments: deleted messages stay on the server until the trash is emptied.</source>
        <translation>Videz la corbeille de votre logiciel de messagerie et supprimez les anciens messages avec de grosses pièces jointes&#xa0;: les messages supprimés restent sur le serveur tant que la corbeille n’est pas vidée.</translation>
    </message>
    <message>
        <source>Press Test again to start the test once more.</source>
        <translation>Cliquez sur «&#xa0;Réessayer&#xa0;» pour refaire le test.</translation>
    </message>
    <message>
        <source>Go back and type your username and password again instead of pasting them.</source>
        <translation>Revenez en arrière et tapez à nouveau votre nom d’utilisateur et votre mot de passe, au lieu de les coller.</translation>
    </message>
    <message>
        <source>Go back and check your e-mail address: it must be exactly the one your administrator gave you. If it is, ask your administrator.</source>
        <translation>Revenez en arrière et vérifiez votre adresse e-mail&#xa0;: elle doit être exactement celle que votre administrateur vous a donnée. Si c’est bien le cas, adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Go back and check your e-mail address for typing errors. If it is right, ask your administrator.</source>
        <translation>Revenez en arrière et vérifiez que votre adresse e-mail ne contient pas de faute de frappe. Si elle est correcte, adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The server refuses even this very small test message, so its settings are unusual. Open Details, copy the report and send it to the helpdesk.</source>
        <translation>Le serveur refuse même ce tout petit message de test&#xa0;: il est donc réglé de façon inhabituelle. Ouvrez «&#xa0;Détails&#xa0;», copiez le rapport et envoyez-le au service d’assistance.</translation>
    </message>
    <message>
        <source>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on almost every network.</source>
        <translation>Le serveur sortant de votre fournisseur d’accès ne répond que sur le réseau de ce fournisseur. Utilisez le serveur sortant d’all2all (--outgoing all2all), qui fonctionne sur presque tous les réseaux.</translation>
    </message>
    <message>
        <source>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on almost every network.</source>
        <translation>Le serveur sortant d’un fournisseur d’accès n’envoie des e-mails que pour ses propres clients, sur son propre réseau. Utilisez le serveur sortant d’all2all (--outgoing all2all), qui fonctionne sur presque tous les réseaux.</translation>
    </message>
    <message>
        <source>The server refuses even this very small test message, so its settings are unusual. Run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation>Le serveur refuse même ce tout petit message de test&#xa0;: il est donc réglé de façon inhabituelle. Relancez la commande avec --helpdesk et envoyez ce qu’elle affiche au service d’assistance.</translation>
    </message>
    <message>
        <source>Empty the trash in your mail program or in the webmail and delete old messages with large attachments. Then press Test again.</source>
        <translation>Videz la corbeille de votre logiciel de messagerie ou du webmail et supprimez les anciens messages avec de grosses pièces jointes. Cliquez ensuite sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Go back and choose all2all&apos;s outgoing server, which works on almost every network.</source>
        <translation>Le serveur sortant d’un fournisseur d’accès n’envoie des e-mails que pour ses propres clients, sur son propre réseau. Revenez en arrière et choisissez le serveur sortant d’all2all, qui fonctionne sur presque tous les réseaux.</translation>
    </message>
    <message>
        <source>Mail is sometimes a few minutes late: if the test message arrives later, you can delete it. If it has still not arrived in an hour, the address may belong to another mailbox or be forwarded elsewhere: ask your administrator.</source>
        <translation>Les e-mails arrivent parfois avec quelques minutes de retard&#xa0;: si le message de test arrive plus tard, vous pouvez le supprimer. S’il n’est toujours pas arrivé au bout d’une heure, les e-mails envoyés à cette adresse arrivent peut-être dans une autre boîte aux lettres ou sont transférés ailleurs&#xa0;: adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Use your internet provider&apos;s outgoing server (--outgoing), which this network does not block. Or try another network, for example your phone&apos;s connection.</source>
        <translation>Utilisez le serveur sortant de votre fournisseur d’accès (--outgoing), que ce réseau ne bloque pas. Ou essayez un autre réseau, par exemple le partage de connexion d’un GSM.</translation>
    </message>
    <message>
        <source>Check the name of your internet provider&apos;s outgoing server, or use all2all&apos;s outgoing server (--outgoing all2all).</source>
        <translation>Vérifiez le nom du serveur sortant de votre fournisseur d’accès, ou utilisez le serveur sortant d’all2all (--outgoing all2all).</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a website, then run the command again.</source>
        <translation>Vérifiez que cet ordinateur est connecté à internet, par exemple en ouvrant un site web, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Run the command again. If it keeps happening, try another network or contact your administrator.</source>
        <translation>Relancez la commande. Si cela se reproduit, essayez un autre réseau ou contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Check the username (the short name such as user0001, not the e-mail address) and the password, capital letters included. If both are right, ask your administrator.</source>
        <translation>Vérifiez le nom d’utilisateur (le nom court comme user0001, pas l’adresse e-mail) et le mot de passe, majuscules comprises. Si les deux sont corrects, adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation>Réessayez dans quelques minutes. Si cela se reproduit, relancez la commande avec --helpdesk et envoyez ce qu’elle affiche au service d’assistance.</translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Run the command again; if it keeps happening, try another network.</source>
        <translation>La connexion est peut-être lente ou instable. Relancez la commande&#xa0;; si cela se reproduit, essayez un autre réseau.</translation>
    </message>
    <message>
        <source>Check the username and the password first: every wrong try makes the server wait longer. Then wait a minute and run the command again.</source>
        <translation>Vérifiez d’abord le nom d’utilisateur et le mot de passe&#xa0;: à chaque essai raté, le serveur attend plus longtemps. Attendez ensuite une minute et relancez la commande.</translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then run the command again.</source>
        <translation>Certains réseaux, comme le wifi d’un hôtel, affichent d’abord une page dans le navigateur web. Ouvrez un site web, faites ce qui est demandé, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Run the command again to start the test once more.</source>
        <translation>Relancez la commande pour refaire le test.</translation>
    </message>
    <message>
        <source>Check the username and the password: they contain characters that cannot be sent to the server.</source>
        <translation>Vérifiez le nom d’utilisateur et le mot de passe&#xa0;: ils contiennent des caractères qui ne peuvent pas être envoyés au serveur.</translation>
    </message>
    <message>
        <source>Check the e-mail address (--email): it must be exactly the one the administrator gave. If it is, ask the administrator.</source>
        <translation>Vérifiez l’adresse e-mail (--email)&#xa0;: elle doit être exactement celle que l’administrateur a donnée. Si c’est bien le cas, adressez-vous à l’administrateur.</translation>
    </message>
    <message>
        <source>Check the e-mail address (--email) for typing errors. If it is right, ask the administrator.</source>
        <translation>Vérifiez que l’adresse e-mail (--email) ne contient pas de faute de frappe. Si elle est correcte, adressez-vous à l’administrateur.</translation>
    </message>
    <message>
        <source>Empty the trash in the mail program or the webmail and delete old messages with large attachments, then run the command again.</source>
        <translation>Videz la corbeille du logiciel de messagerie ou du webmail et supprimez les anciens messages avec de grosses pièces jointes, puis relancez la commande.</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Without a copy on the server, new mail is removed from the server as soon as this computer downloads it. In webmail and on your other devices, messages then seem to vanish.</source>
        <translation>Sans copie sur le serveur, les nouveaux e-mails sont supprimés du serveur dès que cet ordinateur les télécharge. Dans le webmail et sur vos autres appareils, les messages semblent alors disparaître.</translation>
    </message>
    <message>
        <source>How do you want to receive your mail?</source>
        <translation>Comment voulez-vous recevoir vos e-mails&#xa0;?</translation>
    </message>
    <message>
        <source>Choose where your messages are kept.</source>
        <translation>Choisissez où vos messages sont conservés.</translation>
    </message>
    <message>
        <source>&amp;IMAP: keep my mail on the server (recommended)</source>
        <translation>&amp;IMAP&#xa0;: garder mes e-mails sur le serveur (recommandé)</translation>
    </message>
    <message>
        <source>Your messages stay on the all2all server (Inbox, Sent, Trash). Your mail program shows them and keeps a copy of what you open. You see the same mail on your laptop, your phone and in webmail, and you can make sub-folders on the server to sort it. Keep an eye on the space: each mailbox has {quota} MB, so empty the trash regularly.</source>
        <translation>Vos messages restent sur le serveur d’all2all (Courrier entrant, Envoyés, Corbeille). Votre logiciel de messagerie les affiche et garde une copie de ceux que vous ouvrez. Vous voyez les mêmes e-mails sur votre ordinateur portable, sur votre GSM et dans le webmail, et vous pouvez créer des sous-dossiers sur le serveur pour les classer. Surveillez l’espace utilisé&#xa0;: chaque boîte aux lettres dispose de {quota}&#xa0;Mo. Videz donc régulièrement la corbeille.</translation>
    </message>
    <message>
        <source>&amp;POP3: download my mail to this computer</source>
        <translation>P&amp;OP3&#xa0;: télécharger mes e-mails sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your mail program downloads new messages to this computer. The server keeps them only as long as you choose below. Downloaded mail then exists only on this computer: if it breaks or is lost, that mail is lost too.</source>
        <translation>Votre logiciel de messagerie télécharge les nouveaux messages sur cet ordinateur. Le serveur ne les garde que pendant la durée choisie ci-dessous. Ensuite, les e-mails téléchargés n’existent plus que sur cet ordinateur&#xa0;: s’il tombe en panne ou si vous le perdez, ces e-mails sont perdus avec lui.</translation>
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
        <translation>Recommandé. Pendant ces jours, vous voyez encore les nouveaux messages dans le webmail et sur vos autres appareils&#xa0;; ensuite, la copie sur le serveur est supprimée pour que votre boîte aux lettres ne se remplisse pas.</translation>
    </message>
    <message>
        <source>Number of days to keep a copy on the server</source>
        <translation>Nombre de jours pendant lesquels une copie reste sur le serveur</translation>
    </message>
</context>
<context>
    <name>Relays</name>
    <message>
        <source>its name is unknown here</source>
        <translation>son nom est inconnu ici</translation>
    </message>
    <message>
        <source>it refuses the connection</source>
        <translation>refuse la connexion</translation>
    </message>
    <message>
        <source>no answer: the port is blocked</source>
        <translation>pas de réponse, car le port est bloqué</translation>
    </message>
    <message>
        <source>it does not answer in time</source>
        <translation>ne répond pas à temps</translation>
    </message>
    <message>
        <source>it does not serve this connection</source>
        <translation>ne dessert pas cette connexion</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>answers ({seconds})</source>
        <translation>répond ({seconds})</translation>
    </message>
    <message>
        <source>{isp} — {host}, port {port}: {status}</source>
        <translation>{isp} — {host}, port {port}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>La recherche a été arrêtée.</translation>
    </message>
    <message>
        <source>Your connection seems to be {isp}&apos;s: {host} answers from here.</source>
        <translation>Votre connexion semble être celle de {isp}&#xa0;: son serveur sortant, {host}, répond.</translation>
    </message>
    <message>
        <source>Servers of several internet providers answer from here, so this connection does not tell which one is yours. all2all&apos;s own outgoing server works on almost every network.</source>
        <translation>Des serveurs de plusieurs fournisseurs d’accès répondent ici&#xa0;: cette connexion ne permet donc pas de savoir lequel est le vôtre. Le serveur sortant d’all2all, lui, fonctionne sur presque tous les réseaux.</translation>
    </message>
    <message>
        <source>None of the internet providers&apos; outgoing servers answers from here. Use all2all&apos;s own outgoing server: it works on almost every network, with your all2all username and password.</source>
        <translation>Aucun serveur sortant de fournisseur d’accès ne répond ici. Utilisez le serveur sortant d’all2all&#xa0;: il fonctionne sur presque tous les réseaux, avec votre nom d’utilisateur et votre mot de passe all2all.</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>There are all2all accounts of several usernames here ({usernames}): give --username.</source>
        <translation>Il y a ici des comptes all2all pour plusieurs noms d’utilisateur ({usernames})&#xa0;: indiquez --username.</translation>
    </message>
    <message>
        <source>No all2all account was found in {client}.</source>
        <translation>Aucun compte all2all n’a été trouvé dans {client}.</translation>
    </message>
    <message>
        <source>{client}: {profile}</source>
        <translation>{client}&#xa0;: {profile}</translation>
    </message>
    <message>
        <source>{client} ({profile}): this would be removed:</source>
        <translation>{client} ({profile})&#xa0;: voici ce qui serait supprimé&#xa0;:</translation>
    </message>
    <message>
        <source>{client} ({profile}): removed:</source>
        <translation>{client} ({profile})&#xa0;: voici ce qui a été supprimé&#xa0;:</translation>
    </message>
    <message>
        <source>The outgoing server stays: another account sends through it.</source>
        <translation>Le serveur sortant reste&#xa0;: un autre compte envoie ses e-mails par ce serveur.</translation>
    </message>
    <message>
        <source>{client} no longer keeps the password.</source>
        <translation>{client} ne garde plus le mot de passe.</translation>
    </message>
    <message>
        <source>{client} keeps the password, because another account on the same server uses it.</source>
        <translation>{client} garde le mot de passe, car un autre compte sur le même serveur l’utilise.</translation>
    </message>
    <message>
        <source>{client} had no saved password.</source>
        <translation>{client} n’avait pas de mot de passe enregistré.</translation>
    </message>
    <message>
        <source>The password saved by {client} could not be removed.</source>
        <translation>Le mot de passe enregistré par {client} n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The password in this computer&apos;s password safe is removed.</source>
        <translation>Le mot de passe enregistré dans le coffre-fort à mots de passe de cet ordinateur a été supprimé.</translation>
    </message>
    <message>
        <source>This computer&apos;s password safe had no password for it.</source>
        <translation>Le coffre-fort à mots de passe de cet ordinateur ne contenait pas de mot de passe pour ce compte.</translation>
    </message>
    <message>
        <source>This computer&apos;s password safe could not be reached.</source>
        <translation>Impossible d’accéder au coffre-fort à mots de passe de cet ordinateur.</translation>
    </message>
    <message>
        <source>The all2all account {username} is removed from {client}. The mail it had downloaded stays on this computer.</source>
        <translation>Le compte all2all {username} a été supprimé de {client}. Les e-mails déjà téléchargés restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Close {client}, then try to remove the account once more.</source>
        <translation>Fermez {client}, puis essayez encore une fois de supprimer le compte.</translation>
    </message>
    <message>
        <source>Try again. If it fails again, ask your administrator for help.</source>
        <translation>Réessayez. Si cela échoue encore, demandez de l’aide à votre administrateur.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove the account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the all2all account {account} from {client}?</source>
        <translation>Supprimer le compte all2all {account} de {client}&#xa0;?</translation>
    </message>
    <message>
        <source>{client} then no longer fetches or sends mail for this account. The mail already downloaded stays on this computer, and your mailbox on the all2all server does not change. A copy of the settings is kept first.</source>
        <translation>{client} ne relève alors plus les e-mails de ce compte et n’en envoie plus. Les e-mails déjà téléchargés restent sur cet ordinateur, et votre boîte aux lettres sur le serveur d’all2all ne change pas. Avant de supprimer le compte, l’assistant garde une copie des paramètres actuels.</translation>
    </message>
    <message>
        <source>Also forget the saved &amp;password</source>
        <translation>Oublier aussi le &amp;mot de passe enregistré</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>RoundTrip</name>
    <message>
        <source>all2all: test message</source>
        <translation>all2all&#xa0;: message de test</translation>
    </message>
    <message>
        <source>This message was sent by the all2all setup assistant, to check that mail sent from this computer really arrives in your mailbox.

It is deleted again straight away. If you can still see it, you can delete it.</source>
        <translation>Ce message a été envoyé par l’assistant de configuration all2all, pour vérifier que les e-mails envoyés depuis cet ordinateur arrivent vraiment dans votre boîte aux lettres.

Il est supprimé aussitôt après. Si vous le voyez encore, vous pouvez le supprimer.</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>arrived after {seconds}</source>
        <translation>arrivé en {seconds}</translation>
    </message>
    <message>
        <source>stopped while waiting</source>
        <translation>arrêté pendant l’attente</translation>
    </message>
    <message>
        <source>not arrived yet</source>
        <translation>pas encore arrivé</translation>
    </message>
    <message>
        <source>deleted again</source>
        <translation>supprimé ensuite</translation>
    </message>
    <message>
        <source>still in your inbox</source>
        <translation>toujours dans votre dossier «&#xa0;Courrier entrant&#xa0;»</translation>
    </message>
    <message>
        <source>Test message: sent once receiving and sending work.</source>
        <translation>Message de test&#xa0;: envoyé dès que la réception et l’envoi fonctionnent.</translation>
    </message>
    <message>
        <source>Test message: not sent.</source>
        <translation>Message de test&#xa0;: pas envoyé.</translation>
    </message>
    <message>
        <source>deleting it again…</source>
        <translation>suppression en cours…</translation>
    </message>
    <message>
        <source>waiting for it to arrive…</source>
        <translation>en attente de son arrivée…</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi en cours…</translation>
    </message>
    <message>
        <source>Test message: {parts}</source>
        <translation>Message de test&#xa0;: {parts}</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>{provider} e-mail settings for {name}</source>
        <translation>Paramètres de messagerie {provider} pour {name}</translation>
    </message>
    <message>
        <source>{provider} e-mail settings</source>
        <translation>Paramètres de messagerie {provider}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>These are the settings your mail program or phone asks for when you add your {provider} mailbox. Type them exactly as they are written here.</source>
        <translation>Voici les paramètres que votre logiciel de messagerie ou votre GSM demande quand vous ajoutez votre boîte aux lettres {provider}. Tapez-les exactement comme ils sont écrits ici.</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>Créé le {date}</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Réception des e-mails</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Envoi des e-mails (SMTP)</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Your administrator</source>
        <translation>Votre administrateur</translation>
    </message>
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
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d’authentification</translation>
    </message>
    <message>
        <source>Copy on the server</source>
        <translation>Copie sur le serveur</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Fournisseur d’accès</translation>
    </message>
    <message>
        <source>Mailbox size (quota)</source>
        <translation>Taille de la boîte aux lettres (quota)</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Taille maximale d’un message</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Server to choose</source>
        <translation>Serveur à choisir</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Mot de passe normal</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Pas d’authentification</translation>
    </message>
    <message>
        <source>The password your administrator gave you (not printed here)</source>
        <translation>Le mot de passe que votre administrateur vous a donné (il n’est pas imprimé ici)</translation>
    </message>
    <message>
        <source>The same as for incoming mail</source>
        <translation>Le même que pour la réception des e-mails</translation>
    </message>
    <message>
        <source>None: leave the username and password empty</source>
        <translation>Aucun&#xa0;: laissez le nom d’utilisateur et le mot de passe vides</translation>
    </message>
    <message>
        <source>The password of your mailbox at your internet provider</source>
        <translation>Le mot de passe de votre boîte aux lettres chez votre fournisseur d’accès</translation>
    </message>
    <message>
        <source>No: mail is removed from the server once downloaded</source>
        <translation>Non&#xa0;: les e-mails sont supprimés du serveur une fois téléchargés</translation>
    </message>
    <message>
        <source>Yes, for 1 day</source>
        <translation>Oui, pendant 1 jour</translation>
    </message>
    <message>
        <source>Yes, for {days} days</source>
        <translation>Oui, pendant {days} jours</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size}&#xa0;Mo</translation>
    </message>
    <message>
        <source>For your safety, your password is not on this sheet: use the one your administrator gave you.</source>
        <translation>Pour votre sécurité, votre mot de passe ne figure pas sur cette fiche&#xa0;: utilisez celui que votre administrateur vous a donné.</translation>
    </message>
    <message>
        <source>With IMAP your messages stay on the server, which has room for {size}. Empty the trash of your mail program regularly so that your mailbox does not fill up.</source>
        <translation>Avec IMAP, vos messages restent sur le serveur, qui a de la place pour {size}. Videz régulièrement la corbeille de votre logiciel de messagerie pour que votre boîte aux lettres ne se remplisse pas.</translation>
    </message>
    <message>
        <source>With POP3 your mail program downloads your messages to this computer; the server keeps a copy only for the days shown above. Copy your mail regularly to another place, such as an external disk.</source>
        <translation>Avec POP3, votre logiciel de messagerie télécharge vos messages sur cet ordinateur&#xa0;; le serveur n’en garde une copie que pendant le nombre de jours indiqué plus haut. Copiez régulièrement vos e-mails ailleurs, par exemple sur un disque externe.</translation>
    </message>
    <message>
        <source>With POP3 your mail program removes your messages from the server once it has downloaded them: this computer then holds the only copy. Copy your mail regularly to another place, such as an external disk.</source>
        <translation>Avec POP3, votre logiciel de messagerie supprime vos messages du serveur dès qu’il les a téléchargés&#xa0;: cet ordinateur en garde alors la seule copie. Copiez régulièrement vos e-mails ailleurs, par exemple sur un disque externe.</translation>
    </message>
    <message>
        <source>Webmail always uses IMAP: messages your mail program has already taken off the server with POP3 no longer show in webmail.</source>
        <translation>Le webmail utilise toujours IMAP&#xa0;: les messages que votre logiciel de messagerie a déjà retirés du serveur avec POP3 n’y apparaissent plus.</translation>
    </message>
    <message>
        <source>The outgoing server of {isp} only works while you are connected to the internet through {isp}. Elsewhere, for example with a laptop on the road, use the outgoing server of {provider}.</source>
        <translation>Le serveur sortant de {isp} ne fonctionne que si votre connexion internet passe par {isp}. Ailleurs, par exemple avec un ordinateur portable en déplacement, utilisez le serveur sortant {provider}.</translation>
    </message>
    <message>
        <source>This outgoing server only works while you are connected to the internet through your own internet provider. Elsewhere, use the outgoing server of {provider}.</source>
        <translation>Ce serveur sortant ne fonctionne que si votre connexion internet passe par votre propre fournisseur d’accès. Ailleurs, utilisez le serveur sortant {provider}.</translation>
    </message>
    <message>
        <source>Your administrator is the person who gave you your username and password.</source>
        <translation>Votre administrateur est la personne qui vous a donné votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Ask your administrator for a new password, an automatic reply while you are away, or to forward your mail to another address.</source>
        <translation>Demandez à votre administrateur un nouveau mot de passe, une réponse automatique pendant votre absence ou le transfert de vos e-mails vers une autre adresse.</translation>
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
    <name>Strength</name>
    <message>
        <source>Very weak</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>très bonne</translation>
    </message>
    <message>
        <source>Password strength: {level} (step {step} of {steps})</source>
        <translation>Solidité du mot de passe&#xa0;: {level} (niveau {step} sur {steps})</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Solidité du mot de passe</translation>
    </message>
    <message>
        <source>It contains an invisible character, such as a tab or a line break. Type the password instead of pasting it.</source>
        <translation>Il contient un caractère invisible, comme une tabulation ou un retour à la ligne. Tapez le mot de passe au lieu de le coller.</translation>
    </message>
    <message>
        <source>No password has been typed yet.</source>
        <translation>Aucun mot de passe n’a encore été tapé.</translation>
    </message>
    <message>
        <source>It starts or ends with a space. Check that the space really belongs to your password: it is easy to paste one by mistake, and you cannot see it here.</source>
        <translation>Il commence ou se termine par une espace. Vérifiez que cette espace fait vraiment partie de votre mot de passe&#xa0;: on en colle facilement une par erreur, et vous ne pouvez pas la voir ici.</translation>
    </message>
    <message>
        <source>It has fewer than {count} characters, the minimum for a good password.</source>
        <translation>Il compte moins de {count} caractères, le minimum pour un bon mot de passe.</translation>
    </message>
    <message>
        <source>It is one of the passwords people use most often: attackers try those first.</source>
        <translation>C’est l’un des mots de passe les plus utilisés&#xa0;: les pirates les essaient en premier.</translation>
    </message>
    <message>
        <source>It contains your name, your username, your e-mail address or the name of the mail server, which others can easily find out.</source>
        <translation>Il contient votre nom, votre nom d’utilisateur, votre adresse e-mail ou le nom du serveur de messagerie, que d’autres peuvent facilement découvrir.</translation>
    </message>
    <message>
        <source>It contains a word from the dictionary (Dutch, French, German or English), even if it is written backwards.</source>
        <translation>Il contient un mot du dictionnaire (néerlandais, français, allemand ou anglais), même écrit à l’envers.</translation>
    </message>
    <message>
        <source>It contains a common first name or surname.</source>
        <translation>Il contient un prénom ou un nom de famille courant.</translation>
    </message>
    <message>
        <source>It contains keys that sit next to each other on the keyboard, such as azerty or qsdf.</source>
        <translation>Il contient des touches voisines sur le clavier, comme azerty ou qsdf.</translation>
    </message>
    <message>
        <source>It contains a simple series, such as abcd or 1234.</source>
        <translation>Il contient une suite simple, comme abcd ou 1234.</translation>
    </message>
    <message>
        <source>It repeats characters or groups of characters, such as aaaa or abcabc.</source>
        <translation>Il répète des caractères ou des groupes de caractères, comme aaaa ou abcabc.</translation>
    </message>
    <message>
        <source>It contains a year or a date, which is easy to guess.</source>
        <translation>Il contient une année ou une date, ce qui se devine facilement.</translation>
    </message>
    <message>
        <source>Replacing letters by look-alikes (0 for o, @ for a, 3 for e) does not make a word harder to guess.</source>
        <translation>Remplacer des lettres par des signes qui leur ressemblent (0 pour o, @ pour a, 3 pour e) ne rend pas un mot plus difficile à deviner.</translation>
    </message>
    <message>
        <source>A word followed by digits and a sign, such as Bonjour2024#, is one of the first things attackers try.</source>
        <translation>Un mot suivi de chiffres et d’un signe, comme Bonjour2024#, est l’une des premières choses que les pirates essaient.</translation>
    </message>
    <message>
        <source>It contains only digits. Mix letters and digits.</source>
        <translation>Il ne contient que des chiffres. Mélangez lettres et chiffres.</translation>
    </message>
    <message>
        <source>It contains only letters. Mix letters and digits.</source>
        <translation>Il ne contient que des lettres. Mélangez lettres et chiffres.</translation>
    </message>
    <message>
        <source>It is too short to be safe. Make it longer, with random letters and digits.</source>
        <translation>Il est trop court pour être sûr. Allongez-le, avec des lettres et des chiffres pris au hasard.</translation>
    </message>
    <message>
        <source>A good password is not in a dictionary: it is made of random letters and digits and has at least {count} characters. A weak password can be guessed from a distance, over time, and then you can no longer be sure that you are the only one reading your mail. Do not hesitate to ask your administrator for a new password. You can still continue with this one.</source>
        <translation>Un bon mot de passe ne figure pas dans un dictionnaire&#xa0;: il est fait de lettres et de chiffres pris au hasard et compte au moins {count} caractères. Un mot de passe trop faible peut, avec le temps, être deviné à distance, et vous ne pouvez alors plus avoir la certitude d’être la seule personne à lire vos e-mails. N’hésitez donc pas à demander un nouveau mot de passe à votre administrateur. Vous pouvez tout de même continuer avec celui-ci.</translation>
    </message>
    <message>
        <source>The assistant did not keep your password: this computer has no password safe it can use.</source>
        <translation>L’assistant n’a pas enregistré votre mot de passe&#xa0;: cet ordinateur n’a pas de coffre-fort à mots de passe qu’il puisse utiliser.</translation>
    </message>
    <message>
        <source>This computer has no password safe that the assistant can use, so your password cannot be remembered. Everything else works as usual.</source>
        <translation>Cet ordinateur n’a pas de coffre-fort à mots de passe que l’assistant puisse utiliser&#xa0;: votre mot de passe ne peut donc pas être retenu. Tout le reste fonctionne normalement.</translation>
    </message>
    <message>
        <source>The password safe of this computer is locked, so the assistant cannot use it. You can simply type your password.</source>
        <translation>Le coffre-fort à mots de passe de cet ordinateur est verrouillé&#xa0;: l’assistant ne peut donc pas l’utiliser. Vous pouvez simplement taper votre mot de passe.</translation>
    </message>
    <message>
        <source>The password safe of this computer did not answer, so the assistant cannot use it. You can simply type your password.</source>
        <translation>Le coffre-fort à mots de passe de cet ordinateur n’a pas répondu&#xa0;: l’assistant ne peut donc pas l’utiliser. Vous pouvez simplement taper votre mot de passe.</translation>
    </message>
    <message>
        <source>Your password is saved in the password safe of this computer.</source>
        <translation>Votre mot de passe est enregistré dans le coffre-fort à mots de passe de cet ordinateur.</translation>
    </message>
    <message>
        <source>The saved password has been removed from this computer.</source>
        <translation>Le mot de passe enregistré a été effacé de cet ordinateur.</translation>
    </message>
    <message>
        <source>There was no saved password to remove.</source>
        <translation>Il n’y avait aucun mot de passe enregistré à effacer.</translation>
    </message>
    <message>
        <source>A password for {username} is saved on this computer from an earlier setup. You can use it, or forget it.</source>
        <translation>Un mot de passe pour {username} a été enregistré sur cet ordinateur lors d’une configuration précédente. Vous pouvez l’utiliser ou l’effacer.</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Send a &amp;test message to myself</source>
        <translation>M’envoyer un &amp;message de test</translation>
    </message>
    <message>
        <source>Sends one short message to your own address, waits until it arrives and deletes it again.</source>
        <translation>Envoie un court message à votre propre adresse, attend qu’il arrive, puis le supprime.</translation>
    </message>
</context>
<context>
    <name>TestReport</name>
    <message>
        <source>For the helpdesk: this report shows what the test did and what the servers answered. It never contains your password.</source>
        <translation>Pour le service d’assistance&#xa0;: ce rapport montre ce que le test a fait et ce que les serveurs ont répondu. Il ne contient jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Show my &amp;username in it</source>
        <translation>&amp;Inclure mon nom d’utilisateur dans le rapport</translation>
    </message>
    <message>
        <source>Otherwise your username is partly hidden with stars.</source>
        <translation>Sinon, votre nom d’utilisateur est en partie masqué par des étoiles.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copies the report, without your password, so that you can paste it.</source>
        <translation>Copie le rapport, sans votre mot de passe, pour que vous puissiez le coller ailleurs.</translation>
    </message>
    <message>
        <source>Copied. Paste the report into your e-mail to the helpdesk.</source>
        <translation>Copié. Collez le rapport dans votre e-mail au service d’assistance.</translation>
    </message>
</context>
<context>
    <name>Unattended</name>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The account was not tested: no password was given. The mail programs ask for it at their first start.</source>
        <translation>Le compte n’a pas été testé&#xa0;: aucun mot de passe n’a été donné. Les logiciels de messagerie le demanderont à leur premier démarrage.</translation>
    </message>
    <message>
        <source>No mail program that the assistant can set up was found.</source>
        <translation>Aucun logiciel de messagerie que l’assistant peut configurer n’a été trouvé.</translation>
    </message>
    <message>
        <source>The password is saved in this computer&apos;s password safe.</source>
        <translation>Le mot de passe est enregistré dans le coffre-fort à mots de passe de cet ordinateur.</translation>
    </message>
    <message>
        <source>The password could not be saved in this computer&apos;s password safe ({reason}).</source>
        <translation>Le mot de passe n’a pas pu être enregistré dans le coffre-fort à mots de passe de cet ordinateur ({reason}).</translation>
    </message>
    <message>
        <source>Log file: {file}</source>
        <translation>Fichier journal&#xa0;: {file}</translation>
    </message>
    <message>
        <source>The account works: it can receive and send mail.</source>
        <translation>Le compte fonctionne&#xa0;: il peut recevoir et envoyer des e-mails.</translation>
    </message>
    <message>
        <source>The account does not work: nothing was set up.</source>
        <translation>Le compte ne fonctionne pas&#xa0;: rien n’a été configuré.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Recommended settings</source>
        <translation>Paramètres recommandés</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Vos paramètres</translation>
    </message>
    <message>
        <source>Your mail stays on the all2all server: you see the same mail on this computer, on your phone and in webmail.</source>
        <translation>Vos e-mails restent sur le serveur d’all2all&#xa0;: vous voyez les mêmes e-mails sur cet ordinateur, sur votre GSM et dans le webmail.</translation>
    </message>
    <message numerus="yes">
        <source>Your mail is downloaded to this computer. A copy stays on the server for %n day(s).</source>
        <translation>
            <numerusform>Vos e-mails sont téléchargés sur cet ordinateur. Une copie reste %n jour sur le serveur.</numerusform>
            <numerusform>Vos e-mails sont téléchargés sur cet ordinateur. Une copie reste %n jours sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mail is downloaded to this computer and removed from the server.</source>
        <translation>Vos e-mails sont téléchargés sur cet ordinateur, puis supprimés du serveur.</translation>
    </message>
    <message>
        <source>Your mail is sent through all2all&apos;s own server, which works on almost every network.</source>
        <translation>Vos e-mails sont envoyés par le serveur d’all2all, qui fonctionne sur presque tous les réseaux.</translation>
    </message>
    <message>
        <source>Your mail is sent through your internet provider&apos;s server ({server}).</source>
        <translation>Vos e-mails sont envoyés par le serveur de votre fournisseur d’accès ({server}).</translation>
    </message>
    <message>
        <source>Set up your all2all mail on this computer.</source>
        <translation>Configurez votre messagerie all2all sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This assistant tests your all2all account and adds it to your mail program. It takes about two minutes.</source>
        <translation>Cet assistant teste votre compte all2all et l’ajoute à votre logiciel de messagerie. Cela prend environ deux minutes.</translation>
    </message>
    <message>
        <source>You need what your administrator gave you: your e-mail address, your username (for example user0001) and your password.</source>
        <translation>Gardez sous la main ce que votre administrateur vous a donné&#xa0;: votre adresse e-mail, votre nom d’utilisateur (par exemple user0001) et votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Change these settings…</source>
        <translation>&amp;Modifier ces paramètres…</translation>
    </message>
    <message>
        <source>Choose how your mail is kept and how it is sent.</source>
        <translation>Choisissez comment vos e-mails sont conservés et comment ils sont envoyés.</translation>
    </message>
    <message>
        <source>Nothing changes on this computer until you press Set up.</source>
        <translation>Rien ne change sur cet ordinateur tant que vous n’avez pas cliqué sur «&#xa0;Configurer&#xa0;».</translation>
    </message>
    <message>
        <source>Chec&amp;k the all2all set-up I already have</source>
        <translation>&amp;Vérifier ma configuration all2all existante</translation>
    </message>
    <message>
        <source>Looks for the all2all accounts already in your mail programs and repairs what is wrong.</source>
        <translation>Cherche les comptes all2all déjà présents dans vos logiciels de messagerie et répare ce qui ne va pas.</translation>
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
