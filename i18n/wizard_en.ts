<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountPage</name>
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
    <name>SummaryPage</name>
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
