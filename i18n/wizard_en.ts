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
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
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
        <source>Your login, for example user0001. This is not your e-mail address.</source>
        <translation>Your login, for example user0001. This is not your e-mail address.</translation>
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
    <name>Cli</name>
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
        <source>Dry run: nothing was written. The plan:</source>
        <translation>Dry run: nothing was written. The plan:</translation>
    </message>
</context>
<context>
    <name>ClientSection</name>
    <message>
        <source>To go on without {client}, untick it above and press Set up.</source>
        <translation>To go on without {client}, untick it above and press Set up.</translation>
    </message>
    <message>
        <source>{client} was not found on this computer. If you install it later, you can add the account yourself with the settings shown at the end; or install it now, start it once, close it and press Retry.</source>
        <translation>{client} was not found on this computer. If you install it later, you can add the account yourself with the settings shown at the end; or install it now, start it once, close it and press Retry.</translation>
    </message>
    <message>
        <source>Set up the account in {client}</source>
        <translation>Set up the account in {client}</translation>
    </message>
    <message>
        <source>Untick this to leave {client} as it is.</source>
        <translation>Untick this to leave {client} as it is.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Looks at {client} and its settings again.</source>
        <translation>Looks at {client} and its settings again.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>{client} keeps its settings in a profile. Folder: {folder}</source>
        <translation>{client} keeps its settings in a profile. Folder: {folder}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Use the outgoing server &amp;chosen in this assistant ({server})</source>
        <translation>Use the outgoing server &amp;chosen in this assistant ({server})</translation>
    </message>
    <message>
        <source>A new outgoing server is added to {client} only if it does not have it yet.</source>
        <translation>A new outgoing server is added to {client} only if it does not have it yet.</translation>
    </message>
    <message>
        <source>Share an &amp;existing outgoing server of {client}</source>
        <translation>Share an &amp;existing outgoing server of {client}</translation>
    </message>
    <message>
        <source>If you already send mail from {client} with another account, you can share its outgoing server with your all2all account.</source>
        <translation>If you already send mail from {client} with another account, you can share its outgoing server with your all2all account.</translation>
    </message>
    <message>
        <source>&amp;Outgoing server to share:</source>
        <translation>&amp;Outgoing server to share:</translation>
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
        <source>Empty the &amp;trash when {client} closes</source>
        <translation>Empty the &amp;trash when {client} closes</translation>
    </message>
    <message>
        <source>Deleted messages stay on the server, and count towards your {quota} MB, until the trash is emptied. all2all recommends emptying it regularly.</source>
        <translation>Deleted messages stay on the server, and count towards your {quota} MB, until the trash is emptied. all2all recommends emptying it regularly.</translation>
    </message>
    <message>
        <source>What will be written:</source>
        <translation>What will be written:</translation>
    </message>
    <message>
        <source>Show the &amp;details</source>
        <translation>Show the &amp;details</translation>
    </message>
    <message>
        <source>Shows every setting that will be written, for your administrator.</source>
        <translation>Shows every setting that will be written, for your administrator.</translation>
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
        <source>{profile} (the one {client} opens)</source>
        <translation>{profile} (the one {client} opens)</translation>
    </message>
    <message>
        <source>{host}, port {port}, login {login}</source>
        <translation>{host}, port {port}, login {login}</translation>
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
        <source>A copy of this file is kept next to it first, so nothing is lost.</source>
        <translation>A copy of this file is kept next to it first, so nothing is lost.</translation>
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
        <source>Testing your account the way your mail program will use it…</source>
        <translation>Testing your account the way your mail program will use it…</translation>
    </message>
    <message>
        <source>Press Test again to start the test once more.</source>
        <translation>Press Test again to start the test once more.</translation>
    </message>
    <message>
        <source>Receiving mail works. Your internet provider&apos;s outgoing server could not be reached from here, which is normal outside that provider&apos;s network.</source>
        <translation>Receiving mail works. Your internet provider&apos;s outgoing server could not be reached from here, which is normal outside that provider&apos;s network.</translation>
    </message>
    <message>
        <source>Everything works: you can receive and send mail. Press Next to continue.</source>
        <translation>Everything works: you can receive and send mail. Press Next to continue.</translation>
    </message>
    <message>
        <source>Your account does not work yet. Below you see what went wrong and what to do.</source>
        <translation>Your account does not work yet. Below you see what went wrong and what to do.</translation>
    </message>
    <message>
        <source>The test starts when this page is shown.</source>
        <translation>The test starts when this page is shown.</translation>
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
        <source>Receiving and sending mail</source>
        <translation>Receiving and sending mail</translation>
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
        <source>The outgoing server accepts messages up to {size} MB, less than the {max} MB your mailbox allows. Larger messages, attachments included, will be refused.</source>
        <translation>The outgoing server accepts messages up to {size} MB, less than the {max} MB your mailbox allows. Larger messages, attachments included, will be refused.</translation>
    </message>
    <message>
        <source>Testing your account</source>
        <translation>Testing your account</translation>
    </message>
    <message>
        <source>The wizard connects to the servers exactly as your mail program will.</source>
        <translation>The wizard connects to the servers exactly as your mail program will.</translation>
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
    <message>
        <source>Space in your mailbox</source>
        <translation>Space in your mailbox</translation>
    </message>
    <message>
        <source>Space used in your mailbox</source>
        <translation>Space used in your mailbox</translation>
    </message>
    <message>
        <source>Help from the helpdesk</source>
        <translation>Help from the helpdesk</translation>
    </message>
    <message>
        <source>If something does not work, copy this report and paste it into an e-mail to the helpdesk. It shows what the test did and what the servers answered. It never contains your password.</source>
        <translation>If something does not work, copy this report and paste it into an e-mail to the helpdesk. It shows what the test did and what the servers answered. It never contains your password.</translation>
    </message>
    <message>
        <source>Show my &amp;username in the report</source>
        <translation>Show my &amp;username in the report</translation>
    </message>
    <message>
        <source>Otherwise your username is partly hidden with stars.</source>
        <translation>Otherwise your username is partly hidden with stars.</translation>
    </message>
    <message>
        <source>&amp;Copy report for the helpdesk</source>
        <translation>&amp;Copy report for the helpdesk</translation>
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
        <source>Done</source>
        <translation>Done</translation>
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
        <source>The &quot;Local Folders&quot; of {client} are created as well.</source>
        <translation>The &quot;Local Folders&quot; of {client} are created as well.</translation>
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
        <source>Your account {email} will be added to the {client} profile &quot;{profile}&quot;.</source>
        <translation>Your account {email} will be added to the {client} profile &quot;{profile}&quot;.</translation>
    </message>
    <message>
        <source>Your account {email} already exists in the {client} profile &quot;{profile}&quot;: its settings will be brought up to date, without making a second copy.</source>
        <translation>Your account {email} already exists in the {client} profile &quot;{profile}&quot;: its settings will be brought up to date, without making a second copy.</translation>
    </message>
    <message>
        <source>Your account {email} is already set up exactly like this in the {client} profile &quot;{profile}&quot;: nothing will be written.</source>
        <translation>Your account {email} is already set up exactly like this in the {client} profile &quot;{profile}&quot;: nothing will be written.</translation>
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
        <source>Check what will be written. Nothing changes until you press Set up.</source>
        <translation>Check what will be written. Nothing changes until you press Set up.</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <source>The assistant can add your all2all account to the mail program on this computer. Close the mail program first: it must not be open while its settings change.</source>
        <translation>The assistant can add your all2all account to the mail program on this computer. Close the mail program first: it must not be open while its settings change.</translation>
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
        <source>Please check this field.</source>
        <translation>Please check this field.</translation>
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
        <source>Works on every network: at home, at work, on a hotel Wi-Fi or through your phone. Uses your all2all username and password over a secure connection ({host}, port {port}).</source>
        <translation>Works on every network: at home, at work, on a hotel Wi-Fi or through your phone. Uses your all2all username and password over a secure connection ({host}, port {port}).</translation>
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
        <source>{isp}: {server}</source>
        <translation>{isp}: {server}</translation>
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
        <source>The server {host} does not answer on port {port}. Usually a firewall or the internet provider of this network blocks that port.</source>
        <translation>The server {host} does not answer on port {port}. Usually a firewall or the internet provider of this network blocks that port.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so this connection is not safe: your password could be read by others.</source>
        <translation>The server&apos;s certificate is not trusted, so this connection is not safe: your password could be read by others.</translation>
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
        <source>Go back and choose your internet provider&apos;s outgoing server, which this network does not block. Or try another network, for example your phone&apos;s connection.</source>
        <translation>Go back and choose your internet provider&apos;s outgoing server, which this network does not block. Or try another network, for example your phone&apos;s connection.</translation>
    </message>
    <message>
        <source>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Go back and choose all2all&apos;s outgoing server, which works on every network.</source>
        <translation>Your internet provider&apos;s outgoing server only answers on that provider&apos;s own network. Go back and choose all2all&apos;s outgoing server, which works on every network.</translation>
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
        <source>Try again in a few minutes. If it keeps happening, copy the report below and send it to the helpdesk.</source>
        <translation>Try again in a few minutes. If it keeps happening, copy the report below and send it to the helpdesk.</translation>
    </message>
    <message>
        <source>The connection may be slow or unstable. Press Test again; if it keeps happening, try another network.</source>
        <translation>The connection may be slow or unstable. Press Test again; if it keeps happening, try another network.</translation>
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
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Without a copy on the server, new mail is removed from the server as soon as this computer fetches it. Webmail and your other devices will not see it.</source>
        <translation>Without a copy on the server, new mail is removed from the server as soon as this computer fetches it. Webmail and your other devices will not see it.</translation>
    </message>
    <message>
        <source>How do you want to receive your mail?</source>
        <translation>How do you want to receive your mail?</translation>
    </message>
    <message>
        <source>Choose where your messages are kept. You can read why below.</source>
        <translation>Choose where your messages are kept. You can read why below.</translation>
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
        <source>Your mail program fetches new messages and removes them from the server. They then exist only on this computer: if it breaks or is lost, your mail is lost too. If you also use webmail or another device, messages seem to vanish there, because this computer has taken them away.</source>
        <translation>Your mail program fetches new messages and removes them from the server. They then exist only on this computer: if it breaks or is lost, your mail is lost too. If you also use webmail or another device, messages seem to vanish there, because this computer has taken them away.</translation>
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
        <source>It contains a word from the dictionary (Dutch, French or English), even if it is written backwards.</source>
        <translation>It contains a word from the dictionary (Dutch, French or English), even if it is written backwards.</translation>
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
        <source>Your password was not saved: this computer has no password safe that the assistant can use. Your mail program may ask for it.</source>
        <translation>Your password was not saved: this computer has no password safe that the assistant can use. Your mail program may ask for it.</translation>
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
    <name>SummaryPage</name>
    <message>
        <source>No mail program was set up. To read your mail in a mail program, add the account there with the settings below.</source>
        <translation>No mail program was set up. To read your mail in a mail program, add the account there with the settings below.</translation>
    </message>
    <message>
        <source>Profile folder: {folder}</source>
        <translation>Profile folder: {folder}</translation>
    </message>
    <message>
        <source>Copy of the previous settings: {file}</source>
        <translation>Copy of the previous settings: {file}</translation>
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
        <source>(not shown)</source>
        <translation>(not shown)</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Incoming mail</translation>
    </message>
    <message>
        <source>{protocol} on {host}, port {port}, secure connection (SSL/TLS)</source>
        <translation>{protocol} on {host}, port {port}, secure connection (SSL/TLS)</translation>
    </message>
    <message>
        <source>Copy on the server</source>
        <translation>Copy on the server</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Outgoing mail</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Mailbox {quota} MB, messages up to {size} MB</source>
        <translation>Mailbox {quota} MB, messages up to {size} MB</translation>
    </message>
    <message>
        <source>No: mail is removed from the server once downloaded</source>
        <translation>No: mail is removed from the server once downloaded</translation>
    </message>
    <message>
        <source>Yes, for {days} days</source>
        <translation>Yes, for {days} days</translation>
    </message>
    <message>
        <source>{host}, port {port}, no password (works only on that provider&apos;s network)</source>
        <translation>{host}, port {port}, no password (works only on that provider&apos;s network)</translation>
    </message>
    <message>
        <source>{host}, port {port}, secure connection (SSL/TLS), same username and password</source>
        <translation>{host}, port {port}, secure connection (SSL/TLS), same username and password</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
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
        <source>Your settings</source>
        <translation>Your settings</translation>
    </message>
    <message>
        <source>Check your settings. You can go back to change any of them.</source>
        <translation>Check your settings. You can go back to change any of them.</translation>
    </message>
    <message>
        <source>Done: your account is set up</source>
        <translation>Done: your account is set up</translation>
    </message>
    <message>
        <source>Here is what was done, and every setting for later.</source>
        <translation>Here is what was done, and every setting for later.</translation>
    </message>
    <message>
        <source>Done: a few steps are left for you</source>
        <translation>Done: a few steps are left for you</translation>
    </message>
    <message>
        <source>Below: what is left to do and how, and every setting for later.</source>
        <translation>Below: what is left to do and how, and every setting for later.</translation>
    </message>
    <message>
        <source>Mail programs</source>
        <translation>Mail programs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>You can also read your mail in any web browser at {url}. Log in with your username and password and choose the server &quot;{server}&quot;. The first time, go to Settings, then Mail, and type your e-mail address exactly as you received it: it becomes the From address of the mail you send from webmail.</source>
        <translation>You can also read your mail in any web browser at {url}. Log in with your username and password and choose the server &quot;{server}&quot;. The first time, go to Settings, then Mail, and type your e-mail address exactly as you received it: it becomes the From address of the mail you send from webmail.</translation>
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
        <source>Your mailbox holds {quota} MB. Empty the trash of your mail program regularly, because deleted messages stay on the server until then. A message can be at most {size} MB, attachments included.</source>
        <translation>Your mailbox holds {quota} MB. Empty the trash of your mail program regularly, because deleted messages stay on the server until then. A message can be at most {size} MB, attachments included.</translation>
    </message>
    <message>
        <source>A vacation message or forwarding to another address is set up by your mail administrator, the person who gave you your username.</source>
        <translation>A vacation message or forwarding to another address is set up by your mail administrator, the person who gave you your username.</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>This assistant sets up your all2all mailbox in the mail programs on this computer.</source>
        <translation>This assistant sets up your all2all mailbox in the mail programs on this computer.</translation>
    </message>
    <message>
        <source>In a few steps you choose how your mail is kept, enter the details of your account and choose how your mail is sent. Each step explains the choice in plain words.</source>
        <translation>In a few steps you choose how your mail is kept, enter the details of your account and choose how your mail is sent. Each step explains the choice in plain words.</translation>
    </message>
    <message>
        <source>You need: your username (for example user0001), your password and your e-mail address. Your mail administrator gave them to you.</source>
        <translation>You need: your username (for example user0001), your password and your e-mail address. Your mail administrator gave them to you.</translation>
    </message>
    <message>
        <source>Nothing on this computer is changed until you confirm at the end.</source>
        <translation>Nothing on this computer is changed until you confirm at the end.</translation>
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
