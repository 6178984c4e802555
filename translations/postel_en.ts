<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>
Exit codes:
  0  success: every recipient accepted (or, without --to, every step succeeded)
  1  the message was sent, but some recipients were refused
  2  every recipient was refused
  3  the sender was refused
  4  authentication failed (rejected, not offered, or no usable mechanism)
  5  TLS failed (STARTTLS missing or refused, handshake or certificate failure)
  6  the connection failed (refused, lost, timed out)
  7  protocol or data error (unexpected reply, DATA refused, malformed reply)
  8  usage error (bad option or argument; nothing was sent)
  9  outcome unknown: the connection was lost after the final dot, before the
     server&apos;s reply, so the server may have accepted the message

--json prints one object on stdout: greeting [code, text], capabilities
{keyword: parameters}, tls {protocol, cipher, peer_subject, issuer, expiry,
verified, fingerprint_sha256} or null, auth {mechanism, ok} or null, accepted
[addresses], refused {address: [code, text]}, vrfy/expn {argument: [code, text]}
when asked, error {kind, code, text, message} or null, outcome
(sent | partly-sent | not-sent | unknown), transcript [{time, direction, text,
elapsed_ms, tls}] with credentials masked, and exit_code.
error.kind is one of: server-disconnected, response, sender-refused,
recipients-refused, data, connect, helo, not-supported, authentication, timeout,
tls, protocol, usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postel&apos;s command-line SMTP client, for scripted diagnostics.
Connects, greets, optionally starts TLS and logs in, then verifies addresses and/or sends a message, reporting every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to connect to, HOST[:PORT] or [IPv6]:PORT (default port 25, 465 with --tls-on-connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start TLS with STARTTLS after EHLO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the first byte (port 465 style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail instead of continuing in clear text; implies --starttls unless --tls-on-connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (unsafe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only the CA certificates in FILE (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to send with EHLO/HELO (default: this machine&apos;s FQDN, or an address literal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak LMTP (LHLO; one reply per recipient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mechanism: auto (the best both sides support, falling through), or one of SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN, LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (prefer the POSTEL_PASSWORD environment variable: a command line is visible to other users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow PLAIN and LOGIN over a connection without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope sender (MAIL FROM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope recipient (RCPT TO); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to send, raw bytes (sendmail semantics: line ends normalised to CRLF, dot-stuffed); - reads standard input. Without it a short test message is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this .eml file with send_message semantics: the envelope comes from its headers (Sender or From; To, Cc, Bcc; one Resent-* block takes precedence) unless --from/--to are given, and Bcc is never transmitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a message: its subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a message: its plain-text body, or @FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a message: an HTML alternative, or @FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a message: attach a file; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a message: add a header; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a message: a Cc recipient; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a message: a Bcc recipient (in the envelope, never in the headers sent); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify an address with VRFY; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand a list with EXPN; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after a step and QUIT: connect, ehlo, tls, auth, mail, rcpt, data (after DATA&apos;s 354 the connection is closed, no message is sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript on stderr: 0 silent, 1 commands and replies, 2 the same with timestamps. Credentials are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit for each command, in seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON report on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--starttls and --tls-on-connect exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown authentication mechanism: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth needs --auth-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs at least one --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data needs --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--message excludes --data and the compose options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data excludes the compose options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composing a message needs --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after takes one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--debug-level takes 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds (1-86400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
TEXT is one of:
  a reply line      550 5.1.1 &lt;x@example.org&gt;: User unknown
  a reply code      421
  an enhanced code  5.7.26
  a command line    MAIL FROM:&lt;a@example.org&gt; SIZE=1000
  an EHLO keyword   PIPELINING, SIZE 10240000
Words that are both a command and a keyword (AUTH, STARTTLS, VRFY, HELP, ETRN,
EXPN) are explained as commands unless --kind extension is given.

--json prints one object: kind (reply, enhanced-code, command, extension); for a
reply code, class (positive-completion, positive-intermediate, transient-negative,
permanent-negative), meaning and rfc (a list such as [&quot;RFC 5321 §4.2.2&quot;]), and,
when an enhanced code is present or given, enhanced {code, class_title,
subject_title, title, meaning, rfc}; for a command verb, meaning, rfc; for a
keyword keyword, meaning, rfc. Enhanced codes are explained with the meaning the
IANA registry gives them; servers use them loosely.
Texts follow the language (LANGUAGE=pl for Polish); keys and codes never change.
Exit code 0, or 8 when TEXT is none of the above.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explains an SMTP reply, reply code, enhanced status code, command or EHLO keyword, for a person learning SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read TEXT as this kind: reply, enhanced-code, command or extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain needs TEXT: a reply, a code, a command or an EHLO keyword (see postel-cli explain --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes reply, enhanced-code, command or extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not start with a reply code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain every command and reply of the session (in the JSON transcript and under each reply of the debug output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
--explain explains every command and reply of the session: each transcript entry
in the --json report gets an explanation (what the command asks, what the reply
means after it, its enhanced code, and notes such as why EHLO is sent again
after STARTTLS), and the --debug-level output indented lines, starting with #,
under each reply (--explain alone implies --debug-level 1). Credentials are
never explained.

postel-cli explain [--json] TEXT explains a reply line, a reply code, an enhanced
status code, a command or an EHLO keyword without connecting anywhere
(postel-cli explain --help).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailMessage</name>
    <message>
        <source>the address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no “@domain”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has nothing before the “@”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no domain after the “@”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains a space or a character not allowed in an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attachment “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one address is allowed here, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 (“%2”, at character %3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid address list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” is not ASCII: it can only be sent to a server that offers SMTPUTF8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the message failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is truncated or a multipart boundary is broken (a part never ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a multipart has no parts (broken or missing boundary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a multipart has no boundary parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIME parts are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a MIME part has neither headers nor content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid header field name “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid message: %1 (line %2, byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid message: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a message: the input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a message: line %1 contains NUL bytes (binary data where header fields should be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a message: line 1 starts with white space instead of a header field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a message: line %1 is not a header field (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has more than %1 header fields; Postel does not read messages like this (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a message: there are no header fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a message: it could not be read as RFC 5322.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has %1 blocks of Resent-* headers: it is ambiguous which one gives the sender and recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary file for the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address is not ASCII, and the server does not offer SMTPUTF8: the message cannot be sent to this server as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel</name>
    <message>
        <source>Invalid rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid reply in rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule has no pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not make a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running openssl to make a certificate failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::AddressField</name>
    <message>
        <source>⚠ Not a valid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Only one address belongs here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::AuthOperation</name>
    <message>
        <source>No authentication mechanism was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is required, but the connection is not encrypted: the credentials were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would send the password unencrypted. Use STARTTLS or TLS, or allow cleartext authentication explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server sent more than %n authentication challenges; the exchange was cancelled.</source>
        <translation>
            <numerusform>The server sent more than %n authentication challenge; the exchange was cancelled.</numerusform>
            <numerusform>The server sent more than %n authentication challenges; the exchange was cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 mechanism could not answer the server&apos;s challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::Catalogue</name>
    <message>
        <source>Positive preliminary reply</source>
        <extracomment>reply_classes 1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was accepted, but the server wants a confirmation first. SMTP has no command that uses this class.</source>
        <extracomment>reply_classes 1: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive completion</source>
        <extracomment>reply_classes 2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command worked. The client may go on with the next one.</source>
        <extracomment>reply_classes 2: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive intermediate</source>
        <extracomment>reply_classes 3: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far so good, but the server is waiting for more: the message text after 354, or the next login step after 334.</source>
        <extracomment>reply_classes 3: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient negative completion</source>
        <extracomment>reply_classes 4: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command failed, but for a temporary reason: the same command may work if it is tried again later.</source>
        <extracomment>reply_classes 4: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent negative completion</source>
        <extracomment>reply_classes 5: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command failed for good: sending it again unchanged will fail again, something has to change first.</source>
        <extracomment>reply_classes 5: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax</source>
        <extracomment>reply_categories 0: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second digit 0 is about syntax: a command the server did not understand or does not implement, or a reply that fits no other group.</source>
        <extracomment>reply_categories 0: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>reply_categories 1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second digit 1 answers a request for information, such as status or help.</source>
        <extracomment>reply_categories 1: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>reply_categories 2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second digit 2 is about the connection itself: the greeting, or the server closing it.</source>
        <extracomment>reply_categories 2: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified</source>
        <extracomment>reply_categories 3: title
----------
reply_categories 4: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 5321 gives the second digit 3 no meaning of its own; extensions use it, for example AUTH (334, 235, 535).</source>
        <extracomment>reply_categories 3: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 5321 gives the second digit 4 no meaning of its own.</source>
        <extracomment>reply_categories 4: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system</source>
        <extracomment>reply_categories 5: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second digit 5 is about the receiving mail system: the mailbox, the message or the transaction.</source>
        <extracomment>reply_categories 5: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <extracomment>replies 211: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports its status or general help. The text is meant for a person to read.</source>
        <extracomment>replies 211: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help message</source>
        <extracomment>replies 214: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to HELP: how to use this server or one of its commands. The text is meant for a person, not for a program.</source>
        <extracomment>replies 214: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ready</source>
        <extracomment>replies 220: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is ready. It is the greeting a server sends as soon as the connection opens (the text usually names the server), and the answer to STARTTLS that means: start the TLS handshake now.</source>
        <extracomment>replies 220: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service closing transmission channel</source>
        <extracomment>replies 221: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says goodbye and closes the connection, normally in answer to QUIT.</source>
        <extracomment>replies 221: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <extracomment>replies 235: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login worked: for the rest of this session the client is authenticated.</source>
        <extracomment>replies 235: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <extracomment>replies 250: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command worked. What that means depends on the command: a sender or a recipient accepted, the message accepted after the final dot, the list of extensions after EHLO, and so on.</source>
        <extracomment>replies 250: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User not local; will forward</source>
        <extracomment>replies 251: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is accepted, but the mailbox is somewhere else: this server will pass the message on. (After ETRN it means that nothing is waiting for that domain.)</source>
        <extracomment>replies 251: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <extracomment>replies 252: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server will not say whether the address exists (many servers keep that private on purpose), but it will accept mail for it and try to deliver it.</source>
        <extracomment>replies 252: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, pending messages for node started</source>
        <extracomment>replies 253: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to ETRN: the server starts sending the messages it holds for that domain; the text says how many there are.</source>
        <extracomment>replies 253: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server challenge</source>
        <extracomment>replies 334: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is in the middle of a login and waits for the client&apos;s next answer. The text after the code is base64: decoded, it is the server&apos;s question (with LOGIN, “Username:” or “Password:”), or it is empty.</source>
        <extracomment>replies 334: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <extracomment>replies 354: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is ready for the message itself. The client now sends the headers and the body and ends them with a line that holds only a dot.</source>
        <extracomment>replies 354: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service not available, closing transmission channel</source>
        <extracomment>replies 421: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot go on and closes the connection: it may be overloaded, shutting down, tired of errors or of waiting. It is temporary: try again later.</source>
        <extracomment>replies 421: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <extracomment>replies 432: title
----------
enhanced_codes X.7.12: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this login mechanism can work, the account must log in once with a simple one (usually PLAIN over TLS).</source>
        <extracomment>replies 432: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <extracomment>replies 450: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox cannot be used right now: it is busy, locked or blocked for a while (greylisting also answers this way). Try again later.</source>
        <extracomment>replies 450: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <extracomment>replies 451: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary problem on the server&apos;s side, such as a failed look-up, stopped the command. Try again later.</source>
        <extracomment>replies 451: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <extracomment>replies 452: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is short of storage right now or, after RCPT, this message already has as many recipients as it takes: send to the others in a later message.</source>
        <extracomment>replies 452: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS not available, or temporary authentication failure</source>
        <extracomment>replies 454: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS or the login cannot be done right now because of a temporary problem on the server. Try again later.</source>
        <extracomment>replies 454: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <extracomment>replies 455: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot handle the parameters given with MAIL or RCPT at the moment. It is temporary.</source>
        <extracomment>replies 455: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to queue messages for node</source>
        <extracomment>replies 458: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to ETRN: the server cannot start sending the messages waiting for that domain right now.</source>
        <extracomment>replies 458: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node not allowed</source>
        <extracomment>replies 459: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to ETRN: this client may not ask for that domain&apos;s messages.</source>
        <extracomment>replies 459: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <extracomment>replies 500: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not understand the command: an unknown or misspelt command, or a line that is too long (for example an AUTH answer that is too long, 5.5.6).</source>
        <extracomment>replies 500: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <extracomment>replies 501: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is known, but what follows it is wrong, for example an address without angle brackets or a login answer that is not valid base64.</source>
        <extracomment>replies 501: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <extracomment>replies 502: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server knows the command but does not offer it.</source>
        <extracomment>replies 502: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <extracomment>replies 503: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command came at the wrong moment: RCPT before MAIL, DATA without an accepted recipient, or MAIL before logging in on a server that wants a login.</source>
        <extracomment>replies 503: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <extracomment>replies 504: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support a parameter of this command, such as a login mechanism it does not offer.</source>
        <extracomment>replies 504: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <extracomment>replies 521: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host never accepts mail: it exists for something else. There is no point in trying again.</source>
        <extracomment>replies 521: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication required</source>
        <extracomment>replies 530: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants the client to log in (or, with “Must issue a STARTTLS command first”, to start TLS) before it accepts this command.</source>
        <extracomment>replies 530: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <extracomment>replies 534: title
----------
enhanced_codes X.7.9: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s policy does not allow this login mechanism for this account: log in with a stronger one.</source>
        <extracomment>replies 534: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <extracomment>replies 535: title
----------
enhanced_codes X.7.8: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed: the user name or the password is wrong, or this account may not log in this way.</source>
        <extracomment>replies 535: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <extracomment>replies 538: title
----------
enhanced_codes X.7.11: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login mechanism is allowed only over an encrypted connection: start TLS first.</source>
        <extracomment>replies 538: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <extracomment>replies 550: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses for good. Often the mailbox does not exist, or a policy (a spam filter, the rules on relaying) refuses the message; the enhanced code and the text say which.</source>
        <extracomment>replies 550: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <extracomment>replies 551: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is not here and this server will not pass the message on; the text may say where to send it instead.</source>
        <extracomment>replies 551: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <extracomment>replies 552: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too big: the message is larger than the server&apos;s limit or than the room left in the mailbox.</source>
        <extracomment>replies 552: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <extracomment>replies 553: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not acceptable: its syntax is wrong, or this server does not allow it (for example a non-ASCII address without SMTPUTF8).</source>
        <extracomment>replies 553: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <extracomment>replies 554: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction failed for good, often because a policy refused the message. As the very first reply of a connection (“No SMTP service here”), it means that this server will not talk to the client at all.</source>
        <extracomment>replies 554: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <extracomment>replies 555: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know a parameter given after the address in MAIL or RCPT, such as SIZE= or BODY= when it has not offered that extension.</source>
        <extracomment>replies 555: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <extracomment>replies 556: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain says (with a null MX record) that it never accepts mail.</source>
        <extracomment>replies 556: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <extracomment>enhanced_classes 2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message or command went through; the rest of the code may add a detail.</source>
        <extracomment>enhanced_classes 2: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <extracomment>enhanced_classes 4: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary failure: the message itself is fine, and sending it again later may work.</source>
        <extracomment>enhanced_classes 4: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <extracomment>enhanced_classes 5: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permanent failure: sending the message again unchanged will not work; the message or the address has to change.</source>
        <extracomment>enhanced_classes 5: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <extracomment>enhanced_subjects 0: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more is said about what the problem concerns.</source>
        <extracomment>enhanced_subjects 0: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <extracomment>enhanced_subjects 1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About an address, the sender&apos;s or a recipient&apos;s: its syntax or whether it exists. The sender can usually fix it.</source>
        <extracomment>enhanced_subjects 1: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <extracomment>enhanced_subjects 2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the recipient&apos;s mailbox, which is in the recipient&apos;s hands: full, disabled and so on.</source>
        <extracomment>enhanced_subjects 2: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <extracomment>enhanced_subjects 3: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the receiving mail system, which is in its administrator&apos;s hands.</source>
        <extracomment>enhanced_subjects 3: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <extracomment>enhanced_subjects 4: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the network and routing: DNS, connections, relaying between servers.</source>
        <extracomment>enhanced_subjects 4: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <extracomment>enhanced_subjects 5: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the SMTP conversation itself: commands, their order and their syntax.</source>
        <extracomment>enhanced_subjects 5: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <extracomment>enhanced_subjects 6: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the content of the message: its format, encoding or conversion.</source>
        <extracomment>enhanced_subjects 6: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <extracomment>enhanced_subjects 7: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About security or policy: logins, encryption, spam and sender checks, who may send to whom.</source>
        <extracomment>enhanced_subjects 7: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <extracomment>enhanced_codes X.0.0: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the class is known: success, temporary or permanent failure. The reply text may say more.</source>
        <extracomment>enhanced_codes X.0.0: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other address status</source>
        <extracomment>enhanced_codes X.1.0: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something about an address caused this, without more detail.</source>
        <extracomment>enhanced_codes X.1.0: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <extracomment>enhanced_codes X.1.1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part before the @ is unknown at that domain. Check the address for typing mistakes.</source>
        <extracomment>enhanced_codes X.1.1: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <extracomment>enhanced_codes X.1.2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ does not exist or cannot receive mail.</source>
        <extracomment>enhanced_codes X.1.2: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <extracomment>enhanced_codes X.1.3: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address is not written correctly.</source>
        <extracomment>enhanced_codes X.1.3: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <extracomment>enhanced_codes X.1.4: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address matches more than one mailbox on the receiving system.</source>
        <extracomment>enhanced_codes X.1.4: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <extracomment>enhanced_codes X.1.5: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address is valid. A success code, typically the answer to RCPT.</source>
        <extracomment>enhanced_codes X.1.5: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <extracomment>enhanced_codes X.1.6: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address used to work but no longer takes mail, and no new address is known.</source>
        <extracomment>enhanced_codes X.1.6: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <extracomment>enhanced_codes X.1.7: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address (MAIL FROM) is not written correctly.</source>
        <extracomment>enhanced_codes X.1.7: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <extracomment>enhanced_codes X.1.8: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist or cannot receive mail, so bounces could not be returned to it.</source>
        <extracomment>enhanced_codes X.1.8: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <extracomment>enhanced_codes X.1.9: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address was valid, but the message went on to a system that does not give delivery reports, so nothing more will be known.</source>
        <extracomment>enhanced_codes X.1.9: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <extracomment>enhanced_codes X.1.10: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX record: it says it accepts no mail at all.</source>
        <extracomment>enhanced_codes X.1.10: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <extracomment>enhanced_codes X.2.0: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it caused this.</source>
        <extracomment>enhanced_codes X.2.0: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <extracomment>enhanced_codes X.2.1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox exists but does not accept messages, for a while or for good.</source>
        <extracomment>enhanced_codes X.2.1: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <extracomment>enhanced_codes X.2.2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its quota. The recipient can make room by deleting messages; trying again later may work.</source>
        <extracomment>enhanced_codes X.2.2: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <extracomment>enhanced_codes X.2.3: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than this mailbox allows (a per-mailbox limit, lower than the system&apos;s).</source>
        <extracomment>enhanced_codes X.2.3: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <extracomment>enhanced_codes X.2.4: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is a mailing list, and its members could not be worked out.</source>
        <extracomment>enhanced_codes X.2.4: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <extracomment>enhanced_codes X.3.0: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving system normally accepts mail, but something on it caused this.</source>
        <extracomment>enhanced_codes X.3.0: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system full</source>
        <extracomment>enhanced_codes X.3.1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving system has run out of storage; the recipient cannot fix that by deleting mail. Try again later.</source>
        <extracomment>enhanced_codes X.3.1: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <extracomment>enhanced_codes X.3.2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is not accepting messages, for example because it is shutting down, overloaded or under maintenance.</source>
        <extracomment>enhanced_codes X.3.2: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <extracomment>enhanced_codes X.3.3: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving system does not support a feature the message asks for.</source>
        <extracomment>enhanced_codes X.3.3: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <extracomment>enhanced_codes X.3.4: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than the system accepts. Make it smaller, for example by sending big attachments another way.</source>
        <extracomment>enhanced_codes X.3.4: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <extracomment>enhanced_codes X.3.5: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving system is not configured in a way that lets it accept this message.</source>
        <extracomment>enhanced_codes X.3.5: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <extracomment>enhanced_codes X.3.6: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was accepted, but not with the priority asked for (MT-PRIORITY); the text gives the new priority.</source>
        <extracomment>enhanced_codes X.3.6: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <extracomment>enhanced_codes X.4.0: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in the network or in routing, without more detail.</source>
        <extracomment>enhanced_codes X.4.0: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from host</source>
        <extracomment>enhanced_codes X.4.1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next server did not answer the connection: it was busy or unreachable. Temporary.</source>
        <extracomment>enhanced_codes X.4.1: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad connection</source>
        <extracomment>enhanced_codes X.4.2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made but broke or timed out before the message was through. Temporary.</source>
        <extracomment>enhanced_codes X.4.2: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <extracomment>enhanced_codes X.4.3: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A directory service, usually DNS, could not be reached, so the message could not be routed. Usually temporary.</source>
        <extracomment>enhanced_codes X.4.3: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to route</source>
        <extracomment>enhanced_codes X.4.4: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no way to find where to send the message: for example the domain has no mail servers in DNS.</source>
        <extracomment>enhanced_codes X.4.4: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <extracomment>enhanced_codes X.4.5: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail system is congested right now. Temporary: try again later.</source>
        <extracomment>enhanced_codes X.4.5: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <extracomment>enhanced_codes X.4.6: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message went round in circles between servers (wrong routing or forwarding) and was stopped.</source>
        <extracomment>enhanced_codes X.4.6: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <extracomment>enhanced_codes X.4.7: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message waited too long for delivery and was given up.</source>
        <extracomment>enhanced_codes X.4.7: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <extracomment>enhanced_codes X.5.0: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something about the SMTP exchange, without more detail. Many servers use 2.5.0 for a plain “OK”.</source>
        <extracomment>enhanced_codes X.5.0: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command</source>
        <extracomment>enhanced_codes X.5.1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is not supported, or it came at the wrong moment.</source>
        <extracomment>enhanced_codes X.5.1: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error</source>
        <extracomment>enhanced_codes X.5.2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command could not be understood: its syntax is wrong or it is unknown.</source>
        <extracomment>enhanced_codes X.5.2: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <extracomment>enhanced_codes X.5.3: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has more recipients than can be taken at once. Send to the others in another message.</source>
        <extracomment>enhanced_codes X.5.3: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <extracomment>enhanced_codes X.5.4: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is valid, but an argument is out of range or names something unsupported.</source>
        <extracomment>enhanced_codes X.5.4: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <extracomment>enhanced_codes X.5.5: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sides speak versions of the protocol that do not fit together.</source>
        <extracomment>enhanced_codes X.5.5: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <extracomment>enhanced_codes X.5.6: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the login the client sent a base64 answer longer than the server can take.</source>
        <extracomment>enhanced_codes X.5.6: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <extracomment>enhanced_codes X.6.0: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something in the content of the message made it undeliverable, without more detail.</source>
        <extracomment>enhanced_codes X.6.0: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media not supported</source>
        <extracomment>enhanced_codes X.6.1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of content in the message is not supported on the way to the recipient.</source>
        <extracomment>enhanced_codes X.6.1: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <extracomment>enhanced_codes X.6.2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content would have to be converted to be delivered, but conversion is not allowed.</source>
        <extracomment>enhanced_codes X.6.2: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <extracomment>enhanced_codes X.6.3: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content would have to be converted (for example from 8-bit to 7-bit), and a server on the way cannot do that.</source>
        <extracomment>enhanced_codes X.6.3: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <extracomment>enhanced_codes X.6.4: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was delivered, but converting it lost some of its content.</source>
        <extracomment>enhanced_codes X.6.4: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <extracomment>enhanced_codes X.6.5: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content had to be converted and the conversion failed.</source>
        <extracomment>enhanced_codes X.6.5: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message content not available</source>
        <extracomment>enhanced_codes X.6.6: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content to be sent by reference (BURL) could not be fetched from the other system.</source>
        <extracomment>enhanced_codes X.6.6: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <extracomment>enhanced_codes X.6.7: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address contains characters beyond ASCII, and it may not be used here.</source>
        <extracomment>enhanced_codes X.6.7: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <extracomment>enhanced_codes X.6.8: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server would have to answer with UTF-8 text, but the client did not allow it.</source>
        <extracomment>enhanced_codes X.6.8: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <extracomment>enhanced_codes X.6.9: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has UTF-8 headers and cannot reach some recipients without SMTPUTF8, so it is refused after the final dot.</source>
        <extracomment>enhanced_codes X.6.9: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of X.6.8 (deprecated)</source>
        <extracomment>enhanced_codes X.6.10: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has no title for this code: it duplicates X.6.8 and should no longer be used.</source>
        <extracomment>enhanced_codes X.6.10: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <extracomment>enhanced_codes X.7.0: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something related to security, without more detail (sometimes on purpose, so as not to reveal a policy). 2.7.0 often means a successful login.</source>
        <extracomment>enhanced_codes X.7.0: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <extracomment>enhanced_codes X.7.1: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender may not send to this recipient: a filter or a policy refused it, for example relaying without logging in, or a sender on a blocklist.</source>
        <extracomment>enhanced_codes X.7.1: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <extracomment>enhanced_codes X.7.2: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender may not send to this mailing list.</source>
        <extracomment>enhanced_codes X.7.2: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <extracomment>enhanced_codes X.7.3: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message had to be converted from one secure messaging format to another, and that was not possible.</source>
        <extracomment>enhanced_codes X.7.3: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <extracomment>enhanced_codes X.7.4: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message uses a security feature that cannot be supported on the way to the recipient.</source>
        <extracomment>enhanced_codes X.7.4: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <extracomment>enhanced_codes X.7.5: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system that should check or decrypt the message could not: a key was missing or invalid.</source>
        <extracomment>enhanced_codes X.7.5: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <extracomment>enhanced_codes X.7.6: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system that should check or decrypt the message does not support the algorithm it uses.</source>
        <extracomment>enhanced_codes X.7.6: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <extracomment>enhanced_codes X.7.7: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was damaged or changed on the way, so its integrity check failed.</source>
        <extracomment>enhanced_codes X.7.7: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed: the user name or the password is wrong. Enter them again.</source>
        <extracomment>enhanced_codes X.7.8: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login mechanism is weaker than the server allows for this user: log in with a stronger one.</source>
        <extracomment>enhanced_codes X.7.9: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <extracomment>enhanced_codes X.7.10: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login mechanism needs an encrypted connection: start TLS first or use a stronger mechanism.</source>
        <extracomment>enhanced_codes X.7.10: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login mechanism may only be used once the connection is encrypted.</source>
        <extracomment>enhanced_codes X.7.11: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has to log in once with PLAIN before this mechanism works.</source>
        <extracomment>enhanced_codes X.7.12: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <extracomment>enhanced_codes X.7.13: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name and password were right, but the account is disabled; only its administrator can turn it back on.</source>
        <extracomment>enhanced_codes X.7.13: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <extracomment>enhanced_codes X.7.14: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission server needs a trust relationship with another server to fetch the message content, and has none.</source>
        <extracomment>enhanced_codes X.7.14: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <extracomment>enhanced_codes X.7.15: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s priority (MT-PRIORITY) is lower than the server takes at the moment.</source>
        <extracomment>enhanced_codes X.7.15: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <extracomment>enhanced_codes X.7.16: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this priority the server takes only smaller messages.</source>
        <extracomment>enhanced_codes X.7.16: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <extracomment>enhanced_codes X.7.17: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox has not had the same owner since the date the sender gave (RRVS), so the message is not delivered.</source>
        <extracomment>enhanced_codes X.7.17: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <extracomment>enhanced_codes X.7.18: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has changed owner since the date the sender gave (RRVS).</source>
        <extracomment>enhanced_codes X.7.18: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <extracomment>enhanced_codes X.7.19: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot check the date the sender gave (RRVS) because it has no record of it; the sender decides whether to send without that check.</source>
        <extracomment>enhanced_codes X.7.19: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <extracomment>enhanced_codes X.7.20: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no valid DKIM signature, and the receiver&apos;s policy wants one.</source>
        <extracomment>enhanced_codes X.7.20: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <extracomment>enhanced_codes X.7.21: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has valid DKIM signatures, but none that the receiver accepts.</source>
        <extracomment>enhanced_codes X.7.21: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <extracomment>enhanced_codes X.7.22: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid DKIM signature belongs to the domain in the From header.</source>
        <extracomment>enhanced_codes X.7.22: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <extracomment>enhanced_codes X.7.23: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF says that the sending server may not send mail for the sender&apos;s domain.</source>
        <extracomment>enhanced_codes X.7.23: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <extracomment>enhanced_codes X.7.24: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF check could not be completed: the DNS look-up failed or the SPF record is broken.</source>
        <extracomment>enhanced_codes X.7.24: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <extracomment>enhanced_codes X.7.25: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address failed the reverse DNS check (its name does not lead back to it).</source>
        <extracomment>enhanced_codes X.7.25: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <extracomment>enhanced_codes X.7.26: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message failed more than one sender check (such as SPF, DKIM or DMARC); the server does not say which.</source>
        <extracomment>enhanced_codes X.7.26: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <extracomment>enhanced_codes X.7.27: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a null MX (it receives no mail), so bounces could not reach it, and the server refuses the message.</source>
        <extracomment>enhanced_codes X.7.27: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <extracomment>enhanced_codes X.7.28: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message looks like part of a flood of similar abusive messages.</source>
        <extracomment>enhanced_codes X.7.28: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <extracomment>enhanced_codes X.7.29: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message failed the ARC check, the record of authentication results kept by the servers it passed through.</source>
        <extracomment>enhanced_codes X.7.29: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <extracomment>enhanced_codes X.7.30: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message demands TLS all the way (REQUIRETLS), and no server on the way to the recipient supports that.</source>
        <extracomment>enhanced_codes X.7.30: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greets the server with the client&apos;s name, the old way: the server lists no extensions in reply.</source>
        <extracomment>commands HELO: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greets the server with the client&apos;s name and asks which extensions it offers. It is the first command of a session, and it is sent again after STARTTLS.</source>
        <extracomment>commands EHLO: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting of LMTP, the protocol for handing mail to a local mailbox store. It works like EHLO.</source>
        <extracomment>commands LHLO: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new message and gives the envelope sender: the address that bounces go back to. MAIL FROM:&lt;&gt; means “no address for bounces”.</source>
        <extracomment>commands MAIL: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names one recipient of the message. It is sent once for each recipient.</source>
        <extracomment>commands RCPT: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the message in chunks of exactly the given number of bytes, with no dot at the end; LAST marks the final chunk. Part of CHUNKING.</source>
        <extracomment>commands BDAT: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops the message being prepared (its sender, recipients and data) but keeps the connection open.</source>
        <extracomment>commands RSET: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks whether a user or an address exists on this server. Many servers will not tell, to keep addresses private.</source>
        <extracomment>commands VRFY: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server to list the members of a mailing list. Most servers switch it off.</source>
        <extracomment>commands EXPN: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for help text, in general or about one command.</source>
        <extracomment>commands HELP: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does nothing: it checks that the server still answers and keeps the connection alive.</source>
        <extracomment>commands NOOP: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the session. The server answers and closes the connection; a message not yet finished with its final dot is dropped.</source>
        <extracomment>commands QUIT: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks to encrypt this connection with TLS. After the handshake both sides forget what they knew about each other, and the client greets again with EHLO.</source>
        <extracomment>commands STARTTLS: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a login with the named SASL mechanism (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256 …). The server may ask questions (334), which the client answers in base64; those answers carry the credentials, so Postel never shows them.</source>
        <extracomment>commands AUTH: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server to start sending the mail it holds for a domain (for example after a site that was offline comes back).</source>
        <extracomment>commands ETRN: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several commands may be sent before their replies are read (RFC 2920).</source>
        <extracomment>keywords PIPELINING: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may send several commands (MAIL, RCPT, RCPT, DATA) in one go and read the replies afterwards, which saves a round trip for each command.</source>
        <extracomment>keywords PIPELINING: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announces the largest message it accepts (RFC 1870).</source>
        <extracomment>keywords SIZE: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number after SIZE is the largest message the server takes, in bytes (0 or no number: no fixed limit). The client can state the size with MAIL FROM:&lt;…&gt; SIZE=n, so that a message that is too big is refused before it is sent.</source>
        <extracomment>keywords SIZE: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message bodies may contain 8-bit bytes (RFC 6152).</source>
        <extracomment>keywords 8BITMIME: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message may contain bytes above 127, such as UTF-8 text, without encoding them first; the client says so with MAIL FROM:&lt;…&gt; BODY=8BITMIME.</source>
        <extracomment>keywords 8BITMIME: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and headers may contain UTF-8 (RFC 6531).</source>
        <extracomment>keywords SMTPUTF8: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and headers may contain non-ASCII characters, such as zażółć@przykład.pl; the client asks for it with the SMTPUTF8 parameter of MAIL.</source>
        <extracomment>keywords SMTPUTF8: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message may be sent in BDAT chunks instead of DATA (RFC 3030).</source>
        <extracomment>keywords CHUNKING: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message can be sent with BDAT in chunks of a stated size, so no dot at the end and no dot-stuffing are needed.</source>
        <extracomment>keywords CHUNKING: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary message bodies are accepted with BDAT (RFC 3030).</source>
        <extracomment>keywords BINARYMIME: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message may contain binary data with no line structure at all (BODY=BINARYMIME); it must then be sent with BDAT.</source>
        <extracomment>keywords BINARYMIME: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery status notifications may be requested (RFC 3461).</source>
        <extracomment>keywords DSN: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may ask for delivery reports: NOTIFY= on RCPT says when (success, failure, delay), RET= and ENVID= on MAIL say what the report contains.</source>
        <extracomment>keywords DSN: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies carry detailed status codes such as 5.1.1 (RFC 2034, RFC 3463).</source>
        <extracomment>keywords ENHANCEDSTATUSCODES: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reply, except 3xx, starts with an enhanced status code such as 5.1.1 after the three-digit code; it says more precisely what happened.</source>
        <extracomment>keywords ENHANCEDSTATUSCODES: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection can be switched to TLS with STARTTLS (RFC 3207).</source>
        <extracomment>keywords STARTTLS: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may send STARTTLS to encrypt the connection; after the handshake it greets again with EHLO. A server does not offer it again once TLS is on.</source>
        <extracomment>keywords STARTTLS: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may log in with the listed SASL mechanisms (RFC 4954).</source>
        <extracomment>keywords AUTH: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words after AUTH are the login mechanisms the server accepts (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256 …). Many servers offer it only after STARTTLS, so that passwords never travel unencrypted.</source>
        <extracomment>keywords AUTH: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender may set a deadline for delivery (RFC 2852).</source>
        <extracomment>keywords DELIVERBY: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With BY= on MAIL the sender sets a deadline: if the message cannot be delivered in time, it comes back or a report is sent. The number after DELIVERBY is the shortest deadline the server accepts, in seconds.</source>
        <extracomment>keywords DELIVERBY: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender may require TLS for every hop (RFC 8689).</source>
        <extracomment>keywords REQUIRETLS: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the REQUIRETLS parameter of MAIL the sender demands that the message travel only over verified TLS connections, all the way; otherwise it comes back.</source>
        <extracomment>keywords REQUIRETLS: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages may be given a priority (RFC 6710).</source>
        <extracomment>keywords MT-PRIORITY: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With MT-PRIORITY= on MAIL (from -9 to 9) the sender gives the message a priority; the word after the keyword names the server&apos;s priority policy.</source>
        <extracomment>keywords MT-PRIORITY: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue run may be requested for a domain (RFC 1985).</source>
        <extracomment>keywords ETRN: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may ask the server, with ETRN, to start sending the mail it holds for a domain.</source>
        <extracomment>keywords ETRN: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers VRFY (address verification).</source>
        <extracomment>keywords VRFY: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers VRFY, which asks whether an address exists (it may still refuse to tell, with 252).</source>
        <extracomment>keywords VRFY: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers EXPN (mailing list expansion).</source>
        <extracomment>keywords EXPN: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers EXPN, which lists the members of a mailing list.</source>
        <extracomment>keywords EXPN: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers the HELP command.</source>
        <extracomment>keywords HELP: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers HELP with text for a person to read.</source>
        <extracomment>keywords HELP: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announces its limits, such as recipients per message (RFC 9422).</source>
        <extracomment>keywords LIMITS: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server states its limits in advance: RCPTMAX (recipients per message), RCPTDOMAINMAX (recipient domains per message) and MAILMAX (messages per connection), so that the client can keep within them.</source>
        <extracomment>keywords LIMITS: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages may be held for release at a later time (RFC 4865).</source>
        <extracomment>keywords FUTURERELEASE: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With HOLDFOR= or HOLDUNTIL= on MAIL the sender asks the server to keep the message and deliver it only later; the numbers after the keyword are the longest hold the server allows.</source>
        <extracomment>keywords FUTURERELEASE: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server declines unsolicited mail of the listed kinds (RFC 3865).</source>
        <extracomment>keywords NO-SOLICITING: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says that it does not want unsolicited mail of the kinds listed after the keyword; a sender can check that before sending.</source>
        <extracomment>keywords NO-SOLICITING: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message may be assembled from IMAP URLs (RFC 4468).</source>
        <extracomment>keywords BURL: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by mail submission: instead of sending the message again, the client gives IMAP URLs and the server fetches the content itself.</source>
        <extracomment>keywords BURL: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection may be turned round to receive waiting mail (RFC 2645).</source>
        <extracomment>keywords ATRN: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand mail relay: a client that has logged in can ask, with ATRN, to swap roles and receive the mail waiting for its domains.</source>
        <extracomment>keywords ATRN: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted transfer may resume where it stopped (RFC 1845).</source>
        <extracomment>keywords CHECKPOINT: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the connection breaks while the message is being sent, the client can resume from the last point the server confirmed instead of starting again.</source>
        <extracomment>keywords CHECKPOINT: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender may ask for message tracking (RFC 3885).</source>
        <extracomment>keywords MTRK: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender may ask, with MTRK= on MAIL, to be able to track the message later on its way.</source>
        <extracomment>keywords MTRK: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender may require that a mailbox kept its owner since a date (RFC 7293).</source>
        <extracomment>keywords RRVS: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With RRVS= on RCPT the sender asks that the message be delivered only if the mailbox has had the same owner since the given date, so that mail does not reach a new owner of a reused address.</source>
        <extracomment>keywords RRVS: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may name who is responsible for submitting the message (RFC 4405).</source>
        <extracomment>keywords SUBMITTER: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With SUBMITTER= on MAIL the client names the address responsible for submitting the message, for checks against spoofing.</source>
        <extracomment>keywords SUBMITTER: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may answer for each recipient after the data (draft-hall-prdr).</source>
        <extracomment>keywords PRDR: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-recipient data responses: with PRDR on MAIL, the server accepts or refuses the message separately for each recipient after the final dot, instead of once for all.</source>
        <extracomment>keywords PRDR: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An early, experimental form of SMTPUTF8 (RFC 5336).</source>
        <extracomment>keywords UTF8SMTP: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experimental predecessor of SMTPUTF8; RFC 6531 replaced it.</source>
        <extracomment>keywords UTF8SMTP: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server greets back; mail can be sent now, without extensions.</source>
        <extracomment>command HELO, reply 250: what it means after HELO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name after HELO is missing or malformed.</source>
        <extracomment>command HELO, reply 501: what it means after HELO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this form of greeting.</source>
        <extracomment>command HELO, reply 504: what it means after HELO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses to talk to this client.</source>
        <extracomment>command HELO, reply 550: what it means after HELO
----------
command EHLO, reply 550: what it means after EHLO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server greets back; each further line names one extension it offers (SIZE, STARTTLS, AUTH …).</source>
        <extracomment>command EHLO, reply 250: what it means after EHLO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old server that does not know EHLO: the client falls back to HELO.</source>
        <extracomment>command EHLO, reply 500: what it means after EHLO
----------
command EHLO, reply 502: what it means after EHLO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name after EHLO is missing or malformed.</source>
        <extracomment>command EHLO, reply 501: what it means after EHLO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server greets back and lists its extensions, as after EHLO.</source>
        <extracomment>command LHLO, reply 250: what it means after LHLO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not speak LMTP.</source>
        <extracomment>command LHLO, reply 500: what it means after LHLO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is accepted; recipients come next.</source>
        <extracomment>command MAIL, reply 250: what it means after MAIL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary problem; try again later.</source>
        <extracomment>command MAIL, reply 451: what it means after MAIL
----------
command RCPT, reply 451: what it means after RCPT
----------
command DATA, reply 451: what it means after DATA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is short of storage right now.</source>
        <extracomment>command MAIL, reply 452: what it means after MAIL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot handle the parameters right now.</source>
        <extracomment>command MAIL, reply 455: what it means after MAIL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: a message is already started, the greeting is missing, or the server wants a login first.</source>
        <extracomment>command MAIL, reply 503: what it means after MAIL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a login (or TLS) before accepting mail.</source>
        <extracomment>command MAIL, reply 530: what it means after MAIL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is refused.</source>
        <extracomment>command MAIL, reply 550: what it means after MAIL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declared size (SIZE=) is over the server&apos;s limit.</source>
        <extracomment>command MAIL, reply 552: what it means after MAIL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address is not acceptable.</source>
        <extracomment>command MAIL, reply 553: what it means after MAIL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter after the address is unknown to the server.</source>
        <extracomment>command MAIL, reply 555: what it means after MAIL
----------
command RCPT, reply 555: what it means after RCPT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is accepted for this message.</source>
        <extracomment>command RCPT, reply 250: what it means after RCPT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is accepted and will be forwarded elsewhere.</source>
        <extracomment>command RCPT, reply 251: what it means after RCPT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is unavailable for now (greylisting answers this way too); try again later.</source>
        <extracomment>command RCPT, reply 450: what it means after RCPT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many recipients for one message: send to the others in another one.</source>
        <extracomment>command RCPT, reply 452: what it means after RCPT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM must come first.</source>
        <extracomment>command RCPT, reply 503: what it means after RCPT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is refused: no such mailbox, or relaying is not allowed.</source>
        <extracomment>command RCPT, reply 550: what it means after RCPT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is not here; the text may say where it is.</source>
        <extracomment>command RCPT, reply 551: what it means after RCPT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no room for this message.</source>
        <extracomment>command RCPT, reply 552: what it means after RCPT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address is not acceptable.</source>
        <extracomment>command RCPT, reply 553: what it means after RCPT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks to send the message itself. After 354 the client sends the headers and the body and ends them with a line holding a single dot; then the server answers once more (in LMTP, once for each accepted recipient).</source>
        <extracomment>commands DATA: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead: send the message and end it with a line holding a single dot.</source>
        <extracomment>command DATA, reply 354: what it means after DATA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender or no accepted recipient yet.</source>
        <extracomment>command DATA, reply 503: what it means after DATA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid recipients, or the transaction failed.</source>
        <extracomment>command DATA, reply 554: what it means after DATA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line holding a single dot ends the message sent after DATA. (A line of the message that starts with a dot gets a second dot in front, so that it cannot end the message early.)</source>
        <extracomment>commands .: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has taken the message and is now responsible for delivering it.</source>
        <extracomment>command ., reply 250: what it means after .</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary problem: the message was not accepted; send it again later.</source>
        <extracomment>command ., reply 451: what it means after .</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is short of storage: send the message again later.</source>
        <extracomment>command ., reply 452: what it means after .</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is refused, often by a content or spam filter.</source>
        <extracomment>command ., reply 550: what it means after .</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too big.</source>
        <extracomment>command ., reply 552: what it means after .
----------
command BDAT, reply 552: what it means after BDAT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is refused for good, often by a content or spam filter.</source>
        <extracomment>command ., reply 554: what it means after .</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunk was received (after LAST: the whole message is accepted).</source>
        <extracomment>command BDAT, reply 250: what it means after BDAT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender or no accepted recipient yet, or DATA was already used.</source>
        <extracomment>command BDAT, reply 503: what it means after BDAT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction failed.</source>
        <extracomment>command BDAT, reply 554: what it means after BDAT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: a new message can be started with MAIL.</source>
        <extracomment>command RSET, reply 250: what it means after RSET</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address exists; the text gives it in full.</source>
        <extracomment>command VRFY, reply 250: what it means after VRFY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is not here, but mail will be forwarded.</source>
        <extracomment>command VRFY, reply 251: what it means after VRFY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server will not say, but it would accept mail for the address.</source>
        <extracomment>command VRFY, reply 252: what it means after VRFY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRFY is switched off on this server.</source>
        <extracomment>command VRFY, reply 502: what it means after VRFY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <extracomment>command VRFY, reply 550: what it means after VRFY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is not here; the text may say where.</source>
        <extracomment>command VRFY, reply 551: what it means after VRFY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name matches more than one user.</source>
        <extracomment>command VRFY, reply 553: what it means after VRFY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One member of the list on each line.</source>
        <extracomment>command EXPN, reply 250: what it means after EXPN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server will not list the members.</source>
        <extracomment>command EXPN, reply 252: what it means after EXPN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPN is switched off on this server.</source>
        <extracomment>command EXPN, reply 502: what it means after EXPN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such list.</source>
        <extracomment>command EXPN, reply 550: what it means after EXPN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status or help text follows.</source>
        <extracomment>command HELP, reply 211: what it means after HELP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text follows.</source>
        <extracomment>command HELP, reply 214: what it means after HELP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no help.</source>
        <extracomment>command HELP, reply 502: what it means after HELP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No help on that topic.</source>
        <extracomment>command HELP, reply 504: what it means after HELP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is still there.</source>
        <extracomment>command NOOP, reply 250: what it means after NOOP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodbye: the server closes the connection.</source>
        <extracomment>command QUIT, reply 221: what it means after QUIT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: the TLS handshake starts right after this reply.</source>
        <extracomment>command STARTTLS, reply 220: what it means after STARTTLS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available right now; the connection stays unencrypted.</source>
        <extracomment>command STARTTLS, reply 454: what it means after STARTTLS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS takes no arguments.</source>
        <extracomment>command STARTTLS, reply 501: what it means after STARTTLS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is already on, or the command came at the wrong moment.</source>
        <extracomment>command STARTTLS, reply 503: what it means after STARTTLS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in.</source>
        <extracomment>command AUTH, reply 235: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s next question (base64); the client must answer it.</source>
        <extracomment>command AUTH, reply 334: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account must first log in once with PLAIN.</source>
        <extracomment>command AUTH, reply 432: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary failure; try again later.</source>
        <extracomment>command AUTH, reply 454: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer was too long.</source>
        <extracomment>command AUTH, reply 500: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was cancelled, or an answer was not valid base64.</source>
        <extracomment>command AUTH, reply 501: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already logged in, or a message is being sent.</source>
        <extracomment>command AUTH, reply 503: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this mechanism.</source>
        <extracomment>command AUTH, reply 504: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is needed first.</source>
        <extracomment>command AUTH, reply 530: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mechanism is too weak for this account.</source>
        <extracomment>command AUTH, reply 534: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <extracomment>command AUTH, reply 535: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mechanism needs an encrypted connection.</source>
        <extracomment>command AUTH, reply 538: what it means after AUTH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue run has started.</source>
        <extracomment>command ETRN, reply 250: what it means after ETRN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for that domain.</source>
        <extracomment>command ETRN, reply 251: what it means after ETRN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending of the waiting messages has started.</source>
        <extracomment>command ETRN, reply 252: what it means after ETRN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending has started; the text says how many messages wait.</source>
        <extracomment>command ETRN, reply 253: what it means after ETRN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting messages cannot be sent right now.</source>
        <extracomment>command ETRN, reply 458: what it means after ETRN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client may not ask for that domain.</source>
        <extracomment>command ETRN, reply 459: what it means after ETRN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know ETRN.</source>
        <extracomment>command ETRN, reply 500: what it means after ETRN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is missing or malformed.</source>
        <extracomment>command ETRN, reply 501: what it means after ETRN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may send EHLO and the next commands before the greeting arrives (draft-harris-early-pipe).</source>
        <extracomment>keywords PIPECONNECT: summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early pipelining, offered by Exim: a client that has seen this keyword before may send its EHLO and the commands after it without waiting for the greeting, which saves a round trip.</source>
        <extracomment>keywords PIPECONNECT: meaning</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 showed a certificate that could not be verified. Someone may be listening in, or the server uses its own certificate. Trust it only if you know this certificate is the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust for “%1” only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::CommandOperation</name>
    <message>
        <source>SMTPUTF8 is not supported by the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::ComposerWidget</name>
    <message>
        <source>Your Name &lt;you@example.org&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden recipients: never sent in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc/Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Cc and Bcc fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your message here. Drop files anywhere to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send formatted text (an HTML alternative next to the plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in who the message is from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments — drop files here or use Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in total</source>
        <translation>
            <numerusform>%n attachment, %1 in total</numerusform>
            <numerusform>%n attachments, %1 in total</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files could not be attached:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::ConnectOperation</name>
    <message>
        <source>“%1” is not a valid host or host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not greet with 220.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::Conversation</name>
    <message>
        <source>Postel does not implement the authentication mechanism %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept DATA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::DataOperation</name>
    <message>
        <source>The server did not accept DATA.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::EhloOrHeloOperation</name>
    <message>
        <source>The server is not available (421) and closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused both EHLO and HELO.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::Explainer</name>
    <message>
        <source>Nothing to explain: give a reply, a reply code, an enhanced status code, a command or an EHLO keyword.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a reply, a reply code, an enhanced status code, a command or an EHLO keyword that Postel knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reply code: a reply code has three digits, the first from 2 to 5 and the second from 0 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code that neither RFC 5321 nor the extensions Postel knows define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its digits still say something. %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an enhanced status code: it takes the form class.subject.detail, with the class 2, 4 or 5 (such as 5.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry defines the subjects 0 to 7 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IANA registry lists no X.%1.%2, so only its class and subject say something. %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SMTP command that Postel knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an EHLO keyword that Postel knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a parameter of the %2 extension. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a parameter Postel does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::Explanation</name>
    <message>
        <source>See %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (the registry&apos;s meaning; servers vary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1: %2. Subject %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — EHLO keyword: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 (%4; the registry&apos;s meaning, servers vary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1xx (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category x%1x (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::LoginOperation</name>
    <message>
        <source>TLS is required, but the connection is not encrypted: the credentials were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer SMTP AUTH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers only %1, which would send the password unencrypted. Use STARTTLS or TLS, or allow cleartext authentication explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suitable authentication mechanism: the server offers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::MainWindow</name>
    <message>
        <source>The server to send through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). Passwords are kept only until Postel quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, say EHLO, start TLS and log in as the profile says — without sending mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Postel starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Postel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Postel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postel %1&lt;/h3&gt;&lt;p&gt;A mail composer and SMTP tester.&lt;/p&gt;&lt;p&gt;“Be conservative in what you send, be liberal in what you accept.” — Jon Postel&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is taken (%2); the built-in sandbox listens on port %3 for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Postel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be sent yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered every step. See the Server panel for what it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s).</source>
        <translation>
            <numerusform>Sent to %n recipient.</numerusform>
            <numerusform>Sent to %n recipients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent, but not to everyone. %1. The message is kept so you can fix the addresses and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The message is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 The message is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (while: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to trust this certificate for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsent message was restored from the last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new message? The current one has not been sent or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To switch to %1, Postel starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message you are writing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Postel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has not been sent or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as a draft for next time, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::PasswordStore</name>
    <message>
        <source>The keychain is turned off (POSTEL_KEYCHAIN=off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::ProfileDialog</name>
    <message>
        <source>Server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (upgrade after connecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the first byte (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS (never send anything in clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file of CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the certificate you accepted for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to send without logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow PLAIN and LOGIN without TLS (sends the password readable by anyone on the way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HE&amp;LO name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No keychain is available (%1). Passwords are kept only until Postel quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in your desktop&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (strongest the server offers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 — offered by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not offered by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — offered by the server, not supported by Postel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postel has not yet seen which mechanisms this server offers. Use “Test connection” to ask it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time the server offered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic tries the mechanisms Postel supports and the server offers, strongest first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not offered: the server will most likely refuse it (504 or 535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends the password itself; Postel uses it only over TLS unless you allow otherwise below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token into the password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::ProfileStore</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::RecipientsPanel</name>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient was tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n recipient(s) accepted.</source>
        <translation>
            <numerusform>The recipient was accepted.</numerusform>
            <numerusform>All %n recipients accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 recipient(s) refused</source>
        <extracomment>%n is the number refused, %1 the number tried</extracomment>
        <translation>
            <numerusform>%n of %1 recipients refused</numerusform>
            <numerusform>%n of %1 recipients refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a message to see how the server answered each recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::ReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server sent a reply of more than %n lines.</source>
        <translation>
            <numerusform>The server sent a reply of more than %n line.</numerusform>
            <numerusform>The server sent a reply of more than %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent a line that does not start with a three-digit reply code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines of one server reply carry different reply codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply line whose code is not followed by a space or a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::SandboxBehaviour</name>
    <message>
        <source>Unknown setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported extension: %1 (supported: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a name (&quot;NAME:PASSWORD&quot; or {&quot;user&quot;, &quot;password&quot;}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fault step: %1 (steps: connect, helo, starttls, auth, mail, rcpt, data, dot, rset, quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid fault reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fault action: %1 (actions: delay, drop, reply, 421)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::SandboxCertificate</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::SandboxConnection</name>
    <message>
        <source>TLS handshake with a sandbox client failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped the connection at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1 with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 ms before %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::SandboxInboxPanel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see it exactly as the sandbox received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the message as .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every message in the sandbox inbox?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox listens on %1:%2 and keeps what it receives here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope: MAIL FROM:&lt;%1&gt; RCPT TO: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELO name: %1, protocol: %2, TLS: %3, logged in as: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::SandboxMailbox</name>
    <message>
        <source>Cannot create the mailbox folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::SandboxServer</name>
    <message>
        <source>This system has no TLS support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS certificate for the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::ScramMechanism</name>
    <message>
        <source>The server sent SCRAM data before the client&apos;s first message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more SCRAM challenges than the mechanism has steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM nonce does not extend the client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM challenge lacks a valid salt or iteration count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended SCRAM with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM signature is wrong: it may not be the server it claims to be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::SendController</name>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying EHLO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting TLS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying EHLO again over TLS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::SendMailOperation</name>
    <message>
        <source>There are no recipients: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command argument contains a control character (such as CR or LF); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is required, but the connection is not encrypted: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTPUTF8 is not supported by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters; send with the SMTPUTF8 option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters and the server does not offer SMTPUTF8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sender and closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection while taking recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the message data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the message for any recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::ServerPanel</name>
    <message>
        <source>Greeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message size limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet. Use “Test connection” to ask the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an extension Postel does not describe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not announced (no SIZE extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fixed limit (SIZE without a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate trusted by you despite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier session resumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::ServerProfile</name>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2:%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::SessionExplainer</name>
    <message>
        <source>A chunk of the message: exactly as many bytes as BDAT announced, with no dot at the end (RFC 3030 §2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message itself: the headers, an empty line and the body, ended by a line holding a single dot (RFC 5321 §4.1.1.4). Postel records its size, not its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is on: from here on everything is encrypted, and both sides forget what they knew about each other (RFC 3207 §4.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s answer to the server&apos;s challenge. It carries the credentials, so Postel masks it and never decodes it (RFC 4954 §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of the line is the initial response, which carries the credentials: Postel masks it (RFC 4954 §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command Postel does not know; the server&apos;s reply says whether the server does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO again: after STARTTLS the session starts over. Both sides forget what they learnt before TLS, and the client asks for the extensions anew, this time over the encrypted connection (RFC 3207 §4.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 554 greeting: this server refuses the session; the client may only say QUIT (RFC 5321 §3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting: the first reply of every session, sent before the client says anything (RFC 5321 §3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply to no command: the server spoke without being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake starts right after this reply. Then the session starts over: the client has to send EHLO again (RFC 3207 §4.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this recipient is refused: the message can still go to the recipients that were accepted (RFC 5321 §3.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In LMTP the server answers the final dot once for each accepted recipient, in the order of the RCPT commands; this answer is for recipient %1 (RFC 2033 §4.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: the server is now responsible for delivering the message, or for sending a bounce if it cannot (RFC 5321 §6.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closes the connection after this reply; a message not yet accepted is not sent (RFC 5321 §3.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — after %3: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an extension Postel does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH appears only now, over TLS: this server does not offer a login on an unencrypted connection, so that passwords never travel in clear text (RFC 4954 §4, RFC 3207 §4.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS is no longer offered: the connection is already encrypted (RFC 3207 §4.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty challenge: the server waits for the client&apos;s credentials (with PLAIN, the user name and the password in one base64 answer) (RFC 4954 §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenge is not valid base64, which the client cannot answer (RFC 4954 §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenge is binary data, not text; the mechanism&apos;s own rules say how to answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s challenge, decoded from base64: “%1”. The client&apos;s answer is masked in the transcript (RFC 4954 §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SCRAM this is the server&apos;s first message: the nonce (r=), the salt (s=) and the iteration count (i=) from which the client computes its proof (RFC 5802 §5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In SCRAM this is the server&apos;s final message: its signature (v=), which proves that the server knows the password too (RFC 5802 §5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client answers with the user name and an HMAC-MD5 of this challenge keyed with the password, so the password itself is never sent (RFC 2195 §2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted is not delivered: the recipient is only noted for this message. Nothing is delivered until the message itself has been sent and accepted (after DATA, or after the last BDAT chunk) (RFC 5321 §3.3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::SmtpError</name>
    <message>
        <source>%1 The server said: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sender %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused every recipient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::SmtpSession</name>
    <message>
        <source>A command argument contains a control character (such as CR or LF); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect to a server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no TLS support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored a reply that no command was waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded data the server sent after its reply to STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text message must be ASCII; send it as bytes or as a structured message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::StartTlsOperation</name>
    <message>
        <source>The connection is already encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is required, but the server does not offer STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no TLS support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start TLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::Transcript</name>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS started: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier session resumed, no certificate exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[message data: %n bytes]</source>
        <translation>
            <numerusform>[message data: %n byte]</numerusform>
            <numerusform>[message data: %n bytes]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::TranscriptModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[message data: %n byte(s)]</source>
        <translation>
            <numerusform>[message data: %n byte]</numerusform>
            <numerusform>[message data: %n bytes]</numerusform>
        </translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passwords and tokens in the transcript (they are masked by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save transcript as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are shown. Turn “Reveal credentials” off before sharing a screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
