<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MailMessage</name>
    <message numerus="yes">
        <source>it holds %n addresses, not one</source>
        <translation>
            <numerusform>it holds %n address, not one</numerusform>
            <numerusform>it holds %n addresses, not one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MxCommand</name>
    <message numerus="yes">
        <source>%1 of %n host(s) answered.</source>
        <translation>
            <numerusform>%1 of %n host answered.</numerusform>
            <numerusform>%1 of %n hosts answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCli</name>
    <message numerus="yes">
        <source>accepted %1 from &lt;%2&gt; for %n recipient(s), %3 B</source>
        <translation>
            <numerusform>accepted %1 from &lt;%2&gt; for %n recipient, %3 B</numerusform>
            <numerusform>accepted %1 from &lt;%2&gt; for %n recipients, %3 B</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>%n recipient(s) accepted</source>
        <translation>
            <numerusform>%n recipient accepted</numerusform>
            <numerusform>%n recipients accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) accepted</source>
        <translation>
            <numerusform>%n message accepted</numerusform>
            <numerusform>%n messages accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::AuthOperation</name>
    <message numerus="yes">
        <source>The server sent more than %n authentication challenges; the exchange was cancelled.</source>
        <translation>
            <numerusform>The server sent more than %n authentication challenge; the exchange was cancelled.</numerusform>
            <numerusform>The server sent more than %n authentication challenges; the exchange was cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::ComposerWidget</name>
    <message numerus="yes">
        <source>%n attachment(s), %1 in total</source>
        <translation>
            <numerusform>%n attachment, %1 in total</numerusform>
            <numerusform>%n attachments, %1 in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::ConnectionReport</name>
    <message numerus="yes">
        <source>valid from %1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>valid from %1 to %2 (%n day left)</numerusform>
            <numerusform>valid from %1 to %2 (%n days left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::DiagnosisPresenter</name>
    <message numerus="yes">
        <source>Diagnose: %n short extra connection(s) to %1 to confirm the cause (no login, no mail).</source>
        <translation>
            <numerusform>Diagnose: %n short extra connection to %1 to confirm the cause (no login, no mail).</numerusform>
            <numerusform>Diagnose: %n short extra connections to %1 to confirm the cause (no login, no mail).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::Ladder</name>
    <message numerus="yes">
        <source>%n earlier entries are not drawn.</source>
        <translation>
            <numerusform>%n earlier entry is not drawn.</numerusform>
            <numerusform>%n earlier entries are not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more lines)</source>
        <translation>
            <numerusform>(+%n more line)</numerusform>
            <numerusform>(+%n more lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::PasswordStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::RecipientsPanel</name>
    <message numerus="yes">
        <source>All %n recipient(s) accepted.</source>
        <translation>
            <numerusform>The recipient was accepted.</numerusform>
            <numerusform>All %n recipients accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recipient(s) refused</source>
        <extracomment>%n is the number of recipients tried (the noun agrees with it), %1 the number refused</extracomment>
        <translation>
            <numerusform>%1 of %n recipient refused</numerusform>
            <numerusform>%1 of %n recipients refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::ReplyParser</name>
    <message numerus="yes">
        <source>The server sent a reply of more than %n lines.</source>
        <translation>
            <numerusform>The server sent a reply of more than %n line.</numerusform>
            <numerusform>The server sent a reply of more than %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::SendOutcomePresenter</name>
    <message numerus="yes">
        <source>Sent to %n recipient(s).</source>
        <translation>
            <numerusform>Sent to %n recipient.</numerusform>
            <numerusform>Sent to %n recipients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::ServerWords</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::SmtpSession</name>
    <message numerus="yes">
        <source>No greeting from %1 within %n seconds.</source>
        <translation>
            <numerusform>No greeting from %1 within %n second.</numerusform>
            <numerusform>No greeting from %1 within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds.</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::TlsRules</name>
    <message numerus="yes">
        <source>The certificate the server showed (for %1) was valid until %2, %n day(s) ago. An expired certificate no longer proves who the server is.</source>
        <translation>
            <numerusform>The certificate the server showed (for %1) was valid until %2, %n day ago. An expired certificate no longer proves who the server is.</numerusform>
            <numerusform>The certificate the server showed (for %1) was valid until %2, %n days ago. An expired certificate no longer proves who the server is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate the server showed (for %1) is valid only from %2, in %n day(s). Either it was installed too early, or this computer&apos;s clock is wrong.</source>
        <translation>
            <numerusform>The certificate the server showed (for %1) is valid only from %2, in %n day. Either it was installed too early, or this computer&apos;s clock is wrong.</numerusform>
            <numerusform>The certificate the server showed (for %1) is valid only from %2, in %n days. Either it was installed too early, or this computer&apos;s clock is wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::Transcript</name>
    <message numerus="yes">
        <source>[message data: %n bytes]</source>
        <translation>
            <numerusform>[message data: %n byte]</numerusform>
            <numerusform>[message data: %n bytes]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::UnknownOutcomeNotice</name>
    <message numerus="yes">
        <source>RCPT accepted for %1 of %n recipient(s)</source>
        <translation>
            <numerusform>RCPT accepted for %1 of %n recipient</numerusform>
            <numerusform>RCPT accepted for %1 of %n recipients</numerusform>
        </translation>
    </message>
</context>
</TS>
