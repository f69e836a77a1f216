<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>New password for my mailbox {email}</source>
        <translation>New password for my mailbox {email}</translation>
    </message>
    <message>
        <source>Hello,

The all2all setup assistant tells me that the password of my mailbox is weak. Could you give me a new, stronger password?

E-mail address: {email}
Username: {username}

Thank you,
{name}</source>
        <translation>Hello,

The all2all setup assistant tells me that the password of my mailbox is weak. Could you give me a new, stronger password?

E-mail address: {email}
Username: {username}

Thank you,
{name}</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Type these details exactly as you received them from your administrator.</source>
        <translation>Type these details exactly as you received them from your administrator.</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Your na&amp;me:</translation>
    </message>
    <message>
        <source>Shown to the people you write to, for example Marie Peeters.</source>
        <translation>Shown to the people you write to, for example Marie Peeters.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <source>Your all2all e-mail address, exactly as your administrator wrote it.</source>
        <translation>Your all2all e-mail address, exactly as your administrator wrote it.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>A short name such as user0001. It is not your e-mail address.</source>
        <translation>A short name such as user0001. It is not your e-mail address.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The password that goes with your username.</source>
        <translation>The password that goes with your username.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>&amp;Show the password</translation>
    </message>
    <message>
        <source>Shows the password as plain text, so you can check what you typed.</source>
        <translation>Shows the password as plain text, so you can check what you typed.</translation>
    </message>
    <message>
        <source>&amp;Ask my administrator for a new password</source>
        <translation>&amp;Ask my administrator for a new password</translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program. Your password is not in it.</source>
        <translation>Opens a new message to your administrator in your mail program. Your password is not in it.</translation>
    </message>
    <message>
        <source>Use the sa&amp;ved password</source>
        <translation>Use the sa&amp;ved password</translation>
    </message>
    <message>
        <source>&amp;Forget the saved password</source>
        <translation>&amp;Forget the saved password</translation>
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
        <translation>POP3: your mail is downloaded to this computer</translation>
    </message>
    <message>
        <source>IMAP: your mail stays on the server</source>
        <translation>IMAP: your mail stays on the server</translation>
    </message>
    <message>
        <source>Username {username} · {kind}</source>
        <translation>Username {username} · {kind}</translation>
    </message>
    <message>
        <source>Remove this account…</source>
        <translation>Remove this account…</translation>
    </message>
    <message>
        <source>Remove the account {account} from {client}</source>
        <translation>Remove the account {account} from {client}</translation>
    </message>
    <message>
        <source>This account is set up correctly.</source>
        <translation>This account is set up correctly.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The test message is sent from and to the account&apos;s address: give --email.</source>
        <translation>The test message is sent from and to the account&apos;s address: give --email.</translation>
    </message>
    <message>
        <source>The time limit must be more than 0 and at most 600 seconds.</source>
        <translation>The time limit must be more than 0 and at most 600 seconds.</translation>
    </message>
    <message>
        <source>The certificate file {file} cannot be used ({reason}).</source>
        <translation>The certificate file {file} cannot be used ({reason}).</translation>
    </message>
    <message>
        <source>Give all2all, the id of an internet provider&apos;s server, or HOST:PORT.</source>
        <translation>Give all2all, the id of an internet provider&apos;s server, or HOST:PORT.</translation>
    </message>
    <message>
        <source>Your account works: you can receive and send mail.</source>
        <translation>Your account works: you can receive and send mail.</translation>
    </message>
    <message>
        <source>Your account does not work yet.</source>
        <translation>Your account does not work yet.</translation>
    </message>
    <message>
        <source>Largest message the server accepts: {size} MB</source>
        <translation>Largest message the server accepts: {size} MB</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} is not a folder.</translation>
    </message>
    <message>
        <source>This account cannot be saved in this kind of file ({reason}).</source>
        <translation>This account cannot be saved in this kind of file ({reason}).</translation>
    </message>
    <message>
        <source>{file} is a link to another place, made by someone else or pointing nowhere. To keep files safe, nothing was written through it. Remove the link or give another folder with --output.</source>
        <translation>{file} is a link to another place, made by someone else or pointing nowhere. To keep files safe, nothing was written through it. Remove the link or give another folder with --output.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}).</source>
        <translation>{file} could not be written ({reason}).</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>An unexpected error happened.</source>
        <translation>An unexpected error happened.</translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation>The details are in {file}.</translation>
    </message>
    <message>
        <source>The file with all2all&apos;s server settings cannot be used: {reason}</source>
        <translation>The file with all2all&apos;s server settings cannot be used: {reason}</translation>
    </message>
    <message>
        <source>No supported mail program was found for this user.</source>
        <translation>No supported mail program was found for this user.</translation>
    </message>
    <message>
        <source>profile {name}: {path} (default)</source>
        <translation>profile {name}: {path} (default)</translation>
    </message>
    <message>
        <source>profile {name}: {path}</source>
        <translation>profile {name}: {path}</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>Password (not shown): </translation>
    </message>
    <message>
        <source>The password on standard input is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>The password on standard input is not UTF-8 text. Save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>The password on standard input is far too long.</source>
        <translation>The password on standard input is far too long.</translation>
    </message>
    <message>
        <source>The environment variable {name} holds no password.</source>
        <translation>The environment variable {name} holds no password.</translation>
    </message>
    <message>
        <source>The password contains invisible characters, such as a tab or a second line. A password cannot contain them.</source>
        <translation>The password contains invisible characters, such as a tab or a second line. A password cannot contain them.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <source>{option} only goes with --fix.</source>
        <translation>{option} only goes with --fix.</translation>
    </message>
    <message>
        <source>This folder does not exist: {path}</source>
        <translation>This folder does not exist: {path}</translation>
    </message>
    <message>
        <source>This folder holds neither a Thunderbird profile (prefs.js) nor Evolution&apos;s accounts (.source files): {path}</source>
        <translation>This folder holds neither a Thunderbird profile (prefs.js) nor Evolution&apos;s accounts (.source files): {path}</translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Copy of the previous settings: {file}</translation>
    </message>
    <message>
        <source>{option} is required.</source>
        <translation>{option} is required.</translation>
    </message>
    <message>
        <source>{option}: this mail program is not supported. Possible values: {values}.</source>
        <translation>{option}: this mail program is not supported. Possible values: {values}.</translation>
    </message>
    <message>
        <source>{option}: the number must be between {minimum} and {maximum}.</source>
        <translation>{option}: the number must be between {minimum} and {maximum}.</translation>
    </message>
    <message>
        <source>The time limit must be more than 0 and at most {seconds} seconds.</source>
        <translation>The time limit must be more than 0 and at most {seconds} seconds.</translation>
    </message>
    <message>
        <source>Give a server name and an IP address, for example {example}.</source>
        <translation>Give a server name and an IP address, for example {example}.</translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <source>To go on without {client}, untick it.</source>
        <translation>To go on without {client}, untick it.</translation>
    </message>
    <message>
        <source>Untick this to leave {client} as it is.</source>
        <translation>Untick this to leave {client} as it is.</translation>
    </message>
    <message>
        <source>{client}: not on this computer.</source>
        <translation>{client}: not on this computer.</translation>
    </message>
    <message>
        <source>Looks at {client} and its settings again.</source>
        <translation>Looks at {client} and its settings again.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details for {client}</source>
        <translation>Details for {client}</translation>
    </message>
    <message>
        <source>Which {client} you use: the classic one or the new one.</source>
        <translation>Which {client} you use: the classic one or the new one.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>{client} keeps its settings in a profile.</source>
        <translation>{client} keeps its settings in a profile.</translation>
    </message>
    <message>
        <source>Deleted messages stay on the server, and count towards your {quota} MB, until the trash is emptied.</source>
        <translation>Deleted messages stay on the server, and count towards your {quota} MB, until the trash is emptied.</translation>
    </message>
    <message>
        <source>The assistant opens a settings file. You approve it in System Settings; the last page shows how.</source>
        <translation>The assistant opens a settings file. You approve it in System Settings; the last page shows how.</translation>
    </message>
    <message>
        <source>Your all2all account is already there: Set up gives it the right settings. A copy of the current settings is kept first.</source>
        <translation>Your all2all account is already there: Set up gives it the right settings. A copy of the current settings is kept first.</translation>
    </message>
    <message>
        <source>Set up adds your all2all account. A copy of the current settings is kept first.</source>
        <translation>Set up adds your all2all account. A copy of the current settings is kept first.</translation>
    </message>
    <message>
        <source>{host}, port {port}, username {login}</source>
        <translation>{host}, port {port}, username {login}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Send through the outgoing server chosen in this assistant ({server})</source>
        <translation>Send through the outgoing server chosen in this assistant ({server})</translation>
    </message>
    <message>
        <source>A new outgoing server is added to {client} only if it does not have it yet.</source>
        <translation>A new outgoing server is added to {client} only if it does not have it yet.</translation>
    </message>
    <message>
        <source>If you already send mail from {client} with another account, you can share its outgoing server with your all2all account.</source>
        <translation>If you already send mail from {client} with another account, you can share its outgoing server with your all2all account.</translation>
    </message>
    <message>
        <source>Only a server of your internet provider sends for every address; another mail service&apos;s server may refuse mail from your all2all address.</source>
        <translation>Only a server of your internet provider sends for every address; another mail service&apos;s server may refuse mail from your all2all address.</translation>
    </message>
    <message>
        <source>Outgoing server to share</source>
        <translation>Outgoing server to share</translation>
    </message>
    <message>
        <source>Opens {client} with a file that adds a new profile with your account. If that does not work, follow the steps shown at the end.</source>
        <translation>Opens {client} with a file that adds a new profile with your account. If that does not work, follow the steps shown at the end.</translation>
    </message>
    <message>
        <source>Share an existing outgoing server of {client}</source>
        <translation>Share an existing outgoing server of {client}</translation>
    </message>
    <message>
        <source>Outgoing server to share:</source>
        <translation>Outgoing server to share:</translation>
    </message>
    <message>
        <source>Empty the trash when {client} closes</source>
        <translation>Empty the trash when {client} closes</translation>
    </message>
    <message>
        <source>Let {client} add the account itself (experimental)</source>
        <translation>Let {client} add the account itself (experimental)</translation>
    </message>
    <message>
        <source>Give {client} my password through this computer&apos;s password safe</source>
        <translation>Give {client} my password through this computer&apos;s password safe</translation>
    </message>
    <message>
        <source>Then {client} does not ask for it. Untick this to type it in {client} yourself.</source>
        <translation>Then {client} does not ask for it. Untick this to type it in {client} yourself.</translation>
    </message>
    <message>
        <source>Settings that will be written</source>
        <translation>Settings that will be written</translation>
    </message>
    <message>
        <source>One line per setting, as written in the file.</source>
        <translation>One line per setting, as written in the file.</translation>
    </message>
    <message>
        <source>You add the account in Outlook&apos;s own windows: the last page shows each step, with every value to copy.</source>
        <translation>You add the account in Outlook&apos;s own windows: the last page shows each step, with every value to copy.</translation>
    </message>
    <message>
        <source>Your all2all account is already set up like this. Nothing changes.</source>
        <translation>Your all2all account is already set up like this. Nothing changes.</translation>
    </message>
    <message>
        <source>{profile} (the one {client} opens)</source>
        <translation>{profile} (the one {client} opens)</translation>
    </message>
    <message>
        <source>{host}, port {port}, no password</source>
        <translation>{host}, port {port}, no password</translation>
    </message>
    <message>
        <source>New file: {file}</source>
        <translation>New file: {file}</translation>
    </message>
    <message>
        <source>File changed: {file}</source>
        <translation>File changed: {file}</translation>
    </message>
    <message>
        <source>Your password is not written into this file.</source>
        <translation>Your password is not written into this file.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Not tested</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{host}, port {port}</source>
        <translation>{host}, port {port}</translation>
    </message>
    <message>
        <source>Testing your account…</source>
        <translation>Testing your account…</translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation>You stopped the test.</translation>
    </message>
    <message>
        <source>Checking that your mail really arrives…</source>
        <translation>Checking that your mail really arrives…</translation>
    </message>
    <message>
        <source>Your account works.</source>
        <translation>Your account works.</translation>
    </message>
    <message>
        <source>Your account does not work yet.</source>
        <translation>Your account does not work yet.</translation>
    </message>
    <message>
        <source>The test starts when this page is shown.</source>
        <translation>The test starts when this page is shown.</translation>
    </message>
    <message>
        <source>Receiving mail</source>
        <translation>Receiving mail</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>Sending mail</translation>
    </message>
    <message>
        <source>Receiving mail: checking…</source>
        <translation>Receiving mail: checking…</translation>
    </message>
    <message>
        <source>Sending mail: checking…</source>
        <translation>Sending mail: checking…</translation>
    </message>
    <message>
        <source>Receiving mail works.</source>
        <translation>Receiving mail works.</translation>
    </message>
    <message>
        <source>Sending mail works.</source>
        <translation>Sending mail works.</translation>
    </message>
    <message>
        <source>Receiving mail does not work yet.</source>
        <translation>Receiving mail does not work yet.</translation>
    </message>
    <message>
        <source>Sending mail does not work yet.</source>
        <translation>Sending mail does not work yet.</translation>
    </message>
    <message>
        <source>Receiving mail: not tested.</source>
        <translation>Receiving mail: not tested.</translation>
    </message>
    <message>
        <source>Sending mail: not tested.</source>
        <translation>Sending mail: not tested.</translation>
    </message>
    <message>
        <source>Sending mail: your internet provider&apos;s server does not answer here. That is normal away from its own network.</source>
        <translation>Sending mail: your internet provider&apos;s server does not answer here. That is normal away from its own network.</translation>
    </message>
    <message>
        <source>Time so far: {time}</source>
        <translation>Time so far: {time}</translation>
    </message>
    <message>
        <source>Finished in {time}</source>
        <translation>Finished in {time}</translation>
    </message>
    <message>
        <source>Stopped after {time}</source>
        <translation>Stopped after {time}</translation>
    </message>
    <message>
        <source>The assistant connects to all2all exactly as your mail program will.</source>
        <translation>The assistant connects to all2all exactly as your mail program will.</translation>
    </message>
    <message>
        <source>Use an&amp;other outgoing server…</source>
        <translation>Use an&amp;other outgoing server…</translation>
    </message>
    <message>
        <source>Choose your internet provider&apos;s outgoing server, then test again.</source>
        <translation>Choose your internet provider&apos;s outgoing server, then test again.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details of the test</source>
        <translation>Details of the test</translation>
    </message>
    <message>
        <source>{where}: {explanation}
What to do: {advice}</source>
        <translation>{where}: {explanation}
What to do: {advice}</translation>
    </message>
    <message>
        <source>{used} MB of {limit} MB used</source>
        <translation>{used} MB of {limit} MB used</translation>
    </message>
    <message>
        <source>Testing your account</source>
        <translation>Testing your account</translation>
    </message>
    <message>
        <source>&amp;Stop the test</source>
        <translation>&amp;Stop the test</translation>
    </message>
    <message>
        <source>Stops the test at once.</source>
        <translation>Stops the test at once.</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>Test &amp;again</translation>
    </message>
    <message>
        <source>Runs the whole test again from the beginning.</source>
        <translation>Runs the whole test again from the beginning.</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>The Copy button next to it puts this value on the clipboard.</source>
        <translation>The Copy button next to it puts this value on the clipboard.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy {what}</source>
        <translation>Copy {what}</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Expanded. Press Space to collapse.</source>
        <translation>Expanded. Press Space to collapse.</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to expand.</source>
        <translation>Collapsed. Press Space to expand.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>No all2all account was found in Thunderbird or Evolution.</source>
        <translation>No all2all account was found in Thunderbird or Evolution.</translation>
    </message>
    <message>
        <source>{client}: {login} ({protocol}) in {profile}</source>
        <translation>{client}: {login} ({protocol}) in {profile}</translation>
    </message>
    <message>
        <source>Nothing to repair.</source>
        <translation>Nothing to repair.</translation>
    </message>
    <message>
        <source>{severity}: {title} ({state})</source>
        <translation>{severity}: {title} ({state})</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>What to do: {advice}</translation>
    </message>
    <message>
        <source>Everything that was wrong is repaired.</source>
        <translation>Everything that was wrong is repaired.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Incoming mail is fetched without encryption</source>
        <translation>Incoming mail is fetched without encryption</translation>
    </message>
    <message>
        <source>Incoming mail uses STARTTLS instead of SSL/TLS</source>
        <translation>Incoming mail uses STARTTLS instead of SSL/TLS</translation>
    </message>
    <message>
        <source>Incoming mail uses the wrong port</source>
        <translation>Incoming mail uses the wrong port</translation>
    </message>
    <message>
        <source>Incoming mail uses the wrong kind of password</source>
        <translation>Incoming mail uses the wrong kind of password</translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server on port 25</source>
        <translation>Mail is sent to all2all&apos;s server on port 25</translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server without encryption</source>
        <translation>Mail is sent to all2all&apos;s server without encryption</translation>
    </message>
    <message>
        <source>Mail is sent with STARTTLS instead of SSL/TLS</source>
        <translation>Mail is sent with STARTTLS instead of SSL/TLS</translation>
    </message>
    <message>
        <source>Mail is sent on the wrong port</source>
        <translation>Mail is sent on the wrong port</translation>
    </message>
    <message>
        <source>Mail is sent to all2all&apos;s server without logging in</source>
        <translation>Mail is sent to all2all&apos;s server without logging in</translation>
    </message>
    <message>
        <source>Mail is sent with the wrong kind of password</source>
        <translation>Mail is sent with the wrong kind of password</translation>
    </message>
    <message>
        <source>Mail is sent with another all2all username</source>
        <translation>Mail is sent with another all2all username</translation>
    </message>
    <message>
        <source>This account uses another username</source>
        <translation>This account uses another username</translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method logging in fails.</source>
        <translation>all2all expects the normal password, sent inside the secure connection. With another method logging in fails.</translation>
    </message>
    <message>
        <source>Port 25 is for servers talking to each other: many networks block it, and all2all expects your mail on port {smtp_port} with SSL/TLS, your username and password.</source>
        <translation>Port 25 is for servers talking to each other: many networks block it, and all2all expects your mail on port {smtp_port} with SSL/TLS, your username and password.</translation>
    </message>
    <message>
        <source>This all2all account logs in with another username than the one you gave. It may be an old username, or another person&apos;s mailbox.</source>
        <translation>This all2all account logs in with another username than the one you gave. It may be an old username, or another person&apos;s mailbox.</translation>
    </message>
    <message>
        <source>If the username is old, remove this account and set up all2all again. If it is another person&apos;s mailbox, leave it.</source>
        <translation>If the username is old, remove this account and set up all2all again. If it is another person&apos;s mailbox, leave it.</translation>
    </message>
    <message>
        <source>If the username is old, remove this account (all2all-setup remove) and set up all2all again. If it is another person&apos;s mailbox, leave it.</source>
        <translation>If the username is old, remove this account (all2all-setup remove) and set up all2all again. If it is another person&apos;s mailbox, leave it.</translation>
    </message>
    <message>
        <source>The outgoing server set for this account does not exist</source>
        <translation>The outgoing server set for this account does not exist</translation>
    </message>
    <message numerus="yes">
        <source>Run the command again with --fix: a copy then stays on the server for %n day(s) (it can be changed in the mail program&apos;s account settings).</source>
        <translation>
            <numerusform>Run the command again with --fix: a copy then stays on the server for %n day (it can be changed in the mail program&apos;s account settings).</numerusform>
            <numerusform>Run the command again with --fix: a copy then stays on the server for %n days (it can be changed in the mail program&apos;s account settings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press Repair: a copy then stays on the server for %n day(s) (you can change that in the mail program&apos;s account settings).</source>
        <translation>
            <numerusform>Press Repair: a copy then stays on the server for %n day (you can change that in the mail program&apos;s account settings).</numerusform>
            <numerusform>Press Repair: a copy then stays on the server for %n days (you can change that in the mail program&apos;s account settings).</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail is deleted from the server once downloaded</source>
        <translation>Mail is deleted from the server once downloaded</translation>
    </message>
    <message>
        <source>Two accounts for the same mailbox</source>
        <translation>Two accounts for the same mailbox</translation>
    </message>
    <message>
        <source>Your password and your mail travel over the internet as readable text. all2all expects a secure connection (SSL/TLS) on port {incoming_port}.</source>
        <translation>Your password and your mail travel over the internet as readable text. all2all expects a secure connection (SSL/TLS) on port {incoming_port}.</translation>
    </message>
    <message>
        <source>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {incoming_port}.</source>
        <translation>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {incoming_port}.</translation>
    </message>
    <message>
        <source>all2all&apos;s server waits for this on port {incoming_port}; on another port the mail program cannot connect.</source>
        <translation>all2all&apos;s server waits for this on port {incoming_port}; on another port the mail program cannot connect.</translation>
    </message>
    <message>
        <source>Your password and what you send travel over the internet as readable text. all2all expects SSL/TLS on port {smtp_port}.</source>
        <translation>Your password and what you send travel over the internet as readable text. all2all expects SSL/TLS on port {smtp_port}.</translation>
    </message>
    <message>
        <source>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {smtp_port}.</source>
        <translation>The connection is secured only after it starts (STARTTLS). all2all&apos;s guide says SSL/TLS from the start, on port {smtp_port}.</translation>
    </message>
    <message>
        <source>all2all&apos;s outgoing server waits on port {smtp_port}; on another port sending fails.</source>
        <translation>all2all&apos;s outgoing server waits on port {smtp_port}; on another port sending fails.</translation>
    </message>
    <message>
        <source>all2all only sends mail for people who log in with their all2all username and password. Without logging in, sending is refused.</source>
        <translation>all2all only sends mail for people who log in with their all2all username and password. Without logging in, sending is refused.</translation>
    </message>
    <message>
        <source>all2all expects the normal password, sent inside the secure connection. With another method sending fails.</source>
        <translation>all2all expects the normal password, sent inside the secure connection. With another method sending fails.</translation>
    </message>
    <message>
        <source>For sending, this account uses another all2all username than for receiving, so the server may refuse your address.</source>
        <translation>For sending, this account uses another all2all username than for receiving, so the server may refuse your address.</translation>
    </message>
    <message>
        <source>The account points at an outgoing server that is no longer there, so nothing can be sent from it.</source>
        <translation>The account points at an outgoing server that is no longer there, so nothing can be sent from it.</translation>
    </message>
    <message>
        <source>With POP3 the mail program removes your mail from the server after downloading it, so the webmail and your other devices no longer see it.</source>
        <translation>With POP3 the mail program removes your mail from the server after downloading it, so the webmail and your other devices no longer see it.</translation>
    </message>
    <message>
        <source>The same mailbox is set up twice in this mail program. Mail then shows twice, or one account (POP3) takes it away from the other.</source>
        <translation>The same mailbox is set up twice in this mail program. Mail then shows twice, or one account (POP3) takes it away from the other.</translation>
    </message>
    <message>
        <source>Keep one of the two accounts and remove the other in the mail program&apos;s account settings (its local mail stays on this computer).</source>
        <translation>Keep one of the two accounts and remove the other in the mail program&apos;s account settings (its local mail stays on this computer).</translation>
    </message>
    <message>
        <source>Press Repair to set it right; nothing else in the mail program changes.</source>
        <translation>Press Repair to set it right; nothing else in the mail program changes.</translation>
    </message>
    <message>
        <source>Run the command again with --fix to set it right; nothing else in the mail program changes.</source>
        <translation>Run the command again with --fix to set it right; nothing else in the mail program changes.</translation>
    </message>
    <message>
        <source>Incoming mail now uses a secure connection</source>
        <translation>Incoming mail now uses a secure connection</translation>
    </message>
    <message>
        <source>Incoming mail is now secured from the start (SSL/TLS)</source>
        <translation>Incoming mail is now secured from the start (SSL/TLS)</translation>
    </message>
    <message>
        <source>Incoming mail now uses the right port</source>
        <translation>Incoming mail now uses the right port</translation>
    </message>
    <message>
        <source>Incoming mail now logs in with the normal password</source>
        <translation>Incoming mail now logs in with the normal password</translation>
    </message>
    <message>
        <source>Mail is now sent to all2all&apos;s server on the right port</source>
        <translation>Mail is now sent to all2all&apos;s server on the right port</translation>
    </message>
    <message>
        <source>Mail is now sent over a secure connection</source>
        <translation>Mail is now sent over a secure connection</translation>
    </message>
    <message>
        <source>Mail is now sent secured from the start (SSL/TLS)</source>
        <translation>Mail is now sent secured from the start (SSL/TLS)</translation>
    </message>
    <message>
        <source>Mail is now sent on the right port</source>
        <translation>Mail is now sent on the right port</translation>
    </message>
    <message>
        <source>Mail is now sent with your username and password</source>
        <translation>Mail is now sent with your username and password</translation>
    </message>
    <message>
        <source>Mail is now sent with the normal password</source>
        <translation>Mail is now sent with the normal password</translation>
    </message>
    <message>
        <source>Mail is now sent with the same username as it is received</source>
        <translation>Mail is now sent with the same username as it is received</translation>
    </message>
    <message>
        <source>This account now has an outgoing server</source>
        <translation>This account now has an outgoing server</translation>
    </message>
    <message>
        <source>A copy of your mail now stays on the server</source>
        <translation>A copy of your mail now stays on the server</translation>
    </message>
    <message>
        <source>{title} ({state})</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repaired</translation>
    </message>
    <message>
        <source>can be repaired</source>
        <translation>can be repaired</translation>
    </message>
    <message>
        <source>to be done by hand</source>
        <translation>to be done by hand</translation>
    </message>
    <message>
        <source>Close {client}, then press Repair again.</source>
        <translation>Close {client}, then press Repair again.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then press Repair again.</source>
        <translation>Close {client} if it is open, then press Repair again.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then press Repair again.</source>
        <translation>Free some space on the disk, then press Repair again.</translation>
    </message>
    <message>
        <source>Press Repair again. If it fails again, ask your administrator for help.</source>
        <translation>Press Repair again. If it fails again, ask your administrator for help.</translation>
    </message>
    <message>
        <source>Ask your administrator for help.</source>
        <translation>Ask your administrator for help.</translation>
    </message>
</context>
<context>
    <name>DoctorPage</name>
    <message>
        <source>Looking for all2all accounts on this computer…</source>
        <translation>Looking for all2all accounts on this computer…</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Repairing…</translation>
    </message>
    <message>
        <source>Removing the account…</source>
        <translation>Removing the account…</translation>
    </message>
    <message>
        <source>The settings of the mail programs could not be read.</source>
        <translation>The settings of the mail programs could not be read.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Not everything could be repaired.</source>
        <translation>Not everything could be repaired.</translation>
    </message>
    <message>
        <source>Some settings are not right.</source>
        <translation>Some settings are not right.</translation>
    </message>
    <message>
        <source>Something is left for you to do.</source>
        <translation>Something is left for you to do.</translation>
    </message>
    <message>
        <source>Everything that was wrong is repaired.</source>
        <translation>Everything that was wrong is repaired.</translation>
    </message>
    <message>
        <source>Your all2all set-up is correct.</source>
        <translation>Your all2all set-up is correct.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) repaired.</source>
        <translation>
            <numerusform>%n problem repaired.</numerusform>
            <numerusform>%n problems repaired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repair sets right %n problem(s); nothing else in your mail programs changes.</source>
        <translation>
            <numerusform>Repair sets right %n problem; nothing else in your mail programs changes.</numerusform>
            <numerusform>Repair sets right %n problems; nothing else in your mail programs changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) only you can settle: see below.</source>
        <translation>
            <numerusform>%n thing only you can settle: see below.</numerusform>
            <numerusform>%n things only you can settle: see below.</numerusform>
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
        <translation>Copy of the previous settings: {file}</translation>
    </message>
    <message>
        <source>Check your all2all set-up</source>
        <translation>Check your all2all set-up</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The assistant looks at the all2all accounts in Thunderbird and Evolution.</source>
        <translation>The assistant looks at the all2all accounts in Thunderbird and Evolution.</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Repair</translation>
    </message>
    <message>
        <source>Sets right every problem below that can be repaired.</source>
        <translation>Sets right every problem below that can be repaired.</translation>
    </message>
    <message>
        <source>The assistant can add your all2all account to your mail program now.</source>
        <translation>The assistant can add your all2all account to your mail program now.</translation>
    </message>
    <message>
        <source>&amp;Set up all2all</source>
        <translation>&amp;Set up all2all</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Details for the helpdesk</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Copy of the previous settings: {file}</translation>
    </message>
    <message>
        <source>No mail program has your account yet. Add it in your mail program with the settings below.</source>
        <translation>No mail program has your account yet. Add it in your mail program with the settings below.</translation>
    </message>
    <message>
        <source>The settings for a phone are saved in “{folder}” in your Documents.</source>
        <translation>The settings for a phone are saved in “{folder}” in your Documents.</translation>
    </message>
    <message>
        <source>The account is no longer in {client}: you removed it again.</source>
        <translation>The account is no longer in {client}: you removed it again.</translation>
    </message>
    <message>
        <source>Outlook: one thing is left for you. Add the account in Outlook&apos;s own windows; the steps show every value to copy.</source>
        <translation>Outlook: one thing is left for you. Add the account in Outlook&apos;s own windows; the steps show every value to copy.</translation>
    </message>
    <message>
        <source>Mail: one thing is left for you. Approve the settings on this Mac:</source>
        <translation>Mail: one thing is left for you. Approve the settings on this Mac:</translation>
    </message>
    <message>
        <source>{client} already had your account exactly like this.</source>
        <translation>{client} already had your account exactly like this.</translation>
    </message>
    <message>
        <source>{client} is ready: your account there was updated, not added twice.</source>
        <translation>{client} is ready: your account there was updated, not added twice.</translation>
    </message>
    <message>
        <source>{client} is ready.</source>
        <translation>{client} is ready.</translation>
    </message>
    <message>
        <source>It knows your password.</source>
        <translation>It knows your password.</translation>
    </message>
    <message>
        <source>It asks for your password once, the first time: type it and let it remember it.</source>
        <translation>It asks for your password once, the first time: type it and let it remember it.</translation>
    </message>
    <message>
        <source>The program could not be started from here. Start it as you usually do.</source>
        <translation>The program could not be started from here. Start it as you usually do.</translation>
    </message>
    <message>
        <source>Outlook, step by step</source>
        <translation>Outlook, step by step</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Saved: {file}</translation>
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
        <translation>Under “{main}” you can choose “{dutch}”; the menus are then called “{preferences}” and “{mail}”.</translation>
    </message>
    <message>
        <source>Under “{main}” you can choose another language.</source>
        <translation>Under “{main}” you can choose another language.</translation>
    </message>
    <message>
        <source>Vacation message or forwarding for my mailbox {email}</source>
        <translation>Vacation message or forwarding for my mailbox {email}</translation>
    </message>
    <message>
        <source>Hello,

Could you set up a vacation message or forwarding for my all2all mailbox?

E-mail address: {email}
Username: {username}

What I would like:


Thank you,
{name}</source>
        <translation>Hello,

Could you set up a vacation message or forwarding for my all2all mailbox?

E-mail address: {email}
Username: {username}

What I would like:


Thank you,
{name}</translation>
    </message>
    <message>
        <source>The sheet could not be saved. Check that your Documents folder exists.</source>
        <translation>The sheet could not be saved. Check that your Documents folder exists.</translation>
    </message>
    <message>
        <source>Saved as “{file}” in “{folder}”.</source>
        <translation>Saved as “{file}” in “{folder}”.</translation>
    </message>
    <message>
        <source>Remove the account from {client} again…</source>
        <translation>Remove the account from {client} again…</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Your settings</translation>
    </message>
    <message>
        <source>Check your settings. You can go back to change any of them.</source>
        <translation>Check your settings. You can go back to change any of them.</translation>
    </message>
    <message>
        <source>Not everything could be set up</source>
        <translation>Not everything could be set up</translation>
    </message>
    <message>
        <source>Below: what happened, and what you can do.</source>
        <translation>Below: what happened, and what you can do.</translation>
    </message>
    <message>
        <source>Done: your settings are saved</source>
        <translation>Done: your settings are saved</translation>
    </message>
    <message>
        <source>Add your account in your mail program with the settings below.</source>
        <translation>Add your account in your mail program with the settings below.</translation>
    </message>
    <message>
        <source>Almost done: add the account in your mail program</source>
        <translation>Almost done: add the account in your mail program</translation>
    </message>
    <message>
        <source>Your account works. The settings below are all you need.</source>
        <translation>Your account works. The settings below are all you need.</translation>
    </message>
    <message>
        <source>Done: your mail is ready</source>
        <translation>Done: your mail is ready</translation>
    </message>
    <message>
        <source>Your all2all account is set up and tested.</source>
        <translation>Your all2all account is set up and tested.</translation>
    </message>
    <message>
        <source>Almost done: one thing is left for you</source>
        <translation>Almost done: one thing is left for you</translation>
    </message>
    <message>
        <source>Your account is tested. Below: the last step.</source>
        <translation>Your account is tested. Below: the last step.</translation>
    </message>
    <message>
        <source>Your mailbox holds {quota} MB. Empty the trash now and then: deleted messages stay on the server until you do. A message can be at most {size} MB.</source>
        <translation>Your mailbox holds {quota} MB. Empty the trash now and then: deleted messages stay on the server until you do. A message can be at most {size} MB.</translation>
    </message>
    <message>
        <source>A vacation message or forwarding is set up by your administrator, the person who gave you your username.</source>
        <translation>A vacation message or forwarding is set up by your administrator, the person who gave you your username.</translation>
    </message>
    <message>
        <source>Settings for a &amp;phone or another program</source>
        <translation>Settings for a &amp;phone or another program</translation>
    </message>
    <message>
        <source>Settings for a phone or another program</source>
        <translation>Settings for a phone or another program</translation>
    </message>
    <message>
        <source>Add an account of the type {kind} and type these values. Copy each one with its button.</source>
        <translation>Add an account of the type {kind} and type these values. Copy each one with its button.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>Show the steps</translation>
    </message>
    <message>
        <source>Open {client}</source>
        <translation>Open {client}</translation>
    </message>
    <message>
        <source>Webmail: read your mail in a web browser at {url}. Log in with your username and password and choose the server “{server}”. The webmail is in English at first: open “{preferences}”, then “{mail}”, and type your e-mail address exactly as you received it. It becomes the sender of the mail you send there.</source>
        <translation>Webmail: read your mail in a web browser at {url}. Log in with your username and password and choose the server “{server}”. The webmail is in English at first: open “{preferences}”, then “{mail}”, and type your e-mail address exactly as you received it. It becomes the sender of the mail you send there.</translation>
    </message>
    <message>
        <source>Save the settings &amp;sheet to print (PDF)</source>
        <translation>Save the settings &amp;sheet to print (PDF)</translation>
    </message>
    <message>
        <source>Saves every setting on one page in your Documents, without your password.</source>
        <translation>Saves every setting on one page in your Documents, without your password.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details for the helpdesk</source>
        <translation>Details for the helpdesk</translation>
    </message>
    <message>
        <source>Open &amp;webmail</source>
        <translation>Open &amp;webmail</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Write to my &amp;administrator</source>
        <translation>Write to my &amp;administrator</translation>
    </message>
    <message>
        <source>Opens a new message to your administrator in your mail program.</source>
        <translation>Opens a new message to your administrator in your mail program.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The assistant cannot start because one of its files is damaged. Please install it again, or ask your administrator for help.</source>
        <translation>The assistant cannot start because one of its files is damaged. Please install it again, or ask your administrator for help.</translation>
    </message>
    <message>
        <source>Something went wrong in the assistant. Please try again. If it happens again, send this file to your administrator: {file}</source>
        <translation>Something went wrong in the assistant. Please try again. If it happens again, send this file to your administrator: {file}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <source>{client} is not set up for your user account on this computer.</source>
        <translation>{client} is not set up for your user account on this computer.</translation>
    </message>
    <message>
        <source>The {client} profile folder no longer exists.</source>
        <translation>The {client} profile folder no longer exists.</translation>
    </message>
    <message>
        <source>{client} is open. It overwrites its settings when it closes, so they cannot be changed while it runs.</source>
        <translation>{client} is open. It overwrites its settings when it closes, so they cannot be changed while it runs.</translation>
    </message>
    <message>
        <source>The list of {client} profiles is damaged and cannot be read.</source>
        <translation>The list of {client} profiles is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>A settings file of {client} cannot be read.</source>
        <translation>A settings file of {client} cannot be read.</translation>
    </message>
    <message>
        <source>The {client} settings folder cannot be written to.</source>
        <translation>The {client} settings folder cannot be written to.</translation>
    </message>
    <message>
        <source>The disk is full: the {client} settings could not be saved.</source>
        <translation>The disk is full: the {client} settings could not be saved.</translation>
    </message>
    <message>
        <source>The {client} settings file is damaged. It was left exactly as it was.</source>
        <translation>The {client} settings file is damaged. It was left exactly as it was.</translation>
    </message>
    <message>
        <source>The {client} settings changed while the assistant was working. Nothing was written.</source>
        <translation>The {client} settings changed while the assistant was working. Nothing was written.</translation>
    </message>
    <message>
        <source>The outgoing server you chose to share no longer exists in {client}.</source>
        <translation>The outgoing server you chose to share no longer exists in {client}.</translation>
    </message>
    <message>
        <source>The {client} settings could not be written. The original file was kept.</source>
        <translation>The {client} settings could not be written. The original file was kept.</translation>
    </message>
    <message>
        <source>The {client} settings did not read back correctly after writing. The original file was put back.</source>
        <translation>The {client} settings did not read back correctly after writing. The original file was put back.</translation>
    </message>
    <message>
        <source>A file the assistant must write is a link to another place, made by someone else or pointing nowhere. To keep your files safe, nothing was written through it.</source>
        <translation>A file the assistant must write is a link to another place, made by someone else or pointing nowhere. To keep your files safe, nothing was written through it.</translation>
    </message>
    <message>
        <source>A settings file of {client} is far larger than a real one can be, so the assistant did not read it. It was left exactly as it was.</source>
        <translation>A settings file of {client} is far larger than a real one can be, so the assistant did not read it. It was left exactly as it was.</translation>
    </message>
    <message>
        <source>Add the account in {client} yourself with the settings shown at the end, or ask your administrator for help.</source>
        <translation>Add the account in {client} yourself with the settings shown at the end, or ask your administrator for help.</translation>
    </message>
    <message>
        <source>Press Retry. If it fails again: {help}</source>
        <translation>Press Retry. If it fails again: {help}</translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then press Retry.</source>
        <translation>Install {client}, or start it once and close it again, then press Retry.</translation>
    </message>
    <message>
        <source>Press Retry to look for the profiles again.</source>
        <translation>Press Retry to look for the profiles again.</translation>
    </message>
    <message>
        <source>Close {client}, then press Retry.</source>
        <translation>Close {client}, then press Retry.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then press Retry.</source>
        <translation>Free some space on the disk, then press Retry.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then press Retry.</source>
        <translation>Close {client} if it is open, then press Retry.</translation>
    </message>
    <message>
        <source>Press Retry, then choose the outgoing server again.</source>
        <translation>Press Retry, then choose the outgoing server again.</translation>
    </message>
    <message>
        <source>Add the account in {client} yourself, or ask your administrator for help.</source>
        <translation>Add the account in {client} yourself, or ask your administrator for help.</translation>
    </message>
    <message>
        <source>Run the command again. If it fails again: {help}</source>
        <translation>Run the command again. If it fails again: {help}</translation>
    </message>
    <message>
        <source>Install {client}, or start it once and close it again, then run the command again.</source>
        <translation>Install {client}, or start it once and close it again, then run the command again.</translation>
    </message>
    <message>
        <source>Run the command again, or give the profile folder with --profile (all2all-setup clients lists them).</source>
        <translation>Run the command again, or give the profile folder with --profile (all2all-setup clients lists them).</translation>
    </message>
    <message>
        <source>Close {client}, then run the command again.</source>
        <translation>Close {client}, then run the command again.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then run the command again.</source>
        <translation>Free some space on the disk, then run the command again.</translation>
    </message>
    <message>
        <source>Close {client} if it is open, then run the command again.</source>
        <translation>Close {client} if it is open, then run the command again.</translation>
    </message>
    <message>
        <source>Run the command again without --reuse-outgoing, or with a server that {client} still has.</source>
        <translation>Run the command again without --reuse-outgoing, or with a server that {client} still has.</translation>
    </message>
    <message>
        <source>Check who made that link and why (ls -l shows where it points), remove it, then run the command again; or give another folder.</source>
        <translation>Check who made that link and why (ls -l shows where it points), remove it, then run the command again; or give another folder.</translation>
    </message>
    <message>
        <source>The account was added to {client}.</source>
        <translation>The account was added to {client}.</translation>
    </message>
    <message>
        <source>The account already existed in {client}: its settings were brought up to date, without making a second copy.</source>
        <translation>The account already existed in {client}: its settings were brought up to date, without making a second copy.</translation>
    </message>
    <message>
        <source>The account was already set up exactly like this in {client}: nothing was changed.</source>
        <translation>The account was already set up exactly like this in {client}: nothing was changed.</translation>
    </message>
    <message>
        <source>The settings for {client} were saved in this file: {file}</source>
        <translation>The settings for {client} were saved in this file: {file}</translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. Follow the steps below: every value can be copied with one click.</source>
        <translation>{client} does not let other programs add accounts. Follow the steps below: every value can be copied with one click.</translation>
    </message>
    <message>
        <source>{client} opened and adds your account as a new profile “{profile}”. If {client} asks which profile to use, choose that one. If it does not work, follow the steps below.</source>
        <translation>{client} opened and adds your account as a new profile “{profile}”. If {client} asks which profile to use, choose that one. If it does not work, follow the steps below.</translation>
    </message>
    <message>
        <source>The “Local Folders” of {client} are created as well.</source>
        <translation>The “Local Folders” of {client} are created as well.</translation>
    </message>
    <message>
        <source>Your account {email} will be added to the {client} profile “{profile}”.</source>
        <translation>Your account {email} will be added to the {client} profile “{profile}”.</translation>
    </message>
    <message>
        <source>Your account {email} already exists in the {client} profile “{profile}”: its settings will be brought up to date, without making a second copy.</source>
        <translation>Your account {email} already exists in the {client} profile “{profile}”: its settings will be brought up to date, without making a second copy.</translation>
    </message>
    <message>
        <source>Your account {email} is already set up exactly like this in the {client} profile “{profile}”: nothing will be written.</source>
        <translation>Your account {email} is already set up exactly like this in the {client} profile “{profile}”: nothing will be written.</translation>
    </message>
    <message>
        <source>macOS shows the notice “Profile downloaded”. Open System Settings (Apple menu, System Settings).</source>
        <translation>macOS shows the notice “Profile downloaded”. Open System Settings (Apple menu, System Settings).</translation>
    </message>
    <message>
        <source>Double-click the profile “{profile}”, click Install and confirm. Type the password of your Mac user account if asked.</source>
        <translation>Double-click the profile “{profile}”, click Install and confirm. Type the password of your Mac user account if asked.</translation>
    </message>
    <message>
        <source>If macOS asks for the password of the mail account, type your all2all password.</source>
        <translation>If macOS asks for the password of the mail account, type your all2all password.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>{client} cannot be set up with these settings (for example an outgoing server that needs another username and password). Nothing was written.</source>
        <translation>{client} cannot be set up with these settings (for example an outgoing server that needs another username and password). Nothing was written.</translation>
    </message>
    <message>
        <source>Ask your administrator to look at this link: whoever made it may have wanted to change another file.</source>
        <translation>Ask your administrator to look at this link: whoever made it may have wanted to change another file.</translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation>Needs your action</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>{client} will ask for your password once, the first time it starts after this. Type it then and let {client} remember it.</source>
        <translation>{client} will ask for your password once, the first time it starts after this. Type it then and let {client} remember it.</translation>
    </message>
    <message>
        <source>An outgoing server that was already set up in {client} is shared with this account.</source>
        <translation>An outgoing server that was already set up in {client} is shared with this account.</translation>
    </message>
    <message>
        <source>Your existing all2all outgoing server in {client} gets the right settings.</source>
        <translation>Your existing all2all outgoing server in {client} gets the right settings.</translation>
    </message>
    <message>
        <source>This becomes the main account of {client}.</source>
        <translation>This becomes the main account of {client}.</translation>
    </message>
    <message>
        <source>Another account in {client} has the same name, so the protocol is added to this one&apos;s name.</source>
        <translation>Another account in {client} has the same name, so the protocol is added to this one&apos;s name.</translation>
    </message>
    <message>
        <source>This username is also set up in {client} with the other protocol (IMAP or POP3). Both accounts will be there.</source>
        <translation>This username is also set up in {client} with the other protocol (IMAP or POP3). Both accounts will be there.</translation>
    </message>
    <message>
        <source>{client} is open now: close it before you press Set up.</source>
        <translation>{client} is open now: close it before you press Set up.</translation>
    </message>
    <message>
        <source>The {client} settings folder cannot be written to: setting up will fail.</source>
        <translation>The {client} settings folder cannot be written to: setting up will fail.</translation>
    </message>
    <message>
        <source>macOS adds the account to {client} only after you approve it in System Settings. The steps are shown at the end.</source>
        <translation>macOS adds the account to {client} only after you approve it in System Settings. The steps are shown at the end.</translation>
    </message>
    <message>
        <source>The file could not be opened for you: double-click it in the Downloads folder.</source>
        <translation>The file could not be opened for you: double-click it in the Downloads folder.</translation>
    </message>
    <message>
        <source>It replaces the file saved by an earlier run of the assistant.</source>
        <translation>It replaces the file saved by an earlier run of the assistant.</translation>
    </message>
    <message>
        <source>Your password was given to {client} through this computer&apos;s password safe: it will not ask for it.</source>
        <translation>Your password was given to {client} through this computer&apos;s password safe: it will not ask for it.</translation>
    </message>
    <message>
        <source>Your password could not be given to {client}, because this computer&apos;s password safe is not available.</source>
        <translation>Your password could not be given to {client}, because this computer&apos;s password safe is not available.</translation>
    </message>
    <message>
        <source>{client} does not let other programs add accounts. At the end, the assistant shows you step by step how to add your account {email} in {profile}, with a copy button for every value.</source>
        <translation>{client} does not let other programs add accounts. At the end, the assistant shows you step by step how to add your account {email} in {profile}, with a copy button for every value.</translation>
    </message>
    <message>
        <source>A settings profile for your account {email} will be saved in your Downloads folder and opened. You then approve it in System Settings.</source>
        <translation>A settings profile for your account {email} will be saved in your Downloads folder and opened. You then approve it in System Settings.</translation>
    </message>
    <message>
        <source>Create the file {file}</source>
        <translation>Create the file {file}</translation>
    </message>
    <message>
        <source>Keep a copy of {file}</source>
        <translation>Keep a copy of {file}</translation>
    </message>
    <message>
        <source>Add {key} = {new}</source>
        <translation>Add {key} = {new}</translation>
    </message>
    <message>
        <source>Change {key} from {old} to {new}</source>
        <translation>Change {key} from {old} to {new}</translation>
    </message>
    <message>
        <source>On macOS 15 and later, choose General, then Device Management. On macOS 13 and 14, choose Privacy &amp; Security, then Profiles at the bottom.</source>
        <translation>On macOS 15 and later, choose General, then Device Management. On macOS 13 and 14, choose Privacy &amp; Security, then Profiles at the bottom.</translation>
    </message>
    <message>
        <source>Open Mail: your all2all account is there.</source>
        <translation>Open Mail: your all2all account is there.</translation>
    </message>
    <message>
        <source>iPhone or iPad: send it the .mobileconfig file (with AirDrop or by mail) and open it there. Then, in Settings, tap “Profile Downloaded” and Install.</source>
        <translation>iPhone or iPad: send it the .mobileconfig file (with AirDrop or by mail) and open it there. Then, in Settings, tap “Profile Downloaded” and Install.</translation>
    </message>
    <message>
        <source>Android or another program: add an account by hand with the values below.</source>
        <translation>Android or another program: add an account by hand with the values below.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Setting up… A copy of each file is kept before it changes.</source>
        <translation>Setting up… A copy of each file is kept before it changes.</translation>
    </message>
    <message>
        <source>Not everything could be set up. See the message above.</source>
        <translation>Not everything could be set up. See the message above.</translation>
    </message>
    <message>
        <source>Set up your mail program</source>
        <translation>Set up your mail program</translation>
    </message>
    <message>
        <source>Nothing changes on this computer until you press Set up.</source>
        <translation>Nothing changes on this computer until you press Set up.</translation>
    </message>
    <message>
        <source>The assistant adds your all2all account to your mail program:</source>
        <translation>The assistant adds your all2all account to your mail program:</translation>
    </message>
    <message>
        <source>No mail program was found on this computer. all2all recommends {program}: it is free. Install it, start it once, then press Look again.</source>
        <translation>No mail program was found on this computer. all2all recommends {program}: it is free. Install it, start it once, then press Look again.</translation>
    </message>
    <message>
        <source>&amp;Download {program}</source>
        <translation>&amp;Download {program}</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Look again</translation>
    </message>
    <message>
        <source>Looks for the mail programs on this computer again.</source>
        <translation>Looks for the mail programs on this computer again.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Set up</translation>
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
        <translation>Space used in your mailbox</translation>
    </message>
    <message>
        <source>Your mailbox: {used} MB of {limit} MB used</source>
        <translation>Your mailbox: {used} MB of {limit} MB used</translation>
    </message>
    <message>
        <source>The outgoing server accepts messages up to {size} MB, attachments included. Larger messages will be refused.</source>
        <translation>The outgoing server accepts messages up to {size} MB, attachments included. Larger messages will be refused.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please fill in your name.</source>
        <translation>Please fill in your name.</translation>
    </message>
    <message>
        <source>Please fill in your e-mail address.</source>
        <translation>Please fill in your e-mail address.</translation>
    </message>
    <message>
        <source>Please fill in your username.</source>
        <translation>Please fill in your username.</translation>
    </message>
    <message>
        <source>Please fill in your password.</source>
        <translation>Please fill in your password.</translation>
    </message>
    <message>
        <source>Please fill in the name of the outgoing server.</source>
        <translation>Please fill in the name of the outgoing server.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <source>This is much longer than expected. Please check what you typed.</source>
        <translation>This is much longer than expected. Please check what you typed.</translation>
    </message>
    <message>
        <source>This contains invisible characters such as a line break or a tab. Please type it again instead of pasting it.</source>
        <translation>This contains invisible characters such as a line break or a tab. Please type it again instead of pasting it.</translation>
    </message>
    <message>
        <source>This must not contain spaces.</source>
        <translation>This must not contain spaces.</translation>
    </message>
    <message>
        <source>Please remove the space at the beginning or the end.</source>
        <translation>Please remove the space at the beginning or the end.</translation>
    </message>
    <message>
        <source>This is not a complete e-mail address. It looks like name@example.be: type it exactly as you received it from your administrator.</source>
        <translation>This is not a complete e-mail address. It looks like name@example.be: type it exactly as you received it from your administrator.</translation>
    </message>
    <message>
        <source>Your username is not your e-mail address. It is a short name such as user0001 that you received from your administrator.</source>
        <translation>Your username is not your e-mail address. It is a short name such as user0001 that you received from your administrator.</translation>
    </message>
    <message>
        <source>A username contains only letters, digits and the characters . _ - (for example user0001).</source>
        <translation>A username contains only letters, digits and the characters . _ - (for example user0001).</translation>
    </message>
    <message>
        <source>This is not a valid server name. It looks like smtp.example.be, optionally followed by a colon and a port number (smtp.example.be:25).</source>
        <translation>This is not a valid server name. It looks like smtp.example.be, optionally followed by a colon and a port number (smtp.example.be:25).</translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation>The port must be a number between 1 and 65535.</translation>
    </message>
    <message>
        <source>This server needs the username and password of a mailbox at that internet provider. The assistant cannot set up such a server. Choose all2all&apos;s outgoing server instead.</source>
        <translation>This server needs the username and password of a mailbox at that internet provider. The assistant cannot set up such a server. Choose all2all&apos;s outgoing server instead.</translation>
    </message>
    <message>
        <source>Please check this field.</source>
        <translation>Please check this field.</translation>
    </message>
</context>
<context>
    <name>OtherProgramsSection</name>
    <message>
        <source>Folder for the settings files</source>
        <translation>Folder for the settings files</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Choose a folder for the files.</translation>
    </message>
    <message>
        <source>your settings to print or keep (PDF)</source>
        <translation>your settings to print or keep (PDF)</translation>
    </message>
    <message>
        <source>sets up Mail on an iPhone, iPad or Mac</source>
        <translation>sets up Mail on an iPhone, iPad or Mac</translation>
    </message>
    <message>
        <source>the same settings in the standard format of mail programs, for your administrator</source>
        <translation>the same settings in the standard format of mail programs, for your administrator</translation>
    </message>
    <message>
        <source>“{name}” in your Documents</source>
        <translation>“{name}” in your Documents</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>These files will be saved in this folder:</source>
        <translation>These files will be saved in this folder:</translation>
    </message>
    <message>
        <source>• {file}: {purpose}</source>
        <translation>• {file}: {purpose}</translation>
    </message>
    <message>
        <source>(replaces the earlier file)</source>
        <translation>(replaces the earlier file)</translation>
    </message>
    <message>
        <source>&amp;Also save the settings for a phone, a tablet or another mail program</source>
        <translation>&amp;Also save the settings for a phone, a tablet or another mail program</translation>
    </message>
    <message>
        <source>A sheet to print with every setting, and files that set up a phone for you, in the folder {folder}. None of them contains your password.</source>
        <translation>A sheet to print with every setting, and files that set up a phone for you, in the folder {folder}. None of them contains your password.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of the files</source>
        <translation>Details of the files</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Save in &amp;folder:</translation>
    </message>
    <message>
        <source>The folder is made if it does not exist yet.</source>
        <translation>The folder is made if it does not exist yet.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choose another folder.</translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message>
        <source>How do you want to send your mail?</source>
        <translation>How do you want to send your mail?</translation>
    </message>
    <message>
        <source>Choose the server that delivers the messages you send.</source>
        <translation>Choose the server that delivers the messages you send.</translation>
    </message>
    <message>
        <source>&amp;all2all&apos;s outgoing server (recommended)</source>
        <translation>&amp;all2all&apos;s outgoing server (recommended)</translation>
    </message>
    <message>
        <source>My &amp;internet provider&apos;s outgoing server</source>
        <translation>My &amp;internet provider&apos;s outgoing server</translation>
    </message>
    <message>
        <source>Needs no password, but only works while this computer is connected through that internet provider, for example at home. Elsewhere, sending fails.</source>
        <translation>Needs no password, but only works while this computer is connected through that internet provider, for example at home. Elsewhere, sending fails.</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Look again</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details of the search</source>
        <translation>Details of the search</translation>
    </message>
    <message>
        <source>{isp}: {server}</source>
        <translation>{isp}: {server}</translation>
    </message>
    <message>
        <source>{relay} — answers from here</source>
        <translation>{relay} — answers from here</translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation>Another server…</translation>
    </message>
    <message>
        <source>Internet &amp;provider:</source>
        <translation>Internet &amp;provider:</translation>
    </message>
    <message>
        <source>Checking which internet provider&apos;s outgoing server answers from here…</source>
        <translation>Checking which internet provider&apos;s outgoing server answers from here…</translation>
    </message>
    <message>
        <source>Works on almost every network: at home, at work, on a hotel Wi-Fi or through your phone. Uses your all2all username and password over a secure connection.</source>
        <translation>Works on almost every network: at home, at work, on a hotel Wi-Fi or through your phone. Uses your all2all username and password over a secure connection.</translation>
    </message>
    <message>
        <source>The company that brings the internet into your home.</source>
        <translation>The company that brings the internet into your home.</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Internet provider</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>The name your internet provider gives for its outgoing server, for example smtp.example.be or smtp.example.be:25. Their support can tell you.</source>
        <translation>The name your internet provider gives for its outgoing server, for example smtp.example.be or smtp.example.be:25. Their support can tell you.</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Outgoing server</translation>
    </message>
    <message>
        <source>Some receivers treat mail from an all2all address sent through another provider&apos;s server as spam. all2all&apos;s own server avoids that.</source>
        <translation>Some receivers treat mail from an all2all address sent through another provider&apos;s server as spam. all2all&apos;s own server avoids that.</translation>
    </message>
    <message>
        <source>Asks the internet providers&apos; outgoing servers again which one answers from here.</source>
        <translation>Asks the internet providers&apos; outgoing servers again which one answers from here.</translation>
    </message>
</context>
<context>
    <name>OutlookGuide</name>
    <message>
        <source>In Outlook (classic), follow these steps:</source>
        <translation>In Outlook (classic), follow these steps:</translation>
    </message>
    <message>
        <source>In the new Outlook, follow these steps:</source>
        <translation>In the new Outlook, follow these steps:</translation>
    </message>
    <message>
        <source>This account cannot be set up in Outlook by hand: a username is missing.</source>
        <translation>This account cannot be set up in Outlook by hand: a username is missing.</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous steps</source>
        <translation>&lt; &amp;Previous steps</translation>
    </message>
    <message>
        <source>&amp;Next steps &gt;</source>
        <translation>&amp;Next steps &gt;</translation>
    </message>
    <message>
        <source>Steps {first} to {last} of {count}</source>
        <translation>Steps {first} to {last} of {count}</translation>
    </message>
    <message>
        <source>Open Outlook. Click File, then Add Account. (When Outlook starts for the first time, this window opens by itself.)</source>
        <translation>Open Outlook. Click File, then Add Account. (When Outlook starts for the first time, this window opens by itself.)</translation>
    </message>
    <message>
        <source>Open the new Outlook. Click Settings (the gear), then Accounts, then Add account. (When it starts for the first time, this window opens by itself.)</source>
        <translation>Open the new Outlook. Click Settings (the gear), then Accounts, then Add account. (When it starts for the first time, this window opens by itself.)</translation>
    </message>
    <message>
        <source>Type your e-mail address.</source>
        <translation>Type your e-mail address.</translation>
    </message>
    <message>
        <source>Type your e-mail address and click Continue.</source>
        <translation>Type your e-mail address and click Continue.</translation>
    </message>
    <message>
        <source>Click Advanced options, tick “Let me set up my account manually” and click Connect.</source>
        <translation>Click Advanced options, tick “Let me set up my account manually” and click Connect.</translation>
    </message>
    <message>
        <source>Choose this type of account:</source>
        <translation>Choose this type of account:</translation>
    </message>
    <message>
        <source>Type your password and click Connect.</source>
        <translation>Type your password and click Connect.</translation>
    </message>
    <message>
        <source>Type your password, then click “Show more”.</source>
        <translation>Type your password, then click “Show more”.</translation>
    </message>
    <message>
        <source>Fill in the part “Incoming mail”:</source>
        <translation>Fill in the part “Incoming mail”:</translation>
    </message>
    <message>
        <source>Fill in the incoming server:</source>
        <translation>Fill in the incoming server:</translation>
    </message>
    <message>
        <source>Fill in the part “Outgoing mail”, then click Next:</source>
        <translation>Fill in the part “Outgoing mail”, then click Next:</translation>
    </message>
    <message>
        <source>Fill in the outgoing server (SMTP); leave its password empty, Outlook uses the one you typed. Then click Continue:</source>
        <translation>Fill in the outgoing server (SMTP); leave its password empty, Outlook uses the one you typed. Then click Continue:</translation>
    </message>
    <message>
        <source>If Outlook then shows a small window asking for a user name, type this user name there and your password again:</source>
        <translation>If Outlook then shows a small window asking for a user name, type this user name there and your password again:</translation>
    </message>
    <message>
        <source>When the account has been added, click File, Account Settings, then Server Settings, and check these settings:</source>
        <translation>When the account has been added, click File, Account Settings, then Server Settings, and check these settings:</translation>
    </message>
    <message>
        <source>In the account&apos;s settings (More Settings, tab Advanced), set how long a copy of your mail stays on the server:</source>
        <translation>In the account&apos;s settings (More Settings, tab Advanced), set how long a copy of your mail stays on the server:</translation>
    </message>
    <message>
        <source>In the account&apos;s settings, set how long a copy of your mail stays on the server:</source>
        <translation>In the account&apos;s settings, set how long a copy of your mail stays on the server:</translation>
    </message>
    <message>
        <source>If Outlook asks for your name (the name people see), type:</source>
        <translation>If Outlook asks for your name (the name people see), type:</translation>
    </message>
    <message>
        <source>Click Done. Then send yourself a test message to check that all works.</source>
        <translation>Click Done. Then send yourself a test message to check that all works.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Account type</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
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
        <translation>Encryption method</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <translation>Secure connection type</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <translation>Require logon using Secure Password Authentication (SPA)</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <translation>My outgoing server (SMTP) requires authentication</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <translation>Use same settings as my incoming mail server</translation>
    </message>
    <message>
        <source>Leave a copy of messages on the server</source>
        <translation>Leave a copy of messages on the server</translation>
    </message>
    <message>
        <source>Remove from server after (days)</source>
        <translation>Remove from server after (days)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>On (ticked)</source>
        <translation>On (ticked)</translation>
    </message>
    <message>
        <source>Off (not ticked)</source>
        <translation>Off (not ticked)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
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
        <translation>None</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>{security}, normal password</source>
        <translation>{security}, normal password</translation>
    </message>
    <message>
        <source>{security}, no password</source>
        <translation>{security}, no password</translation>
    </message>
    <message>
        <source>Incoming server ({protocol})</source>
        <translation>Incoming server ({protocol})</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP)</source>
        <translation>Outgoing server (SMTP)</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>The password is your all2all password; the assistant never shows it.</source>
        <translation>The password is your all2all password; the assistant never shows it.</translation>
    </message>
    <message numerus="yes">
        <source>Yes, %n day(s)</source>
        <translation>
            <numerusform>Yes, %n day</numerusform>
            <numerusform>Yes, %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Leave a copy on the server</source>
        <translation>Leave a copy on the server</translation>
    </message>
</context>
<context>
    <name>PresetMessages</name>
    <message>
        <source>The assistant cannot start: the settings file prepared by your IT department contains a mistake. Please pass the message below on to your IT department.</source>
        <translation>The assistant cannot start: the settings file prepared by your IT department contains a mistake. Please pass the message below on to your IT department.</translation>
    </message>
    <message>
        <source>File {file}, line {line}, key {key}:</source>
        <translation>File {file}, line {line}, key {key}:</translation>
    </message>
    <message>
        <source>File {file}, line {line}:</source>
        <translation>File {file}, line {line}:</translation>
    </message>
    <message>
        <source>File {file}, key {key}:</source>
        <translation>File {file}, key {key}:</translation>
    </message>
    <message>
        <source>File {file}:</source>
        <translation>File {file}:</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}). Check that it exists and that every user may read it.</source>
        <translation>The file cannot be read ({reason}). Check that it exists and that every user may read it.</translation>
    </message>
    <message>
        <source>A preset has no such key. Check its spelling against the documented example.</source>
        <translation>A preset has no such key. Check its spelling against the documented example.</translation>
    </message>
    <message>
        <source>This key is missing: every extra outgoing server needs all of its keys.</source>
        <translation>This key is missing: every extra outgoing server needs all of its keys.</translation>
    </message>
    <message>
        <source>This must be {kind}.</source>
        <translation>This must be {kind}.</translation>
    </message>
    <message>
        <source>This file is far larger than a preset can be (more than {size} KB), so it was not read. A preset is a short text file: check that the right file is used.</source>
        <translation>This file is far larger than a preset can be (more than {size} KB), so it was not read. A preset is a short text file: check that the right file is used.</translation>
    </message>
    <message>
        <source>The preset locks this setting, so the command line cannot change it to {value}. Leave that option out or change the preset.</source>
        <translation>The preset locks this setting, so the command line cannot change it to {value}. Leave that option out or change the preset.</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text. Save it again with the UTF-8 encoding.</source>
        <translation>The file is not saved as UTF-8 text. Save it again with the UTF-8 encoding.</translation>
    </message>
    <message>
        <source>This is not valid TOML. Check the quotes, brackets and equals signs on this line and the one before.</source>
        <translation>This is not valid TOML. Check the quotes, brackets and equals signs on this line and the one before.</translation>
    </message>
    <message>
        <source>a table (a [section])</source>
        <translation>a table (a [section])</translation>
    </message>
    <message>
        <source>text between quotes</source>
        <translation>text between quotes</translation>
    </message>
    <message>
        <source>a whole number without quotes</source>
        <translation>a whole number without quotes</translation>
    </message>
    <message>
        <source>true or false, without quotes</source>
        <translation>true or false, without quotes</translation>
    </message>
    <message>
        <source>a list between square brackets</source>
        <translation>a list between square brackets</translation>
    </message>
    <message>
        <source>a list of sections written as [[...]]</source>
        <translation>a list of sections written as [[...]]</translation>
    </message>
    <message>
        <source>This value is out of range ({detail}).</source>
        <translation>This value is out of range ({detail}).</translation>
    </message>
    <message>
        <source>The value must be {minimum}.</source>
        <translation>The value must be {minimum}.</translation>
    </message>
    <message>
        <source>The value must be between {minimum} and {maximum}.</source>
        <translation>The value must be between {minimum} and {maximum}.</translation>
    </message>
    <message>
        <source>The port must be a number between {minimum} and {maximum}.</source>
        <translation>The port must be a number between {minimum} and {maximum}.</translation>
    </message>
    <message>
        <source>This value is not allowed. Possible values: {values}.</source>
        <translation>This value is not allowed. Possible values: {values}.</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>This must not be empty.</translation>
    </message>
    <message>
        <source>This value appears more than once.</source>
        <translation>This value appears more than once.</translation>
    </message>
    <message>
        <source>A locked setting needs its value under [defaults].</source>
        <translation>A locked setting needs its value under [defaults].</translation>
    </message>
    <message>
        <source>This id cannot be used: write it with letters, digits and hyphens only, and do not use all2all.</source>
        <translation>This id cannot be used: write it with letters, digits and hyphens only, and do not use all2all.</translation>
    </message>
    <message>
        <source>No outgoing server has this id. Check the spelling, or add the server under [[provider.relays]].</source>
        <translation>No outgoing server has this id. Check the spelling, or add the server under [[provider.relays]].</translation>
    </message>
    <message>
        <source>This outgoing server needs a username of its own, which the assistant cannot ask for. Choose another one.</source>
        <translation>This outgoing server needs a username of its own, which the assistant cannot ask for. Choose another one.</translation>
    </message>
    <message>
        <source>This is not a valid server name.</source>
        <translation>This is not a valid server name.</translation>
    </message>
    <message>
        <source>This is not a plain e-mail address such as name@example.be.</source>
        <translation>This is not a plain e-mail address such as name@example.be.</translation>
    </message>
    <message>
        <source>This must not contain spaces.</source>
        <translation>This must not contain spaces.</translation>
    </message>
    <message>
        <source>This must not start or end with a space.</source>
        <translation>This must not start or end with a space.</translation>
    </message>
    <message>
        <source>This contains invisible characters such as a tab or a line break.</source>
        <translation>This contains invisible characters such as a tab or a line break.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>This value cannot be used.</translation>
    </message>
    <message>
        <source>This value cannot be used ({detail}).</source>
        <translation>This value cannot be used ({detail}).</translation>
    </message>
    <message>
        <source>Set by your IT department: the greyed-out choices cannot be changed here.</source>
        <translation>Set by your IT department: the greyed-out choices cannot be changed here.</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>Set by your IT department.</translation>
    </message>
</context>
<context>
    <name>ProbeMessages</name>
    <message>
        <source>Receiving mail</source>
        <translation>Receiving mail</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>Sending mail</translation>
    </message>
    <message>
        <source>Finding the server</source>
        <translation>Finding the server</translation>
    </message>
    <message>
        <source>Reaching the server</source>
        <translation>Reaching the server</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Secure connection</translation>
    </message>
    <message>
        <source>Server&apos;s welcome</source>
        <translation>Server&apos;s welcome</translation>
    </message>
    <message>
        <source>What the server offers</source>
        <translation>What the server offers</translation>
    </message>
    <message>
        <source>Largest message accepted</source>
        <translation>Largest message accepted</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Username and password</translation>
    </message>
    <message>
        <source>Space in your mailbox</source>
        <translation>Space in your mailbox</translation>
    </message>
    <message>
        <source>Your folders</source>
        <translation>Your folders</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Messages waiting</translation>
    </message>
    <message>
        <source>Keeping a copy on the server</source>
        <translation>Keeping a copy on the server</translation>
    </message>
    <message>
        <source>Closing the connection</source>
        <translation>Closing the connection</translation>
    </message>
    <message>
        <source>The test as a whole</source>
        <translation>The test as a whole</translation>
    </message>
    <message>
        <source>This computer cannot find the server {host} on the internet.</source>
        <translation>This computer cannot find the server {host} on the internet.</translation>
    </message>
    <message>
        <source>The server {host} refused the connection on port {port}.</source>
        <translation>The server {host} refused the connection on port {port}.</translation>
    </message>
    <message>
        <source>The server {host} does not answer on port {port}: this network blocks that connection.</source>
        <translation>The server {host} does not answer on port {port}: this network blocks that connection.</translation>
    </message>
    <message>
        <source>Choose another outgoing server with the button below, or try another network, for example your phone&apos;s connection.</source>
        <translation>Choose another outgoing server with the button below, or try another network, for example your phone&apos;s connection.</translation>
    </message>
    <message>
        <source>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Go back and choose all2all&apos;s outgoing server, which works on almost every network.</source>
        <translation>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Go back and choose all2all&apos;s outgoing server, which works on almost every network.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, open Details, copy the report and send it to the helpdesk.</source>
        <translation>Try again in a few minutes. If it keeps happening, open Details, copy the report and send it to the helpdesk.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so this connection is not safe: your password could be read by others.</source>
        <translation>The server&apos;s certificate is not trusted, so this connection is not safe: your password could be read by others.</translation>
    </message>
    <message>
        <source>Watching your inbox</source>
        <translation>Watching your inbox</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Sending the test message</translation>
    </message>
    <message>
        <source>The test message arriving</source>
        <translation>The test message arriving</translation>
    </message>
    <message>
        <source>Deleting the test message</source>
        <translation>Deleting the test message</translation>
    </message>
    <message>
        <source>The server answered with a certificate for another name than {host}. The connection may be intercepted.</source>
        <translation>The server answered with a certificate for another name than {host}. The connection may be intercepted.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet.</source>
        <translation>The server&apos;s certificate has expired or is not valid yet.</translation>
    </message>
    <message>
        <source>A secure connection with {host} could not be set up.</source>
        <translation>A secure connection with {host} could not be set up.</translation>
    </message>
    <message>
        <source>The server does not accept this username and password.</source>
        <translation>The server does not accept this username and password.</translation>
    </message>
    <message>
        <source>The server answered with an error or closed the connection.</source>
        <translation>The server answered with an error or closed the connection.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>The server stopped answering.</translation>
    </message>
    <message>
        <source>The server took too long to check the username and password. Servers do this on purpose after a few wrong passwords, to stop people who try to guess them.</source>
        <translation>The server took too long to check the username and password. Servers do this on purpose after a few wrong passwords, to stop people who try to guess them.</translation>
    </message>
    <message>
        <source>The answer did not come from a mail server.</source>
        <translation>The answer did not come from a mail server.</translation>
    </message>
    <message>
        <source>Your mailbox is almost full.</source>
        <translation>Your mailbox is almost full.</translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation>You stopped the test.</translation>
    </message>
    <message>
        <source>Your username or password contains characters that cannot be sent to the server. Nothing was sent.</source>
        <translation>Your username or password contains characters that cannot be sent to the server. Nothing was sent.</translation>
    </message>
    <message>
        <source>The outgoing server {host} refused to pass the test message on: it does not send mail for this connection.</source>
        <translation>The outgoing server {host} refused to pass the test message on: it does not send mail for this connection.</translation>
    </message>
    <message>
        <source>The outgoing server {host} does not accept your e-mail address as the sender.</source>
        <translation>The outgoing server {host} does not accept your e-mail address as the sender.</translation>
    </message>
    <message>
        <source>The server does not accept your own e-mail address as the recipient: for the server, that mailbox does not exist.</source>
        <translation>The server does not accept your own e-mail address as the recipient: for the server, that mailbox does not exist.</translation>
    </message>
    <message>
        <source>The outgoing server {host} refused the test message as too large.</source>
        <translation>The outgoing server {host} refused the test message as too large.</translation>
    </message>
    <message>
        <source>Your mailbox is full: the server cannot accept new mail.</source>
        <translation>Your mailbox is full: the server cannot accept new mail.</translation>
    </message>
    <message>
        <source>Sending worked, but the test message has not arrived in your inbox yet. This is not a fault of the set-up.</source>
        <translation>Sending worked, but the test message has not arrived in your inbox yet. This is not a fault of the set-up.</translation>
    </message>
    <message>
        <source>Check the name of your internet provider&apos;s outgoing server, or go back and choose all2all&apos;s outgoing server.</source>
        <translation>Check the name of your internet provider&apos;s outgoing server, or go back and choose all2all&apos;s outgoing server.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a website, then press Test again.</source>
        <translation>Check that this computer is connected to the internet, for example by opening a website, then press Test again.</translation>
    </message>
    <message>
        <source>The server may be down for maintenance. Try again in a few minutes; if it keeps happening, contact your administrator.</source>
        <translation>The server may be down for maintenance. Try again in a few minutes; if it keeps happening, contact your administrator.</translation>
    </message>
    <message>
        <source>Try another network, for example your phone&apos;s connection, or ask whoever manages this network to allow port {port}.</source>
        <translation>Try another network, for example your phone&apos;s connection, or ask whoever manages this network to allow port {port}.</translation>
    </message>
    <message>
        <source>Some networks (at work, in a hotel) and some antivirus programs inspect secure connections. Try another network, for example your home connection or your phone&apos;s. Do not type your password on this network.</source>
        <translation>Some networks (at work, in a hotel) and some antivirus programs inspect secure connections. Try another network, for example your home connection or your phone&apos;s. Do not type your password on this network.</translation>
    </message>
    <message>
        <source>Try another network. If it keeps happening, contact your administrator.</source>
        <translation>Try another network. If it keeps happening, contact your administrator.</translation>
    </message>
    <message>
        <source>Check that the date and time of this computer are right. If they are, contact your administrator.</source>
        <translation>Check that the date and time of this computer are right. If they are, contact your administrator.</translation>
    </message>
    <message>
        <source>Press Test again. If it keeps happening, try another network or contact your administrator.</source>
        <translation>Press Test again. If it keeps happening, try another network or contact your administrator.</translation>
    </message>
    <message>
        <source>Go back and check your username (the short name such as user0001, not your e-mail address) and your password, capital letters included. If both are right, ask your administrator.</source>
        <translation>Go back and check your username (the short name such as user0001, not your e-mail address) and your password, capital letters included. If both are right, ask your administrator.</translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Press Test again; if it keeps happening, try another network.</source>
        <translation>The connection may be slow or unstable. Press Test again; if it keeps happening, try another network.</translation>
    </message>
    <message>
        <source>Check your username and password first: every wrong try makes the server wait longer. Then wait a minute and press Test again.</source>
        <translation>Check your username and password first: every wrong try makes the server wait longer. Then wait a minute and press Test again.</translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then press Test again.</source>
        <translation>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then press Test again.</translation>
    </message>
    <message>
        <source>Empty the trash of your mail program and delete old messages with large attachments: deleted messages stay on the server until the trash is emptied.</source>
        <translation>Empty the trash of your mail program and delete old messages with large attachments: deleted messages stay on the server until the trash is emptied.</translation>
    </message>
    <message>
        <source>Press Test again to start the test once more.</source>
        <translation>Press Test again to start the test once more.</translation>
    </message>
    <message>
        <source>Go back and type your username and password again instead of pasting them.</source>
        <translation>Go back and type your username and password again instead of pasting them.</translation>
    </message>
    <message>
        <source>Go back and check your e-mail address: it must be exactly the one your administrator gave you. If it is, ask your administrator.</source>
        <translation>Go back and check your e-mail address: it must be exactly the one your administrator gave you. If it is, ask your administrator.</translation>
    </message>
    <message>
        <source>Go back and check your e-mail address for typing errors. If it is right, ask your administrator.</source>
        <translation>Go back and check your e-mail address for typing errors. If it is right, ask your administrator.</translation>
    </message>
    <message>
        <source>The server refuses even this very small test message, so its settings are unusual. Open Details, copy the report and send it to the helpdesk.</source>
        <translation>The server refuses even this very small test message, so its settings are unusual. Open Details, copy the report and send it to the helpdesk.</translation>
    </message>
    <message>
        <source>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on almost every network.</source>
        <translation>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on almost every network.</translation>
    </message>
    <message>
        <source>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on almost every network.</source>
        <translation>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Use all2all&apos;s outgoing server (--outgoing all2all), which works on almost every network.</translation>
    </message>
    <message>
        <source>The server refuses even this very small test message, so its settings are unusual. Run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation>The server refuses even this very small test message, so its settings are unusual. Run the command again with --helpdesk and send what it prints to the helpdesk.</translation>
    </message>
    <message>
        <source>Empty the trash in your mail program or in the webmail and delete old messages with large attachments. Then press Test again.</source>
        <translation>Empty the trash in your mail program or in the webmail and delete old messages with large attachments. Then press Test again.</translation>
    </message>
    <message>
        <source>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Go back and choose all2all&apos;s outgoing server, which works on almost every network.</source>
        <translation>An internet provider&apos;s outgoing server only sends mail for its own customers, on its own network. Go back and choose all2all&apos;s outgoing server, which works on almost every network.</translation>
    </message>
    <message>
        <source>Mail is sometimes a few minutes late: if the test message arrives later, you can delete it. If it has still not arrived in an hour, the address may belong to another mailbox or be forwarded elsewhere: ask your administrator.</source>
        <translation>Mail is sometimes a few minutes late: if the test message arrives later, you can delete it. If it has still not arrived in an hour, the address may belong to another mailbox or be forwarded elsewhere: ask your administrator.</translation>
    </message>
    <message>
        <source>Use your internet provider&apos;s outgoing server (--outgoing), which this network does not block. Or try another network, for example your phone&apos;s connection.</source>
        <translation>Use your internet provider&apos;s outgoing server (--outgoing), which this network does not block. Or try another network, for example your phone&apos;s connection.</translation>
    </message>
    <message>
        <source>Check the name of your internet provider&apos;s outgoing server, or use all2all&apos;s outgoing server (--outgoing all2all).</source>
        <translation>Check the name of your internet provider&apos;s outgoing server, or use all2all&apos;s outgoing server (--outgoing all2all).</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet, for example by opening a website, then run the command again.</source>
        <translation>Check that this computer is connected to the internet, for example by opening a website, then run the command again.</translation>
    </message>
    <message>
        <source>Run the command again. If it keeps happening, try another network or contact your administrator.</source>
        <translation>Run the command again. If it keeps happening, try another network or contact your administrator.</translation>
    </message>
    <message>
        <source>Check the username (the short name such as user0001, not the e-mail address) and the password, capital letters included. If both are right, ask your administrator.</source>
        <translation>Check the username (the short name such as user0001, not the e-mail address) and the password, capital letters included. If both are right, ask your administrator.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, run the command again with --helpdesk and send what it prints to the helpdesk.</source>
        <translation>Try again in a few minutes. If it keeps happening, run the command again with --helpdesk and send what it prints to the helpdesk.</translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Run the command again; if it keeps happening, try another network.</source>
        <translation>The connection may be slow or unstable. Run the command again; if it keeps happening, try another network.</translation>
    </message>
    <message>
        <source>Check the username and the password first: every wrong try makes the server wait longer. Then wait a minute and run the command again.</source>
        <translation>Check the username and the password first: every wrong try makes the server wait longer. Then wait a minute and run the command again.</translation>
    </message>
    <message>
        <source>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then run the command again.</source>
        <translation>Some networks, such as a hotel Wi-Fi, first show a page in the web browser. Open a website, follow what it asks, then run the command again.</translation>
    </message>
    <message>
        <source>Run the command again to start the test once more.</source>
        <translation>Run the command again to start the test once more.</translation>
    </message>
    <message>
        <source>Check the username and the password: they contain characters that cannot be sent to the server.</source>
        <translation>Check the username and the password: they contain characters that cannot be sent to the server.</translation>
    </message>
    <message>
        <source>Check the e-mail address (--email): it must be exactly the one the administrator gave. If it is, ask the administrator.</source>
        <translation>Check the e-mail address (--email): it must be exactly the one the administrator gave. If it is, ask the administrator.</translation>
    </message>
    <message>
        <source>Check the e-mail address (--email) for typing errors. If it is right, ask the administrator.</source>
        <translation>Check the e-mail address (--email) for typing errors. If it is right, ask the administrator.</translation>
    </message>
    <message>
        <source>Empty the trash in the mail program or the webmail and delete old messages with large attachments, then run the command again.</source>
        <translation>Empty the trash in the mail program or the webmail and delete old messages with large attachments, then run the command again.</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Without a copy on the server, new mail is removed from the server as soon as this computer downloads it. In webmail and on your other devices, messages then seem to vanish.</source>
        <translation>Without a copy on the server, new mail is removed from the server as soon as this computer downloads it. In webmail and on your other devices, messages then seem to vanish.</translation>
    </message>
    <message>
        <source>How do you want to receive your mail?</source>
        <translation>How do you want to receive your mail?</translation>
    </message>
    <message>
        <source>Choose where your messages are kept.</source>
        <translation>Choose where your messages are kept.</translation>
    </message>
    <message>
        <source>&amp;IMAP: keep my mail on the server (recommended)</source>
        <translation>&amp;IMAP: keep my mail on the server (recommended)</translation>
    </message>
    <message>
        <source>Your messages stay on the all2all server (Inbox, Sent, Trash). Your mail program shows them and keeps a copy of what you open. You see the same mail on your laptop, your phone and in webmail, and you can make sub-folders on the server to sort it. Keep an eye on the space: each mailbox has {quota} MB, so empty the trash regularly.</source>
        <translation>Your messages stay on the all2all server (Inbox, Sent, Trash). Your mail program shows them and keeps a copy of what you open. You see the same mail on your laptop, your phone and in webmail, and you can make sub-folders on the server to sort it. Keep an eye on the space: each mailbox has {quota} MB, so empty the trash regularly.</translation>
    </message>
    <message>
        <source>&amp;POP3: download my mail to this computer</source>
        <translation>&amp;POP3: download my mail to this computer</translation>
    </message>
    <message>
        <source>Your mail program downloads new messages to this computer. The server keeps them only as long as you choose below. Downloaded mail then exists only on this computer: if it breaks or is lost, that mail is lost too.</source>
        <translation>Your mail program downloads new messages to this computer. The server keeps them only as long as you choose below. Downloaded mail then exists only on this computer: if it breaks or is lost, that mail is lost too.</translation>
    </message>
    <message>
        <source>&amp;Keep a copy on the server for</source>
        <translation>&amp;Keep a copy on the server for</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Recommended. Webmail and your other devices still see new messages during these days; after that the copy on the server is removed so that your mailbox does not fill up.</source>
        <translation>Recommended. Webmail and your other devices still see new messages during these days; after that the copy on the server is removed so that your mailbox does not fill up.</translation>
    </message>
    <message>
        <source>Number of days to keep a copy on the server</source>
        <translation>Number of days to keep a copy on the server</translation>
    </message>
</context>
<context>
    <name>Relays</name>
    <message>
        <source>its name is unknown here</source>
        <translation>its name is unknown here</translation>
    </message>
    <message>
        <source>it refuses the connection</source>
        <translation>it refuses the connection</translation>
    </message>
    <message>
        <source>no answer: the port is blocked</source>
        <translation>no answer: the port is blocked</translation>
    </message>
    <message>
        <source>it does not answer in time</source>
        <translation>it does not answer in time</translation>
    </message>
    <message>
        <source>it does not serve this connection</source>
        <translation>it does not serve this connection</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>answers ({seconds})</source>
        <translation>answers ({seconds})</translation>
    </message>
    <message>
        <source>{isp} — {host}, port {port}: {status}</source>
        <translation>{isp} — {host}, port {port}: {status}</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>The search was stopped.</translation>
    </message>
    <message>
        <source>Your connection seems to be {isp}&apos;s: {host} answers from here.</source>
        <translation>Your connection seems to be {isp}&apos;s: {host} answers from here.</translation>
    </message>
    <message>
        <source>Servers of several internet providers answer from here, so this connection does not tell which one is yours. all2all&apos;s own outgoing server works on almost every network.</source>
        <translation>Servers of several internet providers answer from here, so this connection does not tell which one is yours. all2all&apos;s own outgoing server works on almost every network.</translation>
    </message>
    <message>
        <source>None of the internet providers&apos; outgoing servers answers from here. Use all2all&apos;s own outgoing server: it works on almost every network, with your all2all username and password.</source>
        <translation>None of the internet providers&apos; outgoing servers answers from here. Use all2all&apos;s own outgoing server: it works on almost every network, with your all2all username and password.</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>There are all2all accounts of several usernames here ({usernames}): give --username.</source>
        <translation>There are all2all accounts of several usernames here ({usernames}): give --username.</translation>
    </message>
    <message>
        <source>No all2all account was found in {client}.</source>
        <translation>No all2all account was found in {client}.</translation>
    </message>
    <message>
        <source>{client}: {profile}</source>
        <translation>{client}: {profile}</translation>
    </message>
    <message>
        <source>{client} ({profile}): this would be removed:</source>
        <translation>{client} ({profile}): this would be removed:</translation>
    </message>
    <message>
        <source>{client} ({profile}): removed:</source>
        <translation>{client} ({profile}): removed:</translation>
    </message>
    <message>
        <source>The outgoing server stays: another account sends through it.</source>
        <translation>The outgoing server stays: another account sends through it.</translation>
    </message>
    <message>
        <source>{client} no longer keeps the password.</source>
        <translation>{client} no longer keeps the password.</translation>
    </message>
    <message>
        <source>{client} keeps the password, because another account on the same server uses it.</source>
        <translation>{client} keeps the password, because another account on the same server uses it.</translation>
    </message>
    <message>
        <source>{client} had no saved password.</source>
        <translation>{client} had no saved password.</translation>
    </message>
    <message>
        <source>The password saved by {client} could not be removed.</source>
        <translation>The password saved by {client} could not be removed.</translation>
    </message>
    <message>
        <source>The password in this computer&apos;s password safe is removed.</source>
        <translation>The password in this computer&apos;s password safe is removed.</translation>
    </message>
    <message>
        <source>This computer&apos;s password safe had no password for it.</source>
        <translation>This computer&apos;s password safe had no password for it.</translation>
    </message>
    <message>
        <source>This computer&apos;s password safe could not be reached.</source>
        <translation>This computer&apos;s password safe could not be reached.</translation>
    </message>
    <message>
        <source>The all2all account {username} is removed from {client}. The mail it had downloaded stays on this computer.</source>
        <translation>The all2all account {username} is removed from {client}. The mail it had downloaded stays on this computer.</translation>
    </message>
    <message>
        <source>Close {client}, then try to remove the account once more.</source>
        <translation>Close {client}, then try to remove the account once more.</translation>
    </message>
    <message>
        <source>Try again. If it fails again, ask your administrator for help.</source>
        <translation>Try again. If it fails again, ask your administrator for help.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove the account</source>
        <translation>Remove the account</translation>
    </message>
    <message>
        <source>Remove the all2all account {account} from {client}?</source>
        <translation>Remove the all2all account {account} from {client}?</translation>
    </message>
    <message>
        <source>{client} then no longer fetches or sends mail for this account. The mail already downloaded stays on this computer, and your mailbox on the all2all server does not change. A copy of the settings is kept first.</source>
        <translation>{client} then no longer fetches or sends mail for this account. The mail already downloaded stays on this computer, and your mailbox on the all2all server does not change. A copy of the settings is kept first.</translation>
    </message>
    <message>
        <source>Also forget the saved &amp;password</source>
        <translation>Also forget the saved &amp;password</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>RoundTrip</name>
    <message>
        <source>all2all: test message</source>
        <translation>all2all: test message</translation>
    </message>
    <message>
        <source>This message was sent by the all2all setup assistant, to check that mail sent from this computer really arrives in your mailbox.

It is deleted again straight away. If you can still see it, you can delete it.</source>
        <translation>This message was sent by the all2all setup assistant, to check that mail sent from this computer really arrives in your mailbox.

It is deleted again straight away. If you can still see it, you can delete it.</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>arrived after {seconds}</source>
        <translation>arrived after {seconds}</translation>
    </message>
    <message>
        <source>stopped while waiting</source>
        <translation>stopped while waiting</translation>
    </message>
    <message>
        <source>not arrived yet</source>
        <translation>not arrived yet</translation>
    </message>
    <message>
        <source>deleted again</source>
        <translation>deleted again</translation>
    </message>
    <message>
        <source>still in your inbox</source>
        <translation>still in your inbox</translation>
    </message>
    <message>
        <source>Test message: sent once receiving and sending work.</source>
        <translation>Test message: sent once receiving and sending work.</translation>
    </message>
    <message>
        <source>Test message: not sent.</source>
        <translation>Test message: not sent.</translation>
    </message>
    <message>
        <source>deleting it again…</source>
        <translation>deleting it again…</translation>
    </message>
    <message>
        <source>waiting for it to arrive…</source>
        <translation>waiting for it to arrive…</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <source>Test message: {parts}</source>
        <translation>Test message: {parts}</translation>
    </message>
</context>
<context>
    <name>SettingsSheet</name>
    <message>
        <source>{provider} e-mail settings for {name}</source>
        <translation>{provider} e-mail settings for {name}</translation>
    </message>
    <message>
        <source>{provider} e-mail settings</source>
        <translation>{provider} e-mail settings</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>These are the settings your mail program or phone asks for when you add your {provider} mailbox. Type them exactly as they are written here.</source>
        <translation>These are the settings your mail program or phone asks for when you add your {provider} mailbox. Type them exactly as they are written here.</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>Made on {date}</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Incoming mail</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Outgoing mail (SMTP)</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Your administrator</source>
        <translation>Your administrator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
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
        <translation>Port</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Connection security</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentication method</translation>
    </message>
    <message>
        <source>Copy on the server</source>
        <translation>Copy on the server</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Internet provider</translation>
    </message>
    <message>
        <source>Mailbox size (quota)</source>
        <translation>Mailbox size (quota)</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Largest message</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Server to choose</source>
        <translation>Server to choose</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Normal password</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>No authentication</translation>
    </message>
    <message>
        <source>The password your administrator gave you (not printed here)</source>
        <translation>The password your administrator gave you (not printed here)</translation>
    </message>
    <message>
        <source>The same as for incoming mail</source>
        <translation>The same as for incoming mail</translation>
    </message>
    <message>
        <source>None: leave the username and password empty</source>
        <translation>None: leave the username and password empty</translation>
    </message>
    <message>
        <source>The password of your mailbox at your internet provider</source>
        <translation>The password of your mailbox at your internet provider</translation>
    </message>
    <message>
        <source>No: mail is removed from the server once downloaded</source>
        <translation>No: mail is removed from the server once downloaded</translation>
    </message>
    <message>
        <source>Yes, for 1 day</source>
        <translation>Yes, for 1 day</translation>
    </message>
    <message>
        <source>Yes, for {days} days</source>
        <translation>Yes, for {days} days</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>For your safety, your password is not on this sheet: use the one your administrator gave you.</source>
        <translation>For your safety, your password is not on this sheet: use the one your administrator gave you.</translation>
    </message>
    <message>
        <source>With IMAP your messages stay on the server, which has room for {size}. Empty the trash of your mail program regularly so that your mailbox does not fill up.</source>
        <translation>With IMAP your messages stay on the server, which has room for {size}. Empty the trash of your mail program regularly so that your mailbox does not fill up.</translation>
    </message>
    <message>
        <source>With POP3 your mail program downloads your messages to this computer; the server keeps a copy only for the days shown above. Copy your mail regularly to another place, such as an external disk.</source>
        <translation>With POP3 your mail program downloads your messages to this computer; the server keeps a copy only for the days shown above. Copy your mail regularly to another place, such as an external disk.</translation>
    </message>
    <message>
        <source>With POP3 your mail program removes your messages from the server once it has downloaded them: this computer then holds the only copy. Copy your mail regularly to another place, such as an external disk.</source>
        <translation>With POP3 your mail program removes your messages from the server once it has downloaded them: this computer then holds the only copy. Copy your mail regularly to another place, such as an external disk.</translation>
    </message>
    <message>
        <source>Webmail always uses IMAP: messages your mail program has already taken off the server with POP3 no longer show in webmail.</source>
        <translation>Webmail always uses IMAP: messages your mail program has already taken off the server with POP3 no longer show in webmail.</translation>
    </message>
    <message>
        <source>The outgoing server of {isp} only works while you are connected to the internet through {isp}. Elsewhere, for example with a laptop on the road, use the outgoing server of {provider}.</source>
        <translation>The outgoing server of {isp} only works while you are connected to the internet through {isp}. Elsewhere, for example with a laptop on the road, use the outgoing server of {provider}.</translation>
    </message>
    <message>
        <source>This outgoing server only works while you are connected to the internet through your own internet provider. Elsewhere, use the outgoing server of {provider}.</source>
        <translation>This outgoing server only works while you are connected to the internet through your own internet provider. Elsewhere, use the outgoing server of {provider}.</translation>
    </message>
    <message>
        <source>Your administrator is the person who gave you your username and password.</source>
        <translation>Your administrator is the person who gave you your username and password.</translation>
    </message>
    <message>
        <source>Ask your administrator for a new password, an automatic reply while you are away, or to forward your mail to another address.</source>
        <translation>Ask your administrator for a new password, an automatic reply while you are away, or to forward your mail to another address.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>all2all mail setup</source>
        <translation>all2all mail setup</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>Password strength: {level} (step {step} of {steps})</source>
        <translation>Password strength: {level} (step {step} of {steps})</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <source>It contains an invisible character, such as a tab or a line break. Type the password instead of pasting it.</source>
        <translation>It contains an invisible character, such as a tab or a line break. Type the password instead of pasting it.</translation>
    </message>
    <message>
        <source>No password has been typed yet.</source>
        <translation>No password has been typed yet.</translation>
    </message>
    <message>
        <source>It starts or ends with a space. Check that the space really belongs to your password: it is easy to paste one by mistake, and you cannot see it here.</source>
        <translation>It starts or ends with a space. Check that the space really belongs to your password: it is easy to paste one by mistake, and you cannot see it here.</translation>
    </message>
    <message>
        <source>It has fewer than {count} characters, the minimum for a good password.</source>
        <translation>It has fewer than {count} characters, the minimum for a good password.</translation>
    </message>
    <message>
        <source>It is one of the passwords people use most often: attackers try those first.</source>
        <translation>It is one of the passwords people use most often: attackers try those first.</translation>
    </message>
    <message>
        <source>It contains your name, your username, your e-mail address or the name of the mail server, which others can easily find out.</source>
        <translation>It contains your name, your username, your e-mail address or the name of the mail server, which others can easily find out.</translation>
    </message>
    <message>
        <source>It contains a word from the dictionary (Dutch, French, German or English), even if it is written backwards.</source>
        <translation>It contains a word from the dictionary (Dutch, French, German or English), even if it is written backwards.</translation>
    </message>
    <message>
        <source>It contains a common first name or surname.</source>
        <translation>It contains a common first name or surname.</translation>
    </message>
    <message>
        <source>It contains keys that sit next to each other on the keyboard, such as azerty or qsdf.</source>
        <translation>It contains keys that sit next to each other on the keyboard, such as azerty or qsdf.</translation>
    </message>
    <message>
        <source>It contains a simple series, such as abcd or 1234.</source>
        <translation>It contains a simple series, such as abcd or 1234.</translation>
    </message>
    <message>
        <source>It repeats characters or groups of characters, such as aaaa or abcabc.</source>
        <translation>It repeats characters or groups of characters, such as aaaa or abcabc.</translation>
    </message>
    <message>
        <source>It contains a year or a date, which is easy to guess.</source>
        <translation>It contains a year or a date, which is easy to guess.</translation>
    </message>
    <message>
        <source>Replacing letters by look-alikes (0 for o, @ for a, 3 for e) does not make a word harder to guess.</source>
        <translation>Replacing letters by look-alikes (0 for o, @ for a, 3 for e) does not make a word harder to guess.</translation>
    </message>
    <message>
        <source>A word followed by digits and a sign, such as Bonjour2024#, is one of the first things attackers try.</source>
        <translation>A word followed by digits and a sign, such as Bonjour2024#, is one of the first things attackers try.</translation>
    </message>
    <message>
        <source>It contains only digits. Mix letters and digits.</source>
        <translation>It contains only digits. Mix letters and digits.</translation>
    </message>
    <message>
        <source>It contains only letters. Mix letters and digits.</source>
        <translation>It contains only letters. Mix letters and digits.</translation>
    </message>
    <message>
        <source>It is too short to be safe. Make it longer, with random letters and digits.</source>
        <translation>It is too short to be safe. Make it longer, with random letters and digits.</translation>
    </message>
    <message>
        <source>A good password is not in a dictionary: it is made of random letters and digits and has at least {count} characters. A weak password can be guessed from a distance, over time, and then you can no longer be sure that you are the only one reading your mail. Do not hesitate to ask your administrator for a new password. You can still continue with this one.</source>
        <translation>A good password is not in a dictionary: it is made of random letters and digits and has at least {count} characters. A weak password can be guessed from a distance, over time, and then you can no longer be sure that you are the only one reading your mail. Do not hesitate to ask your administrator for a new password. You can still continue with this one.</translation>
    </message>
    <message>
        <source>The assistant did not keep your password: this computer has no password safe it can use.</source>
        <translation>The assistant did not keep your password: this computer has no password safe it can use.</translation>
    </message>
    <message>
        <source>This computer has no password safe that the assistant can use, so your password cannot be remembered. Everything else works as usual.</source>
        <translation>This computer has no password safe that the assistant can use, so your password cannot be remembered. Everything else works as usual.</translation>
    </message>
    <message>
        <source>The password safe of this computer is locked, so the assistant cannot use it. You can simply type your password.</source>
        <translation>The password safe of this computer is locked, so the assistant cannot use it. You can simply type your password.</translation>
    </message>
    <message>
        <source>The password safe of this computer did not answer, so the assistant cannot use it. You can simply type your password.</source>
        <translation>The password safe of this computer did not answer, so the assistant cannot use it. You can simply type your password.</translation>
    </message>
    <message>
        <source>Your password is saved in the password safe of this computer.</source>
        <translation>Your password is saved in the password safe of this computer.</translation>
    </message>
    <message>
        <source>The saved password has been removed from this computer.</source>
        <translation>The saved password has been removed from this computer.</translation>
    </message>
    <message>
        <source>There was no saved password to remove.</source>
        <translation>There was no saved password to remove.</translation>
    </message>
    <message>
        <source>A password for {username} is saved on this computer from an earlier setup. You can use it, or forget it.</source>
        <translation>A password for {username} is saved on this computer from an earlier setup. You can use it, or forget it.</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>Send a &amp;test message to myself</source>
        <translation>Send a &amp;test message to myself</translation>
    </message>
    <message>
        <source>Sends one short message to your own address, waits until it arrives and deletes it again.</source>
        <translation>Sends one short message to your own address, waits until it arrives and deletes it again.</translation>
    </message>
</context>
<context>
    <name>TestReport</name>
    <message>
        <source>For the helpdesk: this report shows what the test did and what the servers answered. It never contains your password.</source>
        <translation>For the helpdesk: this report shows what the test did and what the servers answered. It never contains your password.</translation>
    </message>
    <message>
        <source>Show my &amp;username in it</source>
        <translation>Show my &amp;username in it</translation>
    </message>
    <message>
        <source>Otherwise your username is partly hidden with stars.</source>
        <translation>Otherwise your username is partly hidden with stars.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copy the report</translation>
    </message>
    <message>
        <source>Copies the report, without your password, so that you can paste it.</source>
        <translation>Copies the report, without your password, so that you can paste it.</translation>
    </message>
    <message>
        <source>Copied. Paste the report into your e-mail to the helpdesk.</source>
        <translation>Copied. Paste the report into your e-mail to the helpdesk.</translation>
    </message>
</context>
<context>
    <name>Unattended</name>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>The account was not tested: no password was given. The mail programs ask for it at their first start.</source>
        <translation>The account was not tested: no password was given. The mail programs ask for it at their first start.</translation>
    </message>
    <message>
        <source>No mail program that the assistant can set up was found.</source>
        <translation>No mail program that the assistant can set up was found.</translation>
    </message>
    <message>
        <source>The password is saved in this computer&apos;s password safe.</source>
        <translation>The password is saved in this computer&apos;s password safe.</translation>
    </message>
    <message>
        <source>The password could not be saved in this computer&apos;s password safe ({reason}).</source>
        <translation>The password could not be saved in this computer&apos;s password safe ({reason}).</translation>
    </message>
    <message>
        <source>Log file: {file}</source>
        <translation>Log file: {file}</translation>
    </message>
    <message>
        <source>The account works: it can receive and send mail.</source>
        <translation>The account works: it can receive and send mail.</translation>
    </message>
    <message>
        <source>The account does not work: nothing was set up.</source>
        <translation>The account does not work: nothing was set up.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Recommended settings</source>
        <translation>Recommended settings</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Your settings</translation>
    </message>
    <message>
        <source>Your mail stays on the all2all server: you see the same mail on this computer, on your phone and in webmail.</source>
        <translation>Your mail stays on the all2all server: you see the same mail on this computer, on your phone and in webmail.</translation>
    </message>
    <message numerus="yes">
        <source>Your mail is downloaded to this computer. A copy stays on the server for %n day(s).</source>
        <translation>
            <numerusform>Your mail is downloaded to this computer. A copy stays on the server for %n day.</numerusform>
            <numerusform>Your mail is downloaded to this computer. A copy stays on the server for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mail is downloaded to this computer and removed from the server.</source>
        <translation>Your mail is downloaded to this computer and removed from the server.</translation>
    </message>
    <message>
        <source>Your mail is sent through all2all&apos;s own server, which works on almost every network.</source>
        <translation>Your mail is sent through all2all&apos;s own server, which works on almost every network.</translation>
    </message>
    <message>
        <source>Your mail is sent through your internet provider&apos;s server ({server}).</source>
        <translation>Your mail is sent through your internet provider&apos;s server ({server}).</translation>
    </message>
    <message>
        <source>Set up your all2all mail on this computer.</source>
        <translation>Set up your all2all mail on this computer.</translation>
    </message>
    <message>
        <source>This assistant tests your all2all account and adds it to your mail program. It takes about two minutes.</source>
        <translation>This assistant tests your all2all account and adds it to your mail program. It takes about two minutes.</translation>
    </message>
    <message>
        <source>You need what your administrator gave you: your e-mail address, your username (for example user0001) and your password.</source>
        <translation>You need what your administrator gave you: your e-mail address, your username (for example user0001) and your password.</translation>
    </message>
    <message>
        <source>&amp;Change these settings…</source>
        <translation>&amp;Change these settings…</translation>
    </message>
    <message>
        <source>Choose how your mail is kept and how it is sent.</source>
        <translation>Choose how your mail is kept and how it is sent.</translation>
    </message>
    <message>
        <source>Nothing changes on this computer until you press Set up.</source>
        <translation>Nothing changes on this computer until you press Set up.</translation>
    </message>
    <message>
        <source>Chec&amp;k the all2all set-up I already have</source>
        <translation>Chec&amp;k the all2all set-up I already have</translation>
    </message>
    <message>
        <source>Looks for the all2all accounts already in your mail programs and repairs what is wrong.</source>
        <translation>Looks for the all2all accounts already in your mail programs and repairs what is wrong.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The language of this assistant.</source>
        <translation>The language of this assistant.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
</TS>
