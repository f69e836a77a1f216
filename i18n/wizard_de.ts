<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>AccountPage</name>
    <message>
        <source>New password for my mailbox {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

The all2all setup assistant tells me that the password of my mailbox is weak. Could you give me a new, stronger password?

E-mail address: {email}
Username: {username}

Thank you,
{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type these details exactly as you received them from your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to the people you write to, for example Marie Peeters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your all2all e-mail address, exactly as your administrator wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name such as user0001. It is not your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password that goes with your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the password as plain text, so you can check what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask my administrator for a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program. Your password is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sa&amp;ved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget the saved password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file with all2all&apos;s server settings cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supported mail program was found for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile {name}: {path} (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile {name}: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} only goes with --fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not exist: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds neither a Thunderbird profile (prefs.js) nor Evolution&apos;s accounts (.source files): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot be saved in this kind of file ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a link to another place, made by someone else or pointing nowhere. To keep files safe, nothing was written through it. Remove the link or give another folder with --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password on standard input is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password on standard input is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable {name} holds no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains invisible characters, such as a tab or a second line. A password cannot contain them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message is sent from and to the account&apos;s address: give --email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit must be more than 0 and at most 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file {file} cannot be used ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give all2all, the id of an internet provider&apos;s server, or HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account works: you can receive and send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account does not work yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message the server accepts: {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit must be more than 0 and at most {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a server name and an IP address, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: this mail program is not supported. Possible values: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: the number must be between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <source>To go on without {client}, untick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick this to leave {client} as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client}: not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks at {client} and its settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which {client} you use: the classic one or the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} keeps its settings in a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through the outgoing server &amp;chosen in this assistant ({server})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new outgoing server is added to {client} only if it does not have it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share an &amp;existing outgoing server of {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you already send mail from {client} with another account, you can share its outgoing server with your all2all account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outgoing server to share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a server of your internet provider sends for every address; another mail service&apos;s server may refuse mail from your all2all address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the &amp;trash when {client} closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted messages stay on the server, and count towards your {quota} MB, until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let {client} &amp;add the account itself (experimental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens {client} with a file that adds a new profile with your account. If that does not work, follow the steps shown at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give {client} my password through this computer&apos;s password safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then {client} does not ask for it. Untick this to type it in {client} yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per setting, as written in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You add the account in Outlook&apos;s own windows: the last page shows each step, with every value to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant opens a settings file. You approve it in System Settings; the last page shows how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your all2all account is already set up like this. Nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your all2all account is already there and gets the right settings. A copy of the current settings is kept first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your all2all account is added. A copy of the current settings is kept first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profile} (the one {client} opens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}, port {port}, username {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}, port {port}, no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is not written into this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>{where}: {explanation}
What to do: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} MB of {limit} MB used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}, port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that your mail really arrives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account does not work yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test starts when this page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving mail: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving mail works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving mail does not work yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail does not work yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving mail: not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail: not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail: your internet provider&apos;s server does not answer here. That is normal away from its own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time so far: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mailbox: {used} MB of {limit} MB used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server accepts messages up to {size} MB, attachments included. Larger messages will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant connects to all2all exactly as your mail program will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the test at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the whole test again from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an&amp;other outgoing server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your internet provider&apos;s outgoing server, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space used in your mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the helpdesk: this report shows what the test did and what the servers answered. It never contains your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my &amp;username in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise your username is partly hidden with stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the report, without your password, so that you can paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste the report into your e-mail to the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Copy button next to it puts this value on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>No all2all account was found in Thunderbird or Evolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client}: {login} ({protocol}) in {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}: {title} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that was wrong is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run the command again with --fix: a copy then stays on the server for %n day(s) (it can be changed in the mail program&apos;s account settings).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Repair: a copy then stays on the server for %n day(s) (you can change that in the mail program&apos;s account settings).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail is fetched without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail uses STARTTLS instead of SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail uses the wrong port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail uses the wrong kind of password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server on port 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is sent with STARTTLS instead of SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is sent on the wrong port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server without logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is sent with the wrong kind of password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is sent with another all2all username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server set for this account does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account uses another username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is deleted from the server once downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two accounts for the same mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password and your mail travel over the internet as readable text. all2all expects a secure connection (SSL/TLS) on port {incoming_port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {incoming_port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all2all&apos;s server waits for this on port {incoming_port}; on another port the mail program cannot connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method logging in fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is for servers talking to each other: many networks block it, and all2all expects your mail on port {smtp_port} with SSL/TLS, your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password and what you send travel over the internet as readable text. all2all expects SSL/TLS on port {smtp_port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {smtp_port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all2all&apos;s outgoing server waits on port {smtp_port}; on another port sending fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all2all only sends mail for people who log in with their all2all username and password. Without logging in, sending is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method sending fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sending, this account uses another all2all username than for receiving, so the server may refuse your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account points at an outgoing server that is no longer there, so nothing can be sent from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This all2all account logs in with another username than the one you gave. It may be an old username, or another person&apos;s mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With POP3 the mail program removes your mail from the server after downloading it, so the webmail and your other devices no longer see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same mailbox is set up twice in this mail program. Mail then shows twice, or one account (POP3) takes it away from the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the username is old, remove this account and set up all2all again. If it is another person&apos;s mailbox, leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one of the two accounts and remove the other in the mail program&apos;s account settings (its local mail stays on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Repair to set it right; nothing else in the mail program changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the username is old, remove this account (all2all-setup remove) and set up all2all again. If it is another person&apos;s mailbox, leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again with --fix to set it right; nothing else in the mail program changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can be repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be done by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>No mail program has your account yet. Add it in your mail program with the settings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings for a phone are saved in “{folder}” in your Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook: one thing is left for you. Add the account in Outlook&apos;s own windows; the steps show every value to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail: one thing is left for you. Approve the settings on this Mac:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} already had your account exactly like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} is ready: your account there was updated, not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It knows your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for your password once, the first time: type it and let it remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program could not be started from here. Start it as you usually do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client}: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client}: code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webmail: read your mail in a web browser at {url} (server: “{server}”). The first time, open “{preferences}”, then “{mail}”, and type your e-mail address exactly as you received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under “{main}” you can choose “{dutch}”; the menus are then called “{preferences}” and “{mail}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under “{main}” you can choose another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacation message or forwarding for my mailbox {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

Could you set up a vacation message or forwarding for my all2all mailbox?

E-mail address: {email}
Username: {username}

What I would like:


Thank you,
{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be saved. Check that your Documents folder exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “{file}” in “{folder}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account of the type {kind} and type these values. Copy each one with its button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your settings. You can go back to change any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below: what happened, and what you can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: your settings are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your account in your mail program with the settings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost done: add the account in your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account works. The settings below are all you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: your mail is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your all2all account is set up and tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost done: one thing is left for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is tested. Below: the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;webmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mailbox holds {quota} MB. Empty the trash now and then: deleted messages stay on the server until you do. A message can be at most {size} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vacation message or forwarding is set up by your administrator, the person who gave you your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to my &amp;administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for a &amp;phone or another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for a phone or another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings &amp;sheet to print (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves every setting on one page in your Documents, without your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The assistant cannot start because one of its files is damaged. Please install it again, or ask your administrator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in the assistant. Please try again. If it happens again, send this file to your administrator: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <source>{client} is not set up for your user account on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {client} profile folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} is open. It overwrites its settings when it closes, so they cannot be changed while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of {client} profiles is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A settings file of {client} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {client} settings folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the {client} settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {client} settings file is damaged. It was left exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {client} settings changed while the assistant was working. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server you chose to share no longer exists in {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {client} settings could not be written. The original file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {client} settings did not read back correctly after writing. The original file was put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} cannot be set up with these settings (for example an outgoing server that needs another username and password). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file the assistant must write is a link to another place, made by someone else or pointing nowhere. To keep your files safe, nothing was written through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A settings file of {client} is far larger than a real one can be, so the assistant did not read it. It was left exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account in {client} yourself with the settings shown at the end, or ask your administrator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry. If it fails again: {help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry to look for the profiles again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {client}, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on the disk, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {client} if it is open, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry, then choose the outgoing server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator to look at this link: whoever made it may have wanted to change another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account in {client} yourself, or ask your administrator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again. If it fails again: {help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again, or give the profile folder with --profile (all2all-setup clients lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {client}, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on the disk, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {client} if it is open, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again without --reuse-outgoing, or with a server that {client} still has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check who made that link and why (ls -l shows where it points), remove it, then run the command again; or give another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was added to {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account already existed in {client}: its settings were brought up to date, without making a second copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was already set up exactly like this in {client}: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings for {client} were saved in this file: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. Follow the steps below: every value can be copied with one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} opened and adds your account as a new profile “{profile}”. If {client} asks which profile to use, choose that one. If it does not work, follow the steps below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} will ask for your password once, the first time it starts after this. Type it then and let {client} remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outgoing server that was already set up in {client} is shared with this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your existing all2all outgoing server in {client} gets the right settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “Local Folders” of {client} are created as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This becomes the main account of {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account in {client} has the same name, so the protocol is added to this one&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This username is also set up in {client} with the other protocol (IMAP or POP3). Both accounts will be there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} is open now: close it before you press Set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {client} settings folder cannot be written to: setting up will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS adds the account to {client} only after you approve it in System Settings. The steps are shown at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened for you: double-click it in the Downloads folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the file saved by an earlier run of the assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was given to {client} through this computer&apos;s password safe: it will not ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password could not be given to {client}, because this computer&apos;s password safe is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. At the end, the assistant shows you step by step how to add your account {email} in {profile}, with a copy button for every value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A settings profile for your account {email} will be saved in your Downloads folder and opened. You then approve it in System Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account {email} will be added to the {client} profile “{profile}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account {email} already exists in the {client} profile “{profile}”: its settings will be brought up to date, without making a second copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account {email} is already set up exactly like this in the {client} profile “{profile}”: nothing will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {key} = {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {key} from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS shows the notice “Profile downloaded”. Open System Settings (Apple menu, System Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On macOS 15 and later, choose General, then Device Management. On macOS 13 and 14, choose Privacy &amp; Security, then Profiles at the bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click the profile “{profile}”, click Install and confirm. Type the password of your Mac user account if asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If macOS asks for the password of the mail account, type your all2all password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Mail: your all2all account is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone or iPad: send it the .mobileconfig file (with AirDrop or by mail) and open it there. Then, in Settings, tap “Profile Downloaded” and Install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android or another program: add an account by hand with the values below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Setting up… A copy of each file is kept before it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be set up. See the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes on this computer until you press Set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant adds your all2all account to your mail program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program was found on this computer. all2all recommends {program}: it is free. Install it, start it once, then press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks for the mail programs on this computer again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please fill in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in the name of the outgoing server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is much longer than expected. Please check what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contains invisible characters such as a line break or a tab. Please type it again instead of pasting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please remove the space at the beginning or the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete e-mail address. It looks like name@example.be: type it exactly as you received it from your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your username is not your e-mail address. It is a short name such as user0001 that you received from your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username contains only letters, digits and the characters . _ - (for example user0001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid server name. It looks like smtp.example.be, optionally followed by a colon and a port number (smtp.example.be:25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server needs the username and password of a mailbox at that internet provider. The assistant cannot set up such a server. Choose all2all&apos;s outgoing server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherProgramsSection</name>
    <message>
        <source>Folder for the settings files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your settings to print or keep (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets up Mail on an iPhone, iPad or Mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same settings in the standard format of mail programs, for your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” in your Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files will be saved in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {file}: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(replaces the earlier file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Also save the settings for a phone, a tablet or another mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet to print with every setting, and files that set up a phone for you, in the folder {folder}. None of them contains your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is made if it does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message>
        <source>How do you want to send your mail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server that delivers the messages you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;all2all&apos;s outgoing server (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on every network: at home, at work, on a hotel Wi-Fi or through your phone. Uses your all2all username and password over a secure connection ({host}, port {port}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;internet provider&apos;s outgoing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs no password, but only works while this computer is connected through that internet provider, for example at home. Elsewhere, sending fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{isp}: {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet &amp;provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company that brings the internet into your home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your internet provider gives for its outgoing server, for example smtp.example.be or smtp.example.be:25. Their support can tell you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some receivers treat mail from an all2all address sent through another provider&apos;s server as spam. all2all&apos;s own server avoids that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlookGuide</name>
    <message>
        <source>In Outlook (classic), follow these steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the new Outlook, follow these steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot be set up in Outlook by hand: a username is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Outlook. Click File, then Add Account. (When Outlook starts for the first time, this window opens by itself.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the new Outlook. Click Settings (the gear), then Accounts, then Add account. (When it starts for the first time, this window opens by itself.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your e-mail address and click Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Advanced options, tick “Let me set up my account manually” and click Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this type of account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password and click Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password, then click “Show more”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the part “Incoming mail”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the incoming server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the part “Outgoing mail”, then click Next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the outgoing server (SMTP); leave its password empty, Outlook uses the one you typed. Then click Continue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Outlook then shows a small window asking for a user name, type this user name there and your password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the account has been added, click File, Account Settings, then Server Settings, and check these settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the account&apos;s settings (More Settings, tab Advanced), set how long a copy of your mail stays on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the account&apos;s settings, set how long a copy of your mail stays on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Outlook asks for your name (the name people see), type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Done. Then send yourself a test message to check that all works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a copy of messages on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from server after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On (ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (not ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneSettings</name>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{security}, normal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{security}, no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming server ({protocol})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a copy on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Yes, %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The password is your all2all password; the assistant never shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetMessages</name>
    <message>
        <source>The assistant cannot start: the settings file prepared by your IT department contains a mistake. Please pass the message below on to your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {file}, line {line}, key {key}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {file}, line {line}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {file}, key {key}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}). Check that it exists and that every user may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset has no such key. Check its spelling against the documented example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is missing: every extra outgoing server needs all of its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is far larger than a preset can be (more than {size} KB), so it was not read. A preset is a short text file: check that the right file is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset locks this setting, so the command line cannot change it to {value}. Leave that option out or change the preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text. Save it again with the UTF-8 encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid TOML. Check the quotes, brackets and equals signs on this line and the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table (a [section])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text between quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number without quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false, without quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list between square brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of sections written as [[...]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is out of range ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not allowed. Possible values: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked setting needs its value under [defaults].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This id cannot be used: write it with letters, digits and hyphens only, and do not use all2all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outgoing server has this id. Check the spelling, or add the server under [[provider.relays]].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This outgoing server needs a username of its own, which the assistant cannot ask for. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a plain e-mail address such as name@example.be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contains invisible characters such as a tab or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be used ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your IT department: the greyed-out choices cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeMessages</name>
    <message>
        <source>Receiving mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space in your mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a copy on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot find the server {host} on the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {host} refused the connection on port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {host} does not answer on port {port}: this network blocks that connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so this connection is not safe: your password could be read by others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a certificate for another name than {host}. The connection may be intercepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection with {host} could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error or closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to check the username and password. Servers do this on purpose after a few wrong passwords, to stop people who try to guess them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer did not come from a mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mailbox is almost full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your username or password contains characters that cannot be sent to the server. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server {host} refused to pass the test message on: it does not send mail for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server {host} does not accept your e-mail address as the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept your own e-mail address as the recipient: for the server, that mailbox does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server {host} refused the test message as too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mailbox is full: the server cannot accept new mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending worked, but the test message has not arrived in your inbox yet. This is not a fault of the set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another outgoing server with the button below, or try another network, for example your phone&apos;s connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Go back and choose all2all&apos;s outgoing server, which works on every network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name of your internet provider&apos;s outgoing server, or go back and choose all2all&apos;s outgoing server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a website, then press Test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may be down for maintenance. Try again in a few minutes; if it keeps happening, contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another network, for example your phone&apos;s connection, or ask whoever manages this network to allow port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some networks (at work, in a hotel) and some antivirus programs inspect secure connections. Try another network, for example your home connection or your phone&apos;s. Do not type your password on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another network. If it keeps happening, contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the date and time of this computer are right. If they are, contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Test again. If it keeps happening, try another network or contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and check your username (the short name such as user0001, not your e-mail address) and your password, capital letters included. If both are right, ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, open Details, copy the report and send it to the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Press Test again; if it keeps happening, try another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your username and password first: every wrong try makes the server wait longer. Then wait a minute and press Test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then press Test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash of your mail program and delete old messages with large attachments: deleted messages stay on the server until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Test again to start the test once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and type your username and password again instead of pasting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Go back and choose all2all&apos;s outgoing server, which works on every network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and check your e-mail address: it must be exactly the one your administrator gave you. If it is, ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and check your e-mail address for typing errors. If it is right, ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses even this very small test message, so its settings are unusual. Open Details, copy the report and send it to the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash in your mail program or in the webmail and delete old messages with large attachments. Then press Test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is sometimes a few minutes late: if the test message arrives later, you can delete it. If it has still not arrived in an hour, the address may belong to another mailbox or be forwarded elsewhere: ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your internet provider&apos;s outgoing server (--outgoing), which this network does not block. Or try another network, for example your phone&apos;s connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on every network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name of your internet provider&apos;s outgoing server, or use all2all&apos;s outgoing server (--outgoing all2all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on every network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a website, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again. If it keeps happening, try another network or contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the username (the short name such as user0001, not the e-mail address) and the password, capital letters included. If both are right, ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Run the command again; if it keeps happening, try another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the username and the password first: every wrong try makes the server wait longer. Then wait a minute and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again to start the test once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the username and the password: they contain characters that cannot be sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the e-mail address (--email): it must be exactly the one the administrator gave. If it is, ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the e-mail address (--email) for typing errors. If it is right, ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses even this very small test message, so its settings are unusual. Run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash in the mail program or the webmail and delete old messages with large attachments, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Without a copy on the server, new mail is removed from the server as soon as this computer downloads it. In webmail and on your other devices, messages then seem to vanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you want to receive your mail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where your messages are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMAP: keep my mail on the server (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages stay on the all2all server (Inbox, Sent, Trash). Your mail program shows them and keeps a copy of what you open. You see the same mail on your laptop, your phone and in webmail, and you can make sub-folders on the server to sort it. Keep an eye on the space: each mailbox has {quota} MB, so empty the trash regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;POP3: download my mail to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail program downloads new messages to this computer. The server keeps them only as long as you choose below. Downloaded mail then exists only on this computer: if it breaks or is lost, that mail is lost too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a copy on the server for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended. Webmail and your other devices still see new messages during these days; after that the copy on the server is removed so that your mailbox does not fill up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of days to keep a copy on the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relays</name>
    <message>
        <source>its name is unknown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refuses the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: the port is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not serve this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers ({seconds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} ({isp}), port {port}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connection seems to be {isp}&apos;s: {host} answers from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers of several internet providers answer from here, so this connection does not tell which one is yours. all2all&apos;s own outgoing server works on every network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the internet providers&apos; outgoing servers answers from here. Use all2all&apos;s own outgoing server: it works on every network, with your all2all username and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>There are all2all accounts of several usernames here ({usernames}): give --username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No all2all account was found in {client}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client}: {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} ({profile}): this would be removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} ({profile}): removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server stays: another account sends through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} no longer keeps the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} keeps the password, because another account on the same server uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} had no saved password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password saved by {client} could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password in this computer&apos;s password safe is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s password safe had no password for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s password safe could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundTrip</name>
    <message>
        <source>all2all: test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent by the all2all setup assistant, to check that mail sent from this computer really arrives in your mailbox.

It is deleted again straight away. If you can still see it, you can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived after {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped while waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not arrived yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message: sent once receiving and sending work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message: not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting it again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for it to arrive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>{provider} e-mail settings for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} e-mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the settings your mail program or phone asks for when you add your {provider} mailbox. Type them exactly as they are written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox size (quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password your administrator gave you (not printed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as for incoming mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: leave the username and password empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of your mailbox at your internet provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: mail is removed from the server once downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, for 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, for {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your safety, your password is not on this sheet: use the one your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With IMAP your messages stay on the server, which has room for {size}. Empty the trash of your mail program regularly so that your mailbox does not fill up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With POP3 your mail program downloads your messages to this computer; the server keeps a copy only for the days shown above. Copy your mail regularly to another place, such as an external disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With POP3 your mail program removes your messages from the server once it has downloaded them: this computer then holds the only copy. Copy your mail regularly to another place, such as an external disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webmail always uses IMAP: messages your mail program has already taken off the server with POP3 no longer show in webmail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing server of {isp} only works while you are connected to the internet through {isp}. Elsewhere, for example with a laptop on the road, use the outgoing server of {provider}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This outgoing server only works while you are connected to the internet through your own internet provider. Elsewhere, use the outgoing server of {provider}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator is the person who gave you your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator for a new password, an automatic reply while you are away, or to forward your mail to another address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>all2all mail setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength: {level} (step {step} of {steps})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains an invisible character, such as a tab or a line break. Type the password instead of pasting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password has been typed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts or ends with a space. Check that the space really belongs to your password: it is easy to paste one by mistake, and you cannot see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has fewer than {count} characters, the minimum for a good password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is one of the passwords people use most often: attackers try those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains your name, your username, your e-mail address or the name of the mail server, which others can easily find out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a word from the dictionary (Dutch, French or English), even if it is written backwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a common first name or surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains keys that sit next to each other on the keyboard, such as azerty or qsdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a simple series, such as abcd or 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It repeats characters or groups of characters, such as aaaa or abcabc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a year or a date, which is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing letters by look-alikes (0 for o, @ for a, 3 for e) does not make a word harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word followed by digits and a sign, such as Bonjour2024#, is one of the first things attackers try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains only digits. Mix letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains only letters. Mix letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is too short to be safe. Make it longer, with random letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good password is not in a dictionary: it is made of random letters and digits and has at least {count} characters. A weak password can be guessed from a distance, over time, and then you can no longer be sure that you are the only one reading your mail. Do not hesitate to ask your administrator for a new password. You can still continue with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was not saved: this computer has no password safe that the assistant can use. Your mail program may ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password safe that the assistant can use, so your password cannot be remembered. Everything else works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password safe of this computer is locked, so the assistant cannot use it. You can simply type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password safe of this computer did not answer, so the assistant cannot use it. You can simply type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is saved in the password safe of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password has been removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no saved password to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password for {username} is saved on this computer from an earlier setup. You can use it, or forget it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Send a &amp;test message to myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one short message to your own address, waits until it arrives and deletes it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unattended</name>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not tested: no password was given. The mail programs ask for it at their first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program that the assistant can set up was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is saved in this computer&apos;s password safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in this computer&apos;s password safe ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account works: it can receive and send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account does not work: nothing was set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Recommended settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail stays on the all2all server: you see the same mail on this computer, on your phone and in webmail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your mail is downloaded to this computer. A copy stays on the server for %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your mail is downloaded to this computer and removed from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail is sent through all2all&apos;s own server, which works on every network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail is sent through your internet provider&apos;s server ({server}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your all2all mail on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assistant tests your all2all account and adds it to your mail program. It takes about two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need what your administrator gave you: your e-mail address, your username (for example user0001) and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change these settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how your mail is kept and how it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes on this computer until you press Set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of this assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
