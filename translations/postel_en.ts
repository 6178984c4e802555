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
    <name>MxCommand</name>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greeting: %1 %2 (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS: %1, %2, %3</source>
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
        <source>certificate: %1, issued by %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS: offered, but the certificate was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS: not offered (mail to this host travels unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the mail hosts (MX) of DOMAIN, or of an address&apos;s domain, and test each: greeting, STARTTLS, certificate, capabilities. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --mx: ask this DNS server, an IP address (always on port 53), instead of the system&apos;s resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --mx: the port to test on each host (default 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
--mx DOMAIN lists the domain&apos;s mail hosts in preference order (the domain
itself when it has no MX record, RFC 5321 section 5.1) and tests each on
port 25 or --port: greeting, STARTTLS, the certificate (verified against the
host&apos;s name) and capabilities. --ca-file, --no-verify, --ehlo, --timeout,
--debug-level and --json apply.
Exit codes with --mx:
  0  at least one host greeted with 220
  6  no host could be reached, or the DNS lookup failed
  8  usage error
  10 the domain takes no mail: a null MX (RFC 7505), no MX and no address,
     or no such domain
--json with --mx prints: domain, dns_server, port, status (found | null-mx |
no-mail-host | no-such-domain | dns-failure), mx [{host, preference,
implicit, addresses, address, greeting, starttls, tls {established,
protocol, cipher, verified, errors, peer_subject, issuer, expiry,
fingerprint_sha256} or null, capabilities, error}], error, exit_code.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns-server and --port go with --mx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with --mx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mx needs a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns-server takes an IP address (the DNS port is always 53): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds (1-86400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--debug-level takes 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) answered.</source>
        <translation>
            <numerusform>%1 of %n host answered.</numerusform>
            <numerusform>%1 of %n hosts answered.</numerusform>
        </translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record: the domain itself takes its mail (RFC 5321 section 5.1); asked %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail hosts of %1 in preference order (asked %2):</source>
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
    <name>postel::Capabilities</name>
    <message>
        <source>Several commands may be sent before their replies are read (RFC 2920).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message may be sent in BDAT chunks instead of DATA (RFC 3030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary message bodies are accepted with BDAT (RFC 3030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message bodies may contain 8-bit bytes (RFC 6152).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and headers may contain UTF-8 (RFC 6531).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announces the largest message it accepts (RFC 1870).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery status notifications may be requested (RFC 3461).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies carry detailed status codes such as 5.1.1 (RFC 2034, RFC 3463).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection can be switched to TLS with STARTTLS (RFC 3207).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may log in with the listed SASL mechanisms (RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers the HELP command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers VRFY (address verification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue run may be requested for a domain (RFC 1985).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender may require TLS for every hop (RFC 8689).</source>
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
    <name>postel::MxLookup</name>
    <message>
        <source>%1 is an address, not a domain: there is no MX to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 does not exist (the DNS says NXDOMAIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS lookup of the MX records of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): the domain accepts no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address (no A or AAAA record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed: no DNS server answered (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed: the DNS server %2 did not answer (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record and no address: no host takes mail for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>postel::MxProbe</name>
    <message>
        <source>%1 has no address to connect to.</source>
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
    <message>
        <source>This server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server (MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server: Postel looks up the MX of the first recipient&apos;s domain when sending and delivers there directly, as a mail server would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address of the DNS server to ask for MX records (port 53); empty for the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
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
    <message>
        <source>This profile sends to the recipient&apos;s mail server: add a recipient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s DNS server “%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the mail server of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the recipient&apos;s mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
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
    <message>
        <source>%1 — the recipient&apos;s mail server (MX), port %2, %3</source>
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
