<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
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
        <translation>
Kody wyjścia:
  0  sukces: wszyscy odbiorcy przyjęci (albo, bez --to, każdy krok się udał)
  1  wiadomość wysłano, ale niektórych odbiorców odrzucono
  2  odrzucono wszystkich odbiorców
  3  odrzucono nadawcę
  4  uwierzytelnianie nie powiodło się (odrzucone, nieoferowane albo brak
     mechanizmu, którego można użyć)
  5  TLS nie powiódł się (brak STARTTLS lub odmowa, błąd negocjacji
     lub certyfikatu)
  6  połączenie nie powiodło się (odmowa, zerwanie, przekroczony czas)
  7  błąd protokołu lub danych (nieoczekiwana odpowiedź, odmowa DATA, błędna
     odpowiedź)
  8  błąd użycia (zła opcja lub argument; nic nie wysłano)
  9  wynik nieznany: połączenie zerwało się po końcowej kropce, przed
     odpowiedzią serwera, więc serwer mógł przyjąć wiadomość

--json wypisuje na standardowe wyjście jeden obiekt: greeting [kod, tekst],
capabilities {słowo kluczowe: parametry}, tls {protocol, cipher, peer_subject,
issuer, expiry, verified, fingerprint_sha256} albo null, auth {mechanism, ok}
albo null, accepted [adresy], refused {adres: [kod, tekst]}, vrfy/expn
{argument: [kod, tekst]} na życzenie, error {kind, code, text, message} albo
null, outcome (sent | partly-sent | not-sent | unknown), transcript [{time,
direction, text, elapsed_ms, tls}] z zamaskowanymi danymi logowania oraz
exit_code. Nazwy pól i wartości są zawsze angielskie.
error.kind to jedno z: server-disconnected, response, sender-refused,
recipients-refused, data, connect, helo, not-supported, authentication, timeout,
tls, protocol, usage.
</translation>
    </message>
    <message>
        <source>Postel&apos;s command-line SMTP client, for scripted diagnostics.
Connects, greets, optionally starts TLS and logs in, then verifies addresses and/or sends a message, reporting every step.</source>
        <translation>Klient SMTP Postela działający w wierszu poleceń, do diagnostyki w skryptach.
Łączy się z serwerem, przedstawia się (EHLO), opcjonalnie włącza TLS i loguje się, a potem sprawdza adresy lub wysyła wiadomość, opisując każdy krok.</translation>
    </message>
    <message>
        <source>Server to connect to, HOST[:PORT] or [IPv6]:PORT (default port 25, 465 with --tls-on-connect).</source>
        <translation>Serwer, z którym się połączyć: HOST[:PORT] albo [IPv6]:PORT (domyślnie port 25, z --tls-on-connect 465).</translation>
    </message>
    <message>
        <source>Start TLS with STARTTLS after EHLO.</source>
        <translation>Po EHLO włącz TLS poleceniem STARTTLS.</translation>
    </message>
    <message>
        <source>TLS from the first byte (port 465 style).</source>
        <translation>TLS od pierwszego bajtu (jak na porcie 465).</translation>
    </message>
    <message>
        <source>Fail instead of continuing in clear text; implies --starttls unless --tls-on-connect.</source>
        <translation>Zakończ błędem zamiast kontynuować bez szyfrowania; oznacza --starttls, chyba że podano --tls-on-connect.</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (unsafe).</source>
        <translation>Nie sprawdzaj certyfikatu serwera (niebezpieczne).</translation>
    </message>
    <message>
        <source>Trust only the CA certificates in FILE (PEM).</source>
        <translation>Ufaj tylko certyfikatom CA z PLIKU (PEM).</translation>
    </message>
    <message>
        <source>Name to send with EHLO/HELO (default: this machine&apos;s FQDN, or an address literal).</source>
        <translation>Nazwa wysyłana w EHLO/HELO (domyślnie pełna nazwa tego komputera albo adres w nawiasach).</translation>
    </message>
    <message>
        <source>Speak LMTP (LHLO; one reply per recipient).</source>
        <translation>Używaj protokołu LMTP (LHLO; jedna odpowiedź na każdego odbiorcę).</translation>
    </message>
    <message>
        <source>Authentication mechanism: auto (the best both sides support, falling through), or one of SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN, LOGIN.</source>
        <translation>Mechanizm uwierzytelniania: auto (najlepszy obsługiwany przez obie strony, a w razie odmowy kolejny) albo jeden z: SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN, LOGIN.</translation>
    </message>
    <message>
        <source>User name to log in with.</source>
        <translation>Nazwa użytkownika do logowania.</translation>
    </message>
    <message>
        <source>Password (prefer the POSTEL_PASSWORD environment variable: a command line is visible to other users).</source>
        <translation>Hasło (lepiej użyć zmiennej środowiskowej POSTEL_PASSWORD: wiersz poleceń widzą inni użytkownicy).</translation>
    </message>
    <message>
        <source>Allow PLAIN and LOGIN over a connection without TLS.</source>
        <translation>Pozwól na PLAIN i LOGIN w połączeniu bez TLS.</translation>
    </message>
    <message>
        <source>Envelope sender (MAIL FROM).</source>
        <translation>Nadawca w kopercie (MAIL FROM).</translation>
    </message>
    <message>
        <source>Envelope recipient (RCPT TO); repeatable.</source>
        <translation>Odbiorca w kopercie (RCPT TO); można powtarzać.</translation>
    </message>
    <message>
        <source>Message to send, raw bytes (sendmail semantics: line ends normalised to CRLF, dot-stuffed); - reads standard input. Without it a short test message is sent.</source>
        <translation>Wiadomość do wysłania jako surowe bajty (jak sendmail: końce wierszy zamieniane na CRLF, kropki na początku wierszy podwajane); - czyta standardowe wejście. Bez tej opcji wysyłana jest krótka wiadomość testowa.</translation>
    </message>
    <message>
        <source>Send this .eml file with send_message semantics: the envelope comes from its headers (Sender or From; To, Cc, Bcc; one Resent-* block takes precedence) unless --from/--to are given, and Bcc is never transmitted.</source>
        <translation>Wyślij ten plik .eml tak jak send_message: kopertę tworzą jego nagłówki (Sender albo From; To, Cc, Bcc; pierwszeństwo ma blok Resent-*), chyba że podano --from/--to; Bcc nigdy nie jest przesyłane.</translation>
    </message>
    <message>
        <source>Compose a message: its subject.</source>
        <translation>Utwórz wiadomość: jej temat.</translation>
    </message>
    <message>
        <source>Compose a message: its plain-text body, or @FILE.</source>
        <translation>Utwórz wiadomość: jej treść jako zwykły tekst albo @PLIK.</translation>
    </message>
    <message>
        <source>Compose a message: an HTML alternative, or @FILE.</source>
        <translation>Utwórz wiadomość: wersja HTML albo @PLIK.</translation>
    </message>
    <message>
        <source>Compose a message: attach a file; repeatable.</source>
        <translation>Utwórz wiadomość: załącz plik; można powtarzać.</translation>
    </message>
    <message>
        <source>Compose a message: add a header; repeatable.</source>
        <translation>Utwórz wiadomość: dodaj nagłówek; można powtarzać.</translation>
    </message>
    <message>
        <source>Compose a message: a Cc recipient; repeatable.</source>
        <translation>Utwórz wiadomość: odbiorca DW (Cc); można powtarzać.</translation>
    </message>
    <message>
        <source>Compose a message: a Bcc recipient (in the envelope, never in the headers sent); repeatable.</source>
        <translation>Utwórz wiadomość: odbiorca UDW (Bcc; w kopercie, nigdy w wysłanych nagłówkach); można powtarzać.</translation>
    </message>
    <message>
        <source>Verify an address with VRFY; repeatable.</source>
        <translation>Sprawdź adres poleceniem VRFY; można powtarzać.</translation>
    </message>
    <message>
        <source>Expand a list with EXPN; repeatable.</source>
        <translation>Rozwiń listę poleceniem EXPN; można powtarzać.</translation>
    </message>
    <message>
        <source>Stop after a step and QUIT: connect, ehlo, tls, auth, mail, rcpt, data (after DATA&apos;s 354 the connection is closed, no message is sent).</source>
        <translation>Zatrzymaj się po kroku i wyślij QUIT: connect, ehlo, tls, auth, mail, rcpt, data (po odpowiedzi 354 na DATA połączenie jest zamykane, wiadomość nie jest wysyłana).</translation>
    </message>
    <message>
        <source>Transcript on stderr: 0 silent, 1 commands and replies, 2 the same with timestamps. Credentials are masked.</source>
        <translation>Dziennik sesji na standardowym wyjściu błędów: 0 – nic, 1 – polecenia i odpowiedzi, 2 – to samo ze znacznikami czasu. Dane logowania są zamaskowane.</translation>
    </message>
    <message>
        <source>Limit for each command, in seconds (default 60).</source>
        <translation>Limit czasu na każde polecenie, w sekundach (domyślnie 60).</translation>
    </message>
    <message>
        <source>Print one JSON report on stdout.</source>
        <translation>Wypisz jeden raport JSON na standardowe wyjście.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <source>--server is required.</source>
        <translation>Opcja --server jest wymagana.</translation>
    </message>
    <message>
        <source>--starttls and --tls-on-connect exclude each other.</source>
        <translation>Opcje --starttls i --tls-on-connect wzajemnie się wykluczają.</translation>
    </message>
    <message>
        <source>CA file not found: %1</source>
        <translation>Nie znaleziono pliku CA: %1</translation>
    </message>
    <message>
        <source>Unknown authentication mechanism: %1</source>
        <translation>Nieznany mechanizm uwierzytelniania: %1</translation>
    </message>
    <message>
        <source>--auth needs --auth-user.</source>
        <translation>Opcja --auth wymaga --auth-user.</translation>
    </message>
    <message>
        <source>--to needs --from.</source>
        <translation>Opcja --to wymaga --from.</translation>
    </message>
    <message>
        <source>--from needs at least one --to.</source>
        <translation>Opcja --from wymaga co najmniej jednego --to.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>--data needs --from and --to.</source>
        <translation>Opcja --data wymaga --from i --to.</translation>
    </message>
    <message>
        <source>--message excludes --data and the compose options.</source>
        <translation>Opcja --message wyklucza --data i opcje tworzenia wiadomości.</translation>
    </message>
    <message>
        <source>--data excludes the compose options.</source>
        <translation>Opcja --data wyklucza opcje tworzenia wiadomości.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Nie można użyć %1: %2</translation>
    </message>
    <message>
        <source>Composing a message needs --from.</source>
        <translation>Utworzenie wiadomości wymaga --from.</translation>
    </message>
    <message>
        <source>Bad address: %1</source>
        <translation>Błędny adres: %1</translation>
    </message>
    <message>
        <source>Cannot attach %1: %2</source>
        <translation>Nie można załączyć %1: %2</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;: %1</source>
        <translation>Opcja --header przyjmuje „Nazwa: wartość”: %1</translation>
    </message>
    <message>
        <source>--quit-after takes one of: %1</source>
        <translation>Opcja --quit-after przyjmuje jedno z: %1</translation>
    </message>
    <message>
        <source>--debug-level takes 0, 1 or 2.</source>
        <translation>Opcja --debug-level przyjmuje 0, 1 albo 2.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds (1-86400).</source>
        <translation>Opcja --timeout przyjmuje liczbę sekund (1–86400).</translation>
    </message>
</context>
<context>
    <name>MailMessage</name>
    <message>
        <source>the address is empty</source>
        <translation>adres jest pusty</translation>
    </message>
    <message>
        <source>“%1” has no “@domain”</source>
        <translation>„%1” nie ma części „@domena”</translation>
    </message>
    <message>
        <source>“%1” has nothing before the “@”</source>
        <translation>„%1” nie ma nic przed „@”</translation>
    </message>
    <message>
        <source>“%1” has no domain after the “@”</source>
        <translation>„%1” nie ma domeny po „@”</translation>
    </message>
    <message>
        <source>“%1” contains a space or a character not allowed in an address</source>
        <translation>„%1” zawiera spację lub znak niedozwolony w adresie</translation>
    </message>
    <message>
        <source>Cannot read the attachment “%1”: %2</source>
        <translation>Nie można odczytać załącznika „%1”: %2</translation>
    </message>
    <message>
        <source>No address was given.</source>
        <translation>Nie podano adresu.</translation>
    </message>
    <message>
        <source>Only one address is allowed here, not %1.</source>
        <translation>Tu wolno podać tylko jeden adres, a nie %1.</translation>
    </message>
    <message>
        <source>it is not an address</source>
        <translation>to nie jest adres</translation>
    </message>
    <message>
        <source>Address %1 (“%2”, at character %3): %4.</source>
        <translation>Adres %1 („%2”, znak %3): %4.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address list.</source>
        <translation>„%1” nie jest poprawną listą adresów.</translation>
    </message>
    <message>
        <source>“%1” is not a readable file.</source>
        <translation>„%1” nie jest plikiem, który da się odczytać.</translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation>Wyjście nie jest otwarte do zapisu.</translation>
    </message>
    <message>
        <source>The address “%1” is not ASCII: it can only be sent to a server that offers SMTPUTF8.</source>
        <translation>Adres „%1” nie jest w ASCII: można go wysłać tylko do serwera, który oferuje SMTPUTF8.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation>„%1” nie jest poprawną nazwą nagłówka.</translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation>Nagłówek %1: %2</translation>
    </message>
    <message>
        <source>Writing the message failed: %1</source>
        <translation>Nie udało się zapisać wiadomości: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Nie można zapisać „%1”: %2</translation>
    </message>
    <message>
        <source>the message is truncated or a multipart boundary is broken (a part never ends)</source>
        <translation>wiadomość jest ucięta albo granica części multipart jest uszkodzona (część nigdy się nie kończy)</translation>
    </message>
    <message>
        <source>a multipart has no parts (broken or missing boundary)</source>
        <translation>multipart nie ma żadnych części (uszkodzona lub brakująca granica)</translation>
    </message>
    <message>
        <source>a multipart has no boundary parameter</source>
        <translation>multipart nie ma parametru boundary</translation>
    </message>
    <message>
        <source>MIME parts are nested too deeply</source>
        <translation>części MIME są zagnieżdżone zbyt głęboko</translation>
    </message>
    <message>
        <source>a MIME part has neither headers nor content</source>
        <translation>część MIME nie ma ani nagłówków, ani treści</translation>
    </message>
    <message>
        <source>invalid header field name “%1”</source>
        <translation>niepoprawna nazwa pola nagłówka „%1”</translation>
    </message>
    <message>
        <source>Not a valid message: %1 (line %2, byte %3).</source>
        <translation>To nie jest poprawna wiadomość: %1 (wiersz %2, bajt %3).</translation>
    </message>
    <message>
        <source>Not a valid message: %1.</source>
        <translation>To nie jest poprawna wiadomość: %1.</translation>
    </message>
    <message>
        <source>Not a message: the input is empty.</source>
        <translation>To nie jest wiadomość: dane wejściowe są puste.</translation>
    </message>
    <message>
        <source>Not a message: line %1 contains NUL bytes (binary data where header fields should be).</source>
        <translation>To nie jest wiadomość: wiersz %1 zawiera bajty NUL (dane binarne tam, gdzie powinny być pola nagłówka).</translation>
    </message>
    <message>
        <source>Not a message: line 1 starts with white space instead of a header field.</source>
        <translation>To nie jest wiadomość: wiersz 1 zaczyna się od białego znaku zamiast od pola nagłówka.</translation>
    </message>
    <message>
        <source>Not a message: line %1 is not a header field (“%2”).</source>
        <translation>To nie jest wiadomość: wiersz %1 nie jest polem nagłówka („%2”).</translation>
    </message>
    <message>
        <source>The message has more than %1 header fields; Postel does not read messages like this (line %2).</source>
        <translation>Wiadomość ma ponad %1 pól nagłówka; Postel nie czyta takich wiadomości (wiersz %2).</translation>
    </message>
    <message>
        <source>Not a message: there are no header fields.</source>
        <translation>To nie jest wiadomość: nie ma w niej pól nagłówka.</translation>
    </message>
    <message>
        <source>Not a message: it could not be read as RFC 5322.</source>
        <translation>To nie jest wiadomość: nie da się jej odczytać zgodnie z RFC 5322.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Nie można otworzyć „%1”: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The message has %1 blocks of Resent-* headers: it is ambiguous which one gives the sender and recipients.</source>
        <translation>Wiadomość zawiera kilka bloków nagłówków Resent-* (%1): nie wiadomo, który z nich wskazuje nadawcę i odbiorców.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file for the message: %1</source>
        <translation>Nie można utworzyć pliku tymczasowego na wiadomość: %1</translation>
    </message>
    <message>
        <source>An address is not ASCII, and the server does not offer SMTPUTF8: the message cannot be sent to this server as it is.</source>
        <translation>Jeden z adresów nie jest w ASCII, a serwer nie oferuje SMTPUTF8: w tej postaci wiadomości nie da się wysłać przez ten serwer.</translation>
    </message>
</context>
<context>
    <name>MxCommand</name>
    <message>
        <source>certificate: %1, issued by %2, valid until %3</source>
        <translation>certyfikat: %1, wystawca: %2, ważny do %3</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>brak adresu</translation>
    </message>
    <message>
        <source>greeting: %1 %2 (from %3)</source>
        <translation>powitanie: %1 %2 (z %3)</translation>
    </message>
    <message>
        <source>STARTTLS: %1, %2, %3</source>
        <translation>STARTTLS: %1, %2, %3</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certyfikat zweryfikowany</translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation>certyfikat NIEZWERYFIKOWANY</translation>
    </message>
    <message>
        <source>STARTTLS: offered, but the certificate was refused</source>
        <translation>STARTTLS: oferowany, ale certyfikat odrzucono</translation>
    </message>
    <message>
        <source>STARTTLS: not offered (mail to this host travels unencrypted)</source>
        <translation>STARTTLS: nieoferowany (poczta do tego serwera idzie bez szyfrowania)</translation>
    </message>
    <message>
        <source>capabilities: %1</source>
        <translation>możliwości: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>błąd: %1</translation>
    </message>
    <message>
        <source>Look up the mail hosts (MX) of DOMAIN, or of an address&apos;s domain, and test each: greeting, STARTTLS, certificate, capabilities. Nothing is sent.</source>
        <translation>Znajdź serwery poczty (MX) DOMENY albo domeny podanego adresu i sprawdź każdy z nich: powitanie, STARTTLS, certyfikat, możliwości. Nic nie jest wysyłane.</translation>
    </message>
    <message>
        <source>With --mx: ask this DNS server, an IP address (always on port 53), instead of the system&apos;s resolver.</source>
        <translation>Z --mx: pytaj ten serwer DNS (adres IP, zawsze port 53) zamiast resolvera systemu.</translation>
    </message>
    <message>
        <source>With --mx: the port to test on each host (default 25).</source>
        <translation>Z --mx: port, na którym sprawdzić każdy serwer (domyślnie 25).</translation>
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
        <translation>
--mx DOMENA wymienia serwery poczty domeny w kolejności preferencji (samą
domenę, gdy nie ma ona rekordu MX, RFC 5321, sekcja 5.1) i sprawdza każdy na
porcie 25 albo --port: powitanie, STARTTLS, certyfikat (weryfikowany wobec
nazwy serwera) i możliwości. Działają przy tym --ca-file, --no-verify, --ehlo,
--timeout, --debug-level i --json.
Kody wyjścia z --mx:
  0  co najmniej jeden serwer przywitał się kodem 220
  6  żaden serwer nie był osiągalny albo zapytanie DNS się nie powiodło
  8  błąd użycia
  10 domena nie przyjmuje poczty: pusty MX (RFC 7505), brak MX i adresu
     albo nie ma takiej domeny
--json z --mx wypisuje: domain, dns_server, port, status (found | null-mx |
no-mail-host | no-such-domain | dns-failure), mx [{host, preference,
implicit, addresses, address, greeting, starttls, tls {established,
protocol, cipher, verified, errors, peer_subject, issuer, expiry,
fingerprint_sha256} albo null, capabilities, error}], error, exit_code.
</translation>
    </message>
    <message>
        <source>--dns-server and --port go with --mx.</source>
        <translation>Opcje --dns-server i --port działają tylko z --mx.</translation>
    </message>
    <message>
        <source>--%1 does not go with --mx.</source>
        <translation>Opcji --%1 nie można łączyć z --mx.</translation>
    </message>
    <message>
        <source>--mx needs a domain.</source>
        <translation>Opcja --mx wymaga domeny.</translation>
    </message>
    <message>
        <source>--dns-server takes an IP address (the DNS port is always 53): %1</source>
        <translation>Opcja --dns-server przyjmuje adres IP (port DNS to zawsze 53): %1</translation>
    </message>
    <message>
        <source>--port takes a number from 1 to 65535.</source>
        <translation>Opcja --port przyjmuje liczbę od 1 do 65535.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds (1-86400).</source>
        <translation>Opcja --timeout przyjmuje liczbę sekund (1–86400).</translation>
    </message>
    <message>
        <source>--debug-level takes 0, 1 or 2.</source>
        <translation>Opcja --debug-level przyjmuje 0, 1 albo 2.</translation>
    </message>
    <message>
        <source>CA file not found: %1</source>
        <translation>Nie znaleziono pliku CA: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) answered.</source>
        <translation>
            <numerusform>Odpowiedziało %1 z %n serwera.</numerusform>
            <numerusform>Odpowiedziało %1 z %n serwerów.</numerusform>
            <numerusform>Odpowiedziało %1 z %n serwerów.</numerusform>
        </translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>resolver systemu</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>serwer DNS %1</translation>
    </message>
    <message>
        <source>%1 has no MX record: the domain itself takes its mail (RFC 5321 section 5.1); asked %2.</source>
        <translation>Domena %1 nie ma rekordu MX: pocztę przyjmuje sama domena (RFC 5321, sekcja 5.1); zapytano: %2.</translation>
    </message>
    <message>
        <source>Mail hosts of %1 in preference order (asked %2):</source>
        <translation>Serwery poczty domeny %1 w kolejności preferencji (zapytano: %2):</translation>
    </message>
</context>
<context>
    <name>SandboxCli</name>
    <message>
        <source>Runs Postel&apos;s sandbox SMTP server: it accepts mail on loopback and keeps every
message it accepts as an .eml file with a .json envelope. It speaks ESMTP with
PIPELINING, SIZE, 8BITMIME, SMTPUTF8, ENHANCEDSTATUSCODES, CHUNKING (BDAT), DSN,
STARTTLS and AUTH PLAIN/LOGIN/CRAM-MD5, and misbehaves on request.

On start it prints, one per line on standard output:
  listening HOST:PORT          the plain listener (port 0 shows the port chosen)
  tls-listening HOST:PORT      the implicit-TLS listener, with --tls-listen
  certificate PATH             the self-signed certificate (trust it as a CA)
  maildir DIR                  where messages go
Each accepted message adds a line &quot;accepted ID&quot;; connections and faults are
logged on standard error.

The TLS certificate (CN=localhost, SAN localhost, 127.0.0.1, ::1) is made on
first use and kept in the data folder (sandbox-tls/cert.pem, key.pem).

--config FILE is a JSON object; every key is optional:
  &quot;listen&quot;: &quot;127.0.0.1:2525&quot;        like --listen
  &quot;tls_listen&quot;: &quot;127.0.0.1:4650&quot;    like --tls-listen
  &quot;maildir&quot;: &quot;DIR&quot;                  like --maildir
  &quot;tls_certificate&quot;: &quot;cert.pem&quot;, &quot;tls_key&quot;: &quot;key.pem&quot;   use these instead
  &quot;tls_directory&quot;: &quot;DIR&quot;            where the generated certificate is kept
  &quot;hostname&quot;: &quot;localhost&quot;           in the greeting and EHLO reply
  &quot;greeting&quot;: &quot;ESMTP Postel sandbox ready&quot;
  &quot;extensions&quot;: [&quot;PIPELINING&quot;,&quot;SIZE&quot;,&quot;8BITMIME&quot;,&quot;SMTPUTF8&quot;,
                 &quot;ENHANCEDSTATUSCODES&quot;,&quot;CHUNKING&quot;,&quot;DSN&quot;,&quot;STARTTLS&quot;,&quot;AUTH&quot;]
                                    advertised (and accepted) extensions
  &quot;users&quot;: [&quot;NAME:PASSWORD&quot;, {&quot;user&quot;: &quot;NAME&quot;, &quot;password&quot;: &quot;PW&quot;}]
  &quot;require_auth&quot;: false, &quot;require_tls&quot;: false
  &quot;plaintext_auth&quot;: true            offer PLAIN/LOGIN before TLS
  &quot;size_limit&quot;: 26214400            bytes, 0 = none
  &quot;max_recipients&quot;: 100, &quot;max_connections&quot;: 500, &quot;max_errors&quot;: 20
  &quot;idle_timeout_ms&quot;: 300000
  &quot;max_command_line&quot;: 16384, &quot;max_data_line&quot;: 1000   octets with CRLF
  &quot;refuse_senders&quot;: [&quot;PATTERN[=CODE [X.Y.Z] [TEXT]]&quot;,
                     {&quot;pattern&quot;: &quot;*@bad.test&quot;, &quot;reply&quot;: &quot;550 5.7.1 No&quot;}]
  &quot;refuse_recipients&quot;: (the same form; default reply 550 5.1.1)
  &quot;faults&quot;: [{&quot;step&quot;: STEP, &quot;action&quot;: &quot;delay&quot;, &quot;delay_ms&quot;: 2000},
             {&quot;step&quot;: STEP, &quot;action&quot;: &quot;drop&quot;},
             {&quot;step&quot;: STEP, &quot;action&quot;: &quot;421&quot;},
             {&quot;step&quot;: STEP, &quot;action&quot;: &quot;reply&quot;, &quot;reply&quot;: &quot;554 5.7.1 No&quot;},
             ... &quot;occurrence&quot;: N   only the N-th time in a connection]
     STEP: connect, helo, starttls, auth, mail, rcpt, data, dot (after the
     final dot or BDAT LAST: a reply there rejects the message), rset, quit
Command-line options override the file; --user and --refuse add to it.</source>
        <translation>Uruchamia serwer SMTP piaskownicy Postela: przyjmuje pocztę na interfejsie
pętli zwrotnej (loopback) i zachowuje każdą przyjętą wiadomość jako plik .eml
z kopertą w pliku .json. Obsługuje ESMTP z PIPELINING, SIZE, 8BITMIME,
SMTPUTF8, ENHANCEDSTATUSCODES, CHUNKING (BDAT), DSN, STARTTLS i AUTH
PLAIN/LOGIN/CRAM-MD5, a na życzenie symuluje awarie.

Po uruchomieniu wypisuje na standardowe wyjście, po jednym w wierszu (zawsze
po angielsku, dla skryptów):
  listening HOST:PORT          gniazdo bez TLS (przy porcie 0 – wybrany port)
  tls-listening HOST:PORT      gniazdo z TLS od pierwszego bajtu (--tls-listen)
  certificate ŚCIEŻKA          certyfikat z własnym podpisem (zaufaj mu jak CA)
  maildir KATALOG              miejsce, do którego trafiają wiadomości
Każda przyjęta wiadomość dopisuje wiersz „accepted ID”; połączenia i symulowane
awarie są opisywane na standardowym wyjściu błędów.

Certyfikat TLS (CN=localhost, SAN localhost, 127.0.0.1, ::1) jest tworzony
przy pierwszym użyciu i przechowywany w katalogu danych (sandbox-tls/cert.pem,
key.pem).

--config PLIK to obiekt JSON; każdy klucz jest opcjonalny:
  &quot;listen&quot;: &quot;127.0.0.1:2525&quot;        jak --listen
  &quot;tls_listen&quot;: &quot;127.0.0.1:4650&quot;    jak --tls-listen
  &quot;maildir&quot;: &quot;KATALOG&quot;              jak --maildir
  &quot;tls_certificate&quot;: &quot;cert.pem&quot;, &quot;tls_key&quot;: &quot;key.pem&quot;   użyj tych plików
  &quot;tls_directory&quot;: &quot;KATALOG&quot;        gdzie przechowywać utworzony certyfikat
  &quot;hostname&quot;: &quot;localhost&quot;           w powitaniu i odpowiedzi na EHLO
  &quot;greeting&quot;: &quot;ESMTP Postel sandbox ready&quot;
  &quot;extensions&quot;: [&quot;PIPELINING&quot;,&quot;SIZE&quot;,&quot;8BITMIME&quot;,&quot;SMTPUTF8&quot;,
                 &quot;ENHANCEDSTATUSCODES&quot;,&quot;CHUNKING&quot;,&quot;DSN&quot;,&quot;STARTTLS&quot;,&quot;AUTH&quot;]
                                    ogłaszane (i obsługiwane) rozszerzenia
  &quot;users&quot;: [&quot;NAZWA:HASŁO&quot;, {&quot;user&quot;: &quot;NAZWA&quot;, &quot;password&quot;: &quot;HASŁO&quot;}]
  &quot;require_auth&quot;: false, &quot;require_tls&quot;: false
  &quot;plaintext_auth&quot;: true            oferuj PLAIN/LOGIN przed włączeniem TLS
  &quot;size_limit&quot;: 26214400            w bajtach, 0 = bez limitu
  &quot;max_recipients&quot;: 100, &quot;max_connections&quot;: 500, &quot;max_errors&quot;: 20
  &quot;idle_timeout_ms&quot;: 300000
  &quot;max_command_line&quot;: 16384, &quot;max_data_line&quot;: 1000   w oktetach, z CRLF
  &quot;refuse_senders&quot;: [&quot;WZORZEC[=KOD [X.Y.Z] [TEKST]]&quot;,
                     {&quot;pattern&quot;: &quot;*@bad.test&quot;, &quot;reply&quot;: &quot;550 5.7.1 No&quot;}]
  &quot;refuse_recipients&quot;: (ta sama postać; domyślna odpowiedź 550 5.1.1)
  &quot;faults&quot;: [{&quot;step&quot;: ETAP, &quot;action&quot;: &quot;delay&quot;, &quot;delay_ms&quot;: 2000},
             {&quot;step&quot;: ETAP, &quot;action&quot;: &quot;drop&quot;},
             {&quot;step&quot;: ETAP, &quot;action&quot;: &quot;421&quot;},
             {&quot;step&quot;: ETAP, &quot;action&quot;: &quot;reply&quot;, &quot;reply&quot;: &quot;554 5.7.1 No&quot;},
             ... &quot;occurrence&quot;: N   tylko za N-tym razem w połączeniu]
     ETAP: connect, helo, starttls, auth, mail, rcpt, data, dot (po końcowej
     kropce albo BDAT LAST: odpowiedź w tym miejscu odrzuca wiadomość), rset,
     quit
Opcje wiersza poleceń mają pierwszeństwo przed plikiem; --user i --refuse
dodają do niego kolejne wpisy.</translation>
    </message>
    <message>
        <source>Listen for SMTP (with STARTTLS) on HOST:PORT (default 127.0.0.1:2525; port 0 picks a free port).</source>
        <translation>Nasłuchuj SMTP (ze STARTTLS) na HOST:PORT (domyślnie 127.0.0.1:2525; port 0 wybiera wolny port).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Also listen for TLS from the first byte.</source>
        <translation>Nasłuchuj także połączeń z TLS od pierwszego bajtu.</translation>
    </message>
    <message>
        <source>Keep messages in DIR (default: the sandbox folder in Postel&apos;s data folder).</source>
        <translation>Zachowuj wiadomości w KATALOGU (domyślnie: katalog piaskownicy w katalogu danych Postela).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>KATALOG</translation>
    </message>
    <message>
        <source>Accept AUTH for NAME with PASSWORD (repeatable).</source>
        <translation>Przyjmuj AUTH użytkownika NAZWA z hasłem HASŁO (można powtarzać).</translation>
    </message>
    <message>
        <source>NAME:PASSWORD</source>
        <translation>NAZWA:HASŁO</translation>
    </message>
    <message>
        <source>Refuse MAIL until the client has logged in.</source>
        <translation>Odrzucaj MAIL, dopóki klient się nie zaloguje.</translation>
    </message>
    <message>
        <source>Refuse everything but EHLO, STARTTLS, NOOP, RSET and QUIT until TLS is on.</source>
        <translation>Odrzucaj wszystko poza EHLO, STARTTLS, NOOP, RSET i QUIT, dopóki nie zostanie włączony TLS.</translation>
    </message>
    <message>
        <source>Refuse recipients matching the glob PATTERN with CODE (default &quot;550 5.1.1&quot;), e.g. &apos;*@refused.test=450 4.2.1&apos; (repeatable).</source>
        <translation>Odrzucaj odbiorców pasujących do WZORCA (glob) z kodem KOD (domyślnie „550 5.1.1”), np. &apos;*@refused.test=450 4.2.1&apos; (można powtarzać).</translation>
    </message>
    <message>
        <source>PATTERN[=CODE]</source>
        <translation>WZORZEC[=KOD]</translation>
    </message>
    <message>
        <source>Read the behaviour from a JSON file (see above).</source>
        <translation>Wczytaj zachowanie serwera z pliku JSON (zob. wyżej).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>nieoczekiwany argument %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 nie jest obiektem JSON: %2</translation>
    </message>
    <message>
        <source>--user needs NAME:PASSWORD, not %1</source>
        <translation>opcja --user wymaga postaci NAZWA:HASŁO, a nie %1</translation>
    </message>
    <message>
        <source>--refuse needs PATTERN[=CODE [X.Y.Z] [TEXT]], not %1</source>
        <translation>opcja --refuse wymaga postaci WZORZEC[=KOD [X.Y.Z] [TEKST]], a nie %1</translation>
    </message>
    <message>
        <source>warning: --require-auth without --user: nobody can send.</source>
        <translation>ostrzeżenie: --require-auth bez --user: nikt nie będzie mógł wysyłać.</translation>
    </message>
    <message>
        <source>expected HOST:PORT with an IP address or localhost, not %1</source>
        <translation>oczekiwano HOST:PORT z adresem IP albo localhost, a nie %1</translation>
    </message>
    <message>
        <source>warning: listening on %1, which is not loopback: anyone who can reach it can send mail here.</source>
        <translation>ostrzeżenie: nasłuchiwanie na %1, który nie jest adresem pętli zwrotnej: każdy, kto do niego dotrze, może tu wysyłać pocztę.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>błąd: %1</translation>
    </message>
    <message>
        <source>[%1] connected from %2 over TLS</source>
        <translation>[%1] połączenie z %2 przez TLS</translation>
    </message>
    <message>
        <source>[%1] connected from %2</source>
        <translation>[%1] połączenie z %2</translation>
    </message>
    <message>
        <source>[%1] closed</source>
        <translation>[%1] zamknięto</translation>
    </message>
    <message>
        <source>[%1] fault: %2</source>
        <translation>[%1] symulowana awaria: %2</translation>
    </message>
    <message numerus="yes">
        <source>accepted %1 from &lt;%2&gt; for %n recipient(s), %3 B</source>
        <translation>
            <numerusform>przyjęto %1 od &lt;%2&gt; dla %n odbiorcy, %3 B</numerusform>
            <numerusform>przyjęto %1 od &lt;%2&gt; dla %n odbiorców, %3 B</numerusform>
            <numerusform>przyjęto %1 od &lt;%2&gt; dla %n odbiorców, %3 B</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel</name>
    <message>
        <source>Invalid rule: %1</source>
        <translation>Niepoprawna reguła: %1</translation>
    </message>
    <message>
        <source>Invalid reply in rule: %1</source>
        <translation>Niepoprawna odpowiedź w regule: %1</translation>
    </message>
    <message>
        <source>A rule has no pattern.</source>
        <translation>Reguła nie ma wzorca.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not make a certificate.</source>
        <translation>OpenSSL nie zdołał utworzyć certyfikatu.</translation>
    </message>
    <message>
        <source>Running openssl to make a certificate failed: %1</source>
        <translation>Nie udało się utworzyć certyfikatu poleceniem openssl: %1</translation>
    </message>
</context>
<context>
    <name>postel::AddressField</name>
    <message>
        <source>⚠ Not a valid address: %1</source>
        <translation>⚠ Niepoprawny adres: %1</translation>
    </message>
    <message>
        <source>⚠ Only one address belongs here.</source>
        <translation>⚠ Tu należy podać tylko jeden adres.</translation>
    </message>
</context>
<context>
    <name>postel::AuthOperation</name>
    <message>
        <source>No authentication mechanism was given.</source>
        <translation>Nie podano mechanizmu uwierzytelniania.</translation>
    </message>
    <message>
        <source>TLS is required, but the connection is not encrypted: the credentials were not sent.</source>
        <translation>TLS jest wymagany, a połączenie nie jest szyfrowane: dane logowania nie zostały wysłane.</translation>
    </message>
    <message>
        <source>%1 would send the password unencrypted. Use STARTTLS or TLS, or allow cleartext authentication explicitly.</source>
        <translation>Mechanizm %1 wysłałby hasło bez szyfrowania. Użyj STARTTLS lub TLS albo jawnie zezwól na uwierzytelnianie bez szyfrowania.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent more than %n authentication challenges; the exchange was cancelled.</source>
        <translation>
            <numerusform>Serwer wysłał więcej niż %n wyzwanie uwierzytelniania; wymianę przerwano.</numerusform>
            <numerusform>Serwer wysłał więcej niż %n wyzwania uwierzytelniania; wymianę przerwano.</numerusform>
            <numerusform>Serwer wysłał więcej niż %n wyzwań uwierzytelniania; wymianę przerwano.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 mechanism could not answer the server&apos;s challenge.</source>
        <translation>Mechanizm %1 nie potrafił odpowiedzieć na wyzwanie serwera.</translation>
    </message>
    <message>
        <source>The server rejected the credentials.</source>
        <translation>Serwer odrzucił dane logowania.</translation>
    </message>
</context>
<context>
    <name>postel::Capabilities</name>
    <message>
        <source>Several commands may be sent before their replies are read (RFC 2920).</source>
        <translation>Można wysłać kilka poleceń przed odczytaniem odpowiedzi na nie (RFC 2920).</translation>
    </message>
    <message>
        <source>The message may be sent in BDAT chunks instead of DATA (RFC 3030).</source>
        <translation>Wiadomość można wysłać we fragmentach poleceniem BDAT zamiast DATA (RFC 3030).</translation>
    </message>
    <message>
        <source>Binary message bodies are accepted with BDAT (RFC 3030).</source>
        <translation>Serwer przyjmuje binarną treść wiadomości przez BDAT (RFC 3030).</translation>
    </message>
    <message>
        <source>Message bodies may contain 8-bit bytes (RFC 6152).</source>
        <translation>Treść wiadomości może zawierać bajty 8-bitowe (RFC 6152).</translation>
    </message>
    <message>
        <source>Addresses and headers may contain UTF-8 (RFC 6531).</source>
        <translation>Adresy i nagłówki mogą zawierać UTF-8 (RFC 6531).</translation>
    </message>
    <message>
        <source>The server announces the largest message it accepts (RFC 1870).</source>
        <translation>Serwer podaje największy rozmiar wiadomości, jaki przyjmie (RFC 1870).</translation>
    </message>
    <message>
        <source>Delivery status notifications may be requested (RFC 3461).</source>
        <translation>Można prosić o powiadomienia o stanie doręczenia (RFC 3461).</translation>
    </message>
    <message>
        <source>Replies carry detailed status codes such as 5.1.1 (RFC 2034, RFC 3463).</source>
        <translation>Odpowiedzi zawierają szczegółowe kody stanu, np. 5.1.1 (RFC 2034, RFC 3463).</translation>
    </message>
    <message>
        <source>The connection can be switched to TLS with STARTTLS (RFC 3207).</source>
        <translation>Połączenie można przełączyć na TLS poleceniem STARTTLS (RFC 3207).</translation>
    </message>
    <message>
        <source>The client may log in with the listed SASL mechanisms (RFC 4954).</source>
        <translation>Klient może się zalogować wymienionymi mechanizmami SASL (RFC 4954).</translation>
    </message>
    <message>
        <source>The server answers the HELP command.</source>
        <translation>Serwer odpowiada na polecenie HELP.</translation>
    </message>
    <message>
        <source>The server answers VRFY (address verification).</source>
        <translation>Serwer odpowiada na VRFY (weryfikację adresu).</translation>
    </message>
    <message>
        <source>A queue run may be requested for a domain (RFC 1985).</source>
        <translation>Można zażądać przetworzenia kolejki dla domeny (RFC 1985).</translation>
    </message>
    <message>
        <source>The sender may require TLS for every hop (RFC 8689).</source>
        <translation>Nadawca może wymagać TLS na każdym odcinku drogi (RFC 8689).</translation>
    </message>
</context>
<context>
    <name>postel::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Niezaufany certyfikat</translation>
    </message>
    <message>
        <source>The server %1 showed a certificate that could not be verified. Someone may be listening in, or the server uses its own certificate. Trust it only if you know this certificate is the right one.</source>
        <translation>Serwer %1 przedstawił certyfikat, którego nie udało się zweryfikować. Ktoś może podsłuchiwać połączenie albo serwer używa własnego certyfikatu. Zaufaj mu tylko wtedy, gdy wiesz, że to właściwy certyfikat.</translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation>Co jest nie tak:</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Serwer nie przesłał certyfikatu.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Odcisk palca SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Trust for “%1” only</source>
        <translation>&amp;Ufaj tylko w profilu „%1”</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;Nie ufaj</translation>
    </message>
</context>
<context>
    <name>postel::CommandOperation</name>
    <message>
        <source>SMTPUTF8 is not supported by the server.</source>
        <translation>Serwer nie obsługuje SMTPUTF8.</translation>
    </message>
</context>
<context>
    <name>postel::ComposerWidget</name>
    <message>
        <source>Your Name &lt;you@example.org&gt;</source>
        <translation>Imię Nazwisko &lt;ty@example.org&gt;</translation>
    </message>
    <message>
        <source>Recipients, separated by commas</source>
        <translation>Odbiorcy, oddzieleni przecinkami</translation>
    </message>
    <message>
        <source>Hidden recipients: never sent in the message</source>
        <translation>Ukryci odbiorcy: nie pojawiają się w wysłanej wiadomości</translation>
    </message>
    <message>
        <source>What is this about?</source>
        <translation>Czego dotyczy wiadomość?</translation>
    </message>
    <message>
        <source>Cc/Bcc</source>
        <translation>DW/UDW</translation>
    </message>
    <message>
        <source>Show the Cc and Bcc fields</source>
        <translation>Pokaż pola DW i UDW</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>D&amp;W:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;UDW:</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Treść wiadomości</translation>
    </message>
    <message>
        <source>Write your message here. Drop files anywhere to attach them.</source>
        <translation>Tu napisz wiadomość. Upuść pliki w dowolnym miejscu, aby je załączyć.</translation>
    </message>
    <message>
        <source>Send formatted text (an HTML alternative next to the plain text)</source>
        <translation>Wyślij tekst sformatowany (wersję HTML obok zwykłego tekstu)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Pogrubienie</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursywa</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Podkreślenie</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Załącz…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected attachments</source>
        <translation>Usuń zaznaczone załączniki</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>Fill in who the message is from.</source>
        <translation>Podaj, od kogo jest wiadomość.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Dodaj co najmniej jednego odbiorcę.</translation>
    </message>
    <message>
        <source>missing file</source>
        <translation>brak pliku</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No attachments — drop files here or use Attach…</source>
        <translation>Brak załączników — upuść tu pliki albo użyj „Załącz…”</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in total</source>
        <translation>
            <numerusform>%n załącznik, łącznie %1</numerusform>
            <numerusform>%n załączniki, łącznie %1</numerusform>
            <numerusform>%n załączników, łącznie %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Załącz pliki</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These files could not be attached:
%1</source>
        <translation>Nie udało się załączyć tych plików:
%1</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>HTM&amp;L</source>
        <translation>&amp;HTML</translation>
    </message>
</context>
<context>
    <name>postel::ConnectOperation</name>
    <message>
        <source>“%1” is not a valid host or host:port.</source>
        <translation>„%1” nie jest poprawną nazwą hosta ani parą host:port.</translation>
    </message>
    <message>
        <source>The server did not greet with 220.</source>
        <translation>Serwer nie przywitał się kodem 220.</translation>
    </message>
</context>
<context>
    <name>postel::Conversation</name>
    <message>
        <source>Postel does not implement the authentication mechanism %1.</source>
        <translation>Postel nie obsługuje mechanizmu uwierzytelniania %1.</translation>
    </message>
    <message>
        <source>The server did not accept DATA.</source>
        <translation>Serwer nie przyjął polecenia DATA.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>postel::DataOperation</name>
    <message>
        <source>The server did not accept DATA.</source>
        <translation>Serwer nie przyjął polecenia DATA.</translation>
    </message>
</context>
<context>
    <name>postel::EhloOrHeloOperation</name>
    <message>
        <source>The server is not available (421) and closed the connection.</source>
        <translation>Serwer jest niedostępny (421) i zamknął połączenie.</translation>
    </message>
    <message>
        <source>The server refused both EHLO and HELO.</source>
        <translation>Serwer odrzucił zarówno EHLO, jak i HELO.</translation>
    </message>
</context>
<context>
    <name>postel::Languages</name>
    <message>
        <source>Polish</source>
        <comment>the language, inside a sentence</comment>
        <translation>polski</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the language, inside a sentence</comment>
        <translation>angielski</translation>
    </message>
</context>
<context>
    <name>postel::LoginOperation</name>
    <message>
        <source>TLS is required, but the connection is not encrypted: the credentials were not sent.</source>
        <translation>TLS jest wymagany, a połączenie nie jest szyfrowane: dane logowania nie zostały wysłane.</translation>
    </message>
    <message>
        <source>The server does not offer SMTP AUTH.</source>
        <translation>Serwer nie oferuje SMTP AUTH.</translation>
    </message>
    <message>
        <source>The server offers only %1, which would send the password unencrypted. Use STARTTLS or TLS, or allow cleartext authentication explicitly.</source>
        <translation>Serwer oferuje tylko %1, co oznaczałoby wysłanie hasła bez szyfrowania. Użyj STARTTLS lub TLS albo jawnie zezwól na uwierzytelnianie bez szyfrowania.</translation>
    </message>
    <message>
        <source>No suitable authentication mechanism: the server offers %1.</source>
        <translation>Brak odpowiedniego mechanizmu uwierzytelniania: serwer oferuje %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>postel::MainWindow</name>
    <message>
        <source>The server to send through</source>
        <translation>Serwer, przez który wysyłasz</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Profil serwera</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Passwords are kept only until Postel quits.</source>
        <translation>Pęk kluczy jest niedostępny (%1). Hasła są przechowywane tylko do zamknięcia Postela.</translation>
    </message>
    <message>
        <source>Ready. Profile: %1</source>
        <translation>Gotowe. Profil: %1</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Nowa wiadomość</translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation>&amp;Otwórz .eml…</translation>
    </message>
    <message>
        <source>&amp;Save as .eml…</source>
        <translation>&amp;Zapisz jako .eml…</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Załącz &amp;pliki…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Sprawdź połączenie</translation>
    </message>
    <message>
        <source>Connect, say EHLO, start TLS and log in as the profile says — without sending mail</source>
        <translation>Połącz się, wyślij EHLO, włącz TLS i zaloguj się zgodnie z profilem — bez wysyłania poczty</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>An&amp;uluj</translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation>&amp;Profile serwerów…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>Wiado&amp;mość</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serwer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Wido&amp;k</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>The language changes when Postel starts again.</source>
        <translation>Język zmieni się po ponownym uruchomieniu Postela.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Postel</source>
        <translation>&amp;O programie Postel</translation>
    </message>
    <message>
        <source>About Postel</source>
        <translation>O programie Postel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postel %1&lt;/h3&gt;&lt;p&gt;A mail composer and SMTP tester.&lt;/p&gt;&lt;p&gt;“Be conservative in what you send, be liberal in what you accept.” — Jon Postel&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Postel %1&lt;/h3&gt;&lt;p&gt;Edytor poczty i tester SMTP.&lt;/p&gt;&lt;p&gt;„Bądź konserwatywny w tym, co wysyłasz, i liberalny w tym, co przyjmujesz.” — Jon Postel&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Dziennik sesji</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Port %1 is taken (%2); the built-in sandbox listens on port %3 for now.</source>
        <translation>Port %1 jest zajęty (%2); wbudowana piaskownica nasłuchuje na razie na porcie %3.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not listen on port %1: %2</source>
        <translation>Wbudowana piaskownica nie może nasłuchiwać na porcie %1: %2</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>Skrzynka piaskownicy</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <source>%1[*] — Postel</source>
        <translation>%1[*] — Postel</translation>
    </message>
    <message>
        <source>The message cannot be sent yet: %1</source>
        <translation>Wiadomości nie można jeszcze wysłać: %1</translation>
    </message>
    <message>
        <source>Connection test passed.</source>
        <translation>Test połączenia zakończony powodzeniem.</translation>
    </message>
    <message>
        <source>The server answered every step. See the Server panel for what it offers.</source>
        <translation>Serwer odpowiedział na każdym etapie. W panelu „Serwer” widać, co oferuje.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s).</source>
        <translation>
            <numerusform>Wysłano do %n odbiorcy.</numerusform>
            <numerusform>Wysłano do %n odbiorców.</numerusform>
            <numerusform>Wysłano do %n odbiorców.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent, but not to everyone. %1. The message is kept so you can fix the addresses and send again.</source>
        <translation>Wysłano, ale nie do wszystkich. %1. Wiadomość została zachowana, więc możesz poprawić adresy i wysłać ją ponownie.</translation>
    </message>
    <message>
        <source>Cancelled. The message is kept.</source>
        <translation>Anulowano. Wiadomość została zachowana.</translation>
    </message>
    <message>
        <source>Not sent: %1 The message is kept as it was.</source>
        <translation>Nie wysłano: %1 Wiadomość została zachowana bez zmian.</translation>
    </message>
    <message>
        <source>%1 (while: %2)</source>
        <translation>%1 (etap: %2)</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nie wysłano.</translation>
    </message>
    <message>
        <source>You chose to trust this certificate for “%1”.</source>
        <translation>Ufasz teraz temu certyfikatowi w profilu „%1”.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Nie udało się zapisać szkicu: %1</translation>
    </message>
    <message>
        <source>Your unsent message was restored from the last session.</source>
        <translation>Przywrócono niewysłaną wiadomość z poprzedniej sesji.</translation>
    </message>
    <message>
        <source>Start a new message? The current one has not been sent or saved.</source>
        <translation>Zacząć nową wiadomość? Bieżąca nie została wysłana ani zapisana.</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>Otwórz wiadomość</translation>
    </message>
    <message>
        <source>Messages (*.eml);;All files (*)</source>
        <translation>Wiadomości (*.eml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Nie udało się otworzyć %1: %2</translation>
    </message>
    <message>
        <source>message</source>
        <translation>wiadomość</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Zapisz wiadomość</translation>
    </message>
    <message>
        <source>Messages (*.eml)</source>
        <translation>Wiadomości (*.eml)</translation>
    </message>
    <message>
        <source>The message could not be saved to %1: %2</source>
        <translation>Nie udało się zapisać wiadomości do pliku %1: %2</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Zmiana języka</translation>
    </message>
    <message>
        <source>To switch to %1, Postel starts again.</source>
        <translation>Aby przełączyć na język %1, Postel uruchomi się ponownie.</translation>
    </message>
    <message>
        <source>The message you are writing is kept.</source>
        <translation>Pisana wiadomość zostanie zachowana.</translation>
    </message>
    <message>
        <source>Start &amp;again now</source>
        <translation>&amp;Uruchom ponownie teraz</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Później</translation>
    </message>
    <message>
        <source>Quit Postel</source>
        <translation>Zamykanie Postela</translation>
    </message>
    <message>
        <source>This message has not been sent or saved.</source>
        <translation>Ta wiadomość nie została wysłana ani zapisana.</translation>
    </message>
    <message>
        <source>Keep it as a draft for next time, or discard it?</source>
        <translation>Zachować ją jako szkic na następny raz czy odrzucić?</translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation>&amp;Zachowaj szkic</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>Send the message (%1)</source>
        <translation>Wyślij wiadomość (%1)</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Wysyłanie: %1</translation>
    </message>
    <message>
        <source>Testing connection: %1</source>
        <translation>Test połączenia: %1</translation>
    </message>
</context>
<context>
    <name>postel::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>postel::MxLookup</name>
    <message>
        <source>%1 is an address, not a domain: there is no MX to look up.</source>
        <translation>%1 to adres, nie domena: nie ma dla niego rekordów MX.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>„%1” nie jest nazwą domeny.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (the DNS says NXDOMAIN).</source>
        <translation>Domena %1 nie istnieje (DNS odpowiada NXDOMAIN).</translation>
    </message>
    <message>
        <source>The DNS lookup of the MX records of %1 failed: %2</source>
        <translation>Nie udało się pobrać z DNS rekordów MX domeny %1: %2</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): the domain accepts no mail.</source>
        <translation>Domena %1 publikuje pusty rekord MX (RFC 7505): nie przyjmuje poczty.</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN).</source>
        <translation>%1 nie istnieje (NXDOMAIN).</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed: %2</source>
        <translation>Zapytanie DNS o %1 nie powiodło się: %2</translation>
    </message>
    <message>
        <source>%1 has no address (no A or AAAA record).</source>
        <translation>%1 nie ma adresu (brak rekordów A i AAAA).</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed: no DNS server answered (%2).</source>
        <translation>Zapytanie DNS o %1 nie powiodło się: żaden serwer DNS nie odpowiedział (%2).</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed: the DNS server %2 did not answer (%3).</source>
        <translation>Zapytanie DNS o %1 nie powiodło się: serwer DNS %2 nie odpowiedział (%3).</translation>
    </message>
    <message>
        <source>%1 has no MX record and no address: no host takes mail for it.</source>
        <translation>Domena %1 nie ma ani rekordu MX, ani adresu: żaden serwer nie przyjmuje dla niej poczty.</translation>
    </message>
</context>
<context>
    <name>postel::MxProbe</name>
    <message>
        <source>%1 has no address to connect to.</source>
        <translation>%1 nie ma adresu, z którym można się połączyć.</translation>
    </message>
</context>
<context>
    <name>postel::PasswordStore</name>
    <message>
        <source>The keychain is turned off (POSTEL_KEYCHAIN=off).</source>
        <translation>Pęk kluczy jest wyłączony (POSTEL_KEYCHAIN=off).</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Pęk kluczy nie odpowiedział w ciągu %n sekundy.</numerusform>
            <numerusform>Pęk kluczy nie odpowiedział w ciągu %n sekund.</numerusform>
            <numerusform>Pęk kluczy nie odpowiedział w ciągu %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::ProfileDialog</name>
    <message>
        <source>Server profiles</source>
        <translation>Profile serwerów</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>None (plain text)</source>
        <translation>Bez szyfrowania</translation>
    </message>
    <message>
        <source>STARTTLS (upgrade after connecting)</source>
        <translation>STARTTLS (szyfrowanie włączane po połączeniu)</translation>
    </message>
    <message>
        <source>TLS from the first byte (port 465)</source>
        <translation>TLS od pierwszego bajtu (port 465)</translation>
    </message>
    <message>
        <source>Require TLS (never send anything in clear)</source>
        <translation>Wymagaj TLS (nigdy nie wysyłaj niczego bez szyfrowania)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Weryfikuj certyfikat serwera</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>Certyfikaty systemowe</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file of CA certificates (PEM)</source>
        <translation>Wybierz plik z certyfikatami CA (PEM)</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certyfikaty CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certyfikaty PEM (*.pem *.crt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Zapomnij</translation>
    </message>
    <message>
        <source>Stop trusting the certificate you accepted for this profile</source>
        <translation>Przestań ufać certyfikatowi zaakceptowanemu w tym profilu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nazwa tego komputera</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Leave empty to send without logging in</source>
        <translation>Zostaw puste, aby wysyłać bez logowania</translation>
    </message>
    <message>
        <source>Allow PLAIN and LOGIN without TLS (sends the password readable by anyone on the way)</source>
        <translation>Zezwalaj na PLAIN i LOGIN bez TLS (hasło może odczytać każdy po drodze)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Zabezpieczenia:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>Plik &amp;CA:</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Zaufany certyfikat:</translation>
    </message>
    <message>
        <source>HE&amp;LO name:</source>
        <translation>Nazwa HE&amp;LO:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Li&amp;mit czasu:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Uż&amp;ytkownik:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Ha&amp;sło:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Odczytywanie pęku kluczy…</translation>
    </message>
    <message>
        <source>⚠ No keychain is available (%1). Passwords are kept only until Postel quits.</source>
        <translation>⚠ Pęk kluczy jest niedostępny (%1). Hasła są przechowywane tylko do zamknięcia Postela.</translation>
    </message>
    <message>
        <source>The password is kept in your desktop&apos;s keychain.</source>
        <translation>Hasło jest przechowywane w pęku kluczy środowiska graficznego.</translation>
    </message>
    <message>
        <source>Automatic (strongest the server offers)</source>
        <translation>Automatycznie (najsilniejszy mechanizm oferowany przez serwer)</translation>
    </message>
    <message>
        <source>✔ %1 — offered by the server</source>
        <translation>✔ %1 — oferowany przez serwer</translation>
    </message>
    <message>
        <source>%1 — not offered by the server</source>
        <translation>%1 — nieoferowany przez serwer</translation>
    </message>
    <message>
        <source>%1 — offered by the server, not supported by Postel</source>
        <translation>%1 — oferowany przez serwer, nieobsługiwany przez Postela</translation>
    </message>
    <message>
        <source>Postel has not yet seen which mechanisms this server offers. Use “Test connection” to ask it.</source>
        <translation>Postel jeszcze nie wie, jakie mechanizmy oferuje ten serwer. Użyj „Sprawdź połączenie”, aby go zapytać.</translation>
    </message>
    <message>
        <source>Last time the server offered: %1.</source>
        <translation>Ostatnio serwer oferował: %1.</translation>
    </message>
    <message>
        <source>Automatic tries the mechanisms Postel supports and the server offers, strongest first: %1.</source>
        <translation>Tryb automatyczny próbuje mechanizmów obsługiwanych przez Postela i oferowanych przez serwer, od najsilniejszego: %1.</translation>
    </message>
    <message>
        <source>%1 was not offered: the server will most likely refuse it (504 or 535).</source>
        <translation>Serwer nie oferował %1: najpewniej go odrzuci (504 lub 535).</translation>
    </message>
    <message>
        <source>%1 sends the password itself; Postel uses it only over TLS unless you allow otherwise below.</source>
        <translation>%1 przesyła samo hasło; Postel używa go tylko przez TLS, chyba że poniżej zezwolisz inaczej.</translation>
    </message>
    <message>
        <source>Paste the access token into the password field.</source>
        <translation>Wklej token dostępu w pole hasła.</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Nowy serwer</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Powi&amp;el</translation>
    </message>
    <message>
        <source>Auth&amp;entication:</source>
        <translation>U&amp;wierzytelnianie:</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>Przez ten serwer</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server (MX)</source>
        <translation>Prosto do serwera poczty odbiorcy (MX)</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server: Postel looks up the MX of the first recipient&apos;s domain when sending and delivers there directly, as a mail server would</source>
        <translation>Serwer poczty odbiorcy: przy wysyłaniu Postel znajduje MX domeny pierwszego odbiorcy i dostarcza wiadomość prosto tam, tak jak robi to serwer poczty</translation>
    </message>
    <message>
        <source>The system&apos;s resolver</source>
        <translation>Resolver systemu</translation>
    </message>
    <message>
        <source>The IP address of the DNS server to ask for MX records (port 53); empty for the system&apos;s</source>
        <translation>Adres IP serwera DNS, którego pytać o rekordy MX (port 53); puste pole oznacza resolver systemu</translation>
    </message>
    <message>
        <source>Send &amp;mail to:</source>
        <translation>Wysył&amp;ka:</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver:</source>
        <translation>Se&amp;rwer DNS:</translation>
    </message>
</context>
<context>
    <name>postel::ProfileStore</name>
    <message>
        <source>Sandbox</source>
        <translation>Piaskownica</translation>
    </message>
</context>
<context>
    <name>postel::RecipientsPanel</name>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Enhanced code</source>
        <translation>Kod rozszerzony</translation>
    </message>
    <message>
        <source>Server said</source>
        <translation>Odpowiedź serwera</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>No recipient was tried.</source>
        <translation>Nie próbowano żadnego odbiorcy.</translation>
    </message>
    <message numerus="yes">
        <source>All %n recipient(s) accepted.</source>
        <translation>
            <numerusform>Przyjęto odbiorcę.</numerusform>
            <numerusform>Przyjęto wszystkich %n odbiorców.</numerusform>
            <numerusform>Przyjęto wszystkich %n odbiorców.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a message to see how the server answered each recipient.</source>
        <translation>Wyślij wiadomość, aby zobaczyć, jak serwer odpowiedział na każdego odbiorcę.</translation>
    </message>
    <message>
        <source>✔ Accepted</source>
        <translation>✔ Przyjęty</translation>
    </message>
    <message>
        <source>✖ Refused</source>
        <translation>✖ Odrzucony</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recipient(s) refused</source>
        <extracomment>%n is the number of recipients tried (the noun agrees with it), %1 the number refused</extracomment>
        <translation>
            <numerusform>Odrzucono %1 z %n odbiorcy</numerusform>
            <numerusform>Odrzucono %1 z %n odbiorców</numerusform>
            <numerusform>Odrzucono %1 z %n odbiorców</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>postel::ReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Serwer przysłał wiersz dłuższy niż %1 bajtów.</translation>
    </message>
    <message>
        <source>The server sent a reply larger than %1 bytes.</source>
        <translation>Serwer przysłał odpowiedź większą niż %1 bajtów.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent a reply of more than %n lines.</source>
        <translation>
            <numerusform>Serwer przysłał odpowiedź dłuższą niż %n wiersz.</numerusform>
            <numerusform>Serwer przysłał odpowiedź dłuższą niż %n wiersze.</numerusform>
            <numerusform>Serwer przysłał odpowiedź dłuższą niż %n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent a line that does not start with a three-digit reply code.</source>
        <translation>Serwer przysłał wiersz, który nie zaczyna się od trzycyfrowego kodu odpowiedzi.</translation>
    </message>
    <message>
        <source>The lines of one server reply carry different reply codes.</source>
        <translation>Wiersze jednej odpowiedzi serwera mają różne kody.</translation>
    </message>
    <message>
        <source>The server sent a reply line whose code is not followed by a space or a hyphen.</source>
        <translation>Serwer przysłał wiersz odpowiedzi, w którym po kodzie nie ma spacji ani łącznika.</translation>
    </message>
</context>
<context>
    <name>postel::SandboxBehaviour</name>
    <message>
        <source>Unknown setting: %1</source>
        <translation>Nieznane ustawienie: %1</translation>
    </message>
    <message>
        <source>%1 must be a number of zero or more.</source>
        <translation>%1 musi być liczbą nie mniejszą niż zero.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 musi mieć wartość true albo false.</translation>
    </message>
    <message>
        <source>Unsupported extension: %1 (supported: %2)</source>
        <translation>Nieobsługiwane rozszerzenie: %1 (obsługiwane: %2)</translation>
    </message>
    <message>
        <source>A user needs a name (&quot;NAME:PASSWORD&quot; or {&quot;user&quot;, &quot;password&quot;}).</source>
        <translation>Użytkownik musi mieć nazwę („NAZWA:HASŁO” albo {&quot;user&quot;, &quot;password&quot;}).</translation>
    </message>
    <message>
        <source>Unknown fault step: %1 (steps: connect, helo, starttls, auth, mail, rcpt, data, dot, rset, quit)</source>
        <translation>Nieznany etap symulowanej awarii: %1 (etapy: connect, helo, starttls, auth, mail, rcpt, data, dot, rset, quit)</translation>
    </message>
    <message>
        <source>Invalid fault reply: %1</source>
        <translation>Niepoprawna odpowiedź dla symulowanej awarii: %1</translation>
    </message>
    <message>
        <source>Unknown fault action: %1 (actions: delay, drop, reply, 421)</source>
        <translation>Nieznane działanie symulowanej awarii: %1 (działania: delay, drop, reply, 421)</translation>
    </message>
</context>
<context>
    <name>postel::SandboxCertificate</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 nie zawiera certyfikatu PEM.</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key.</source>
        <translation>%1 nie zawiera niezaszyfrowanego klucza prywatnego PEM.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
</context>
<context>
    <name>postel::SandboxConnection</name>
    <message>
        <source>TLS handshake with a sandbox client failed: %1</source>
        <translation>Negocjacja TLS z klientem piaskownicy nie powiodła się: %1</translation>
    </message>
    <message>
        <source>Dropped the connection at %1</source>
        <translation>Zerwano połączenie na etapie %1</translation>
    </message>
    <message>
        <source>Answered %1 with &quot;%2&quot;</source>
        <translation>Odpowiedziano na %1: „%2”</translation>
    </message>
    <message>
        <source>Waiting %1 ms before %2</source>
        <translation>Oczekiwanie %1 ms przed %2</translation>
    </message>
</context>
<context>
    <name>postel::SandboxInboxPanel</name>
    <message>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>Skrzynka piaskownicy</translation>
    </message>
    <message>
        <source>Select a message to see it exactly as the sandbox received it.</source>
        <translation>Zaznacz wiadomość, aby zobaczyć ją dokładnie tak, jak odebrała ją piaskownica.</translation>
    </message>
    <message>
        <source>Save the message as .eml…</source>
        <translation>Zapisz wiadomość jako .eml…</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Usuń wiadomość</translation>
    </message>
    <message>
        <source>Delete all messages</source>
        <translation>Usuń wszystkie wiadomości</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Zapisz wiadomość</translation>
    </message>
    <message>
        <source>Messages (*.eml)</source>
        <translation>Wiadomości (*.eml)</translation>
    </message>
    <message>
        <source>Delete every message in the sandbox inbox?</source>
        <translation>Usunąć wszystkie wiadomości ze skrzynki piaskownicy?</translation>
    </message>
    <message>
        <source>The sandbox listens on %1:%2 and keeps what it receives here.</source>
        <translation>Piaskownica nasłuchuje na %1:%2 i zachowuje tutaj wszystko, co odbierze.</translation>
    </message>
    <message>
        <source>⚠ The sandbox could not start: %1</source>
        <translation>⚠ Nie udało się uruchomić piaskownicy: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>Wbudowana piaskownica nie działa.</translation>
    </message>
    <message>
        <source>Envelope: MAIL FROM:&lt;%1&gt; RCPT TO: %2</source>
        <translation>Koperta: MAIL FROM:&lt;%1&gt; RCPT TO: %2</translation>
    </message>
    <message>
        <source>HELO name: %1, protocol: %2, TLS: %3, logged in as: %4</source>
        <translation>Nazwa HELO: %1, protokół: %2, TLS: %3, zalogowano jako: %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>HELO name: %1, protocol: %2, TLS: %3, no login</source>
        <translation>Nazwa HELO: %1, protokół: %2, TLS: %3, bez logowania</translation>
    </message>
</context>
<context>
    <name>postel::SandboxMailbox</name>
    <message>
        <source>Cannot create the mailbox folder %1.</source>
        <translation>Nie można utworzyć folderu skrzynki %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Nie można usunąć %1.</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>Nie ma wiadomości %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
</context>
<context>
    <name>postel::SandboxServer</name>
    <message>
        <source>This system has no TLS support.</source>
        <translation>Ten system nie obsługuje TLS.</translation>
    </message>
    <message>
        <source>No TLS certificate for the sandbox: %1</source>
        <translation>Brak certyfikatu TLS dla piaskownicy: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Nie można nasłuchiwać na %1, port %2: %3</translation>
    </message>
</context>
<context>
    <name>postel::ScramMechanism</name>
    <message>
        <source>The server sent SCRAM data before the client&apos;s first message.</source>
        <translation>Serwer przysłał dane SCRAM przed pierwszą wiadomością klienta.</translation>
    </message>
    <message>
        <source>The server sent more SCRAM challenges than the mechanism has steps.</source>
        <translation>Serwer przysłał więcej wyzwań SCRAM, niż mechanizm ma kroków.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM nonce does not extend the client&apos;s.</source>
        <translation>Wartość nonce SCRAM serwera nie rozszerza wartości nonce klienta.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM challenge lacks a valid salt or iteration count.</source>
        <translation>W wyzwaniu SCRAM serwera brak poprawnej soli lub liczby iteracji.</translation>
    </message>
    <message>
        <source>The server ended SCRAM with an error: %1</source>
        <translation>Serwer zakończył SCRAM błędem: %1</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM signature is wrong: it may not be the server it claims to be.</source>
        <translation>Podpis SCRAM serwera jest błędny: serwer może nie być tym, za kogo się podaje.</translation>
    </message>
</context>
<context>
    <name>postel::SendController</name>
    <message>
        <source>Saying EHLO…</source>
        <translation>Wysyłanie EHLO…</translation>
    </message>
    <message>
        <source>Starting TLS…</source>
        <translation>Włączanie TLS…</translation>
    </message>
    <message>
        <source>Saying EHLO again over TLS…</source>
        <translation>Ponowne wysyłanie EHLO przez TLS…</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>Logowanie jako %1…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Wysyłanie wiadomości…</translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)…</source>
        <translation>Kończenie sesji (QUIT)…</translation>
    </message>
    <message>
        <source>This profile sends to the recipient&apos;s mail server: add a recipient first.</source>
        <translation>Ten profil wysyła prosto do serwera poczty odbiorcy: najpierw dodaj odbiorcę.</translation>
    </message>
    <message>
        <source>The profile&apos;s DNS server “%1” is not an IP address.</source>
        <translation>Serwer DNS profilu („%1”) nie jest adresem IP.</translation>
    </message>
    <message>
        <source>Looking up the mail server of %1…</source>
        <translation>Szukanie serwera poczty domeny %1…</translation>
    </message>
    <message>
        <source>%1 (%2), port %3</source>
        <translation>%1 (%2), port %3</translation>
    </message>
    <message>
        <source>Looking up the recipient&apos;s mail server</source>
        <translation>Szukanie serwera poczty odbiorcy</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>postel::SendMailOperation</name>
    <message>
        <source>There are no recipients: nothing was sent.</source>
        <translation>Brak odbiorców: nic nie wysłano.</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>Nie ma wiadomości do wysłania.</translation>
    </message>
    <message>
        <source>A command argument contains a control character (such as CR or LF); nothing was sent.</source>
        <translation>Argument polecenia zawiera znak sterujący (np. CR lub LF); nic nie wysłano.</translation>
    </message>
    <message>
        <source>TLS is required, but the connection is not encrypted: nothing was sent.</source>
        <translation>TLS jest wymagany, a połączenie nie jest szyfrowane: nic nie wysłano.</translation>
    </message>
    <message>
        <source>SMTPUTF8 is not supported by the server.</source>
        <translation>Serwer nie obsługuje SMTPUTF8.</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters; send with the SMTPUTF8 option.</source>
        <translation>Adres zawiera znaki spoza ASCII; wyślij z opcją SMTPUTF8.</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters and the server does not offer SMTPUTF8.</source>
        <translation>Adres zawiera znaki spoza ASCII, a serwer nie oferuje SMTPUTF8.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Serwer zamknął połączenie.</translation>
    </message>
    <message>
        <source>The server refused the sender and closed the connection.</source>
        <translation>Serwer odrzucił nadawcę i zamknął połączenie.</translation>
    </message>
    <message>
        <source>The server closed the connection while taking recipients.</source>
        <translation>Serwer zamknął połączenie podczas przyjmowania odbiorców.</translation>
    </message>
    <message>
        <source>The server did not accept the message data.</source>
        <translation>Serwer nie przyjął treści wiadomości.</translation>
    </message>
    <message>
        <source>The server did not accept the message for any recipient.</source>
        <translation>Serwer nie przyjął wiadomości dla żadnego odbiorcy.</translation>
    </message>
    <message>
        <source>The server did not accept the message.</source>
        <translation>Serwer nie przyjął wiadomości.</translation>
    </message>
</context>
<context>
    <name>postel::ServerPanel</name>
    <message>
        <source>Greeting:</source>
        <translation>Powitanie:</translation>
    </message>
    <message>
        <source>Message size limit:</source>
        <translation>Limit rozmiaru wiadomości:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Rozszerzenie</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametry</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Co to oznacza</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Możliwości</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Wystawca</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Łańcuch certyfikatów</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>Zaznacz certyfikat, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>Not connected yet. Use “Test connection” to ask the server.</source>
        <translation>Jeszcze nie połączono. Użyj „Sprawdź połączenie”, aby zapytać serwer.</translation>
    </message>
    <message>
        <source>(an extension Postel does not describe)</source>
        <translation>(rozszerzenie, którego Postel nie opisuje)</translation>
    </message>
    <message>
        <source>not announced (no SIZE extension)</source>
        <translation>nie podano (brak rozszerzenia SIZE)</translation>
    </message>
    <message>
        <source>no fixed limit (SIZE without a number)</source>
        <translation>bez stałego limitu (SIZE bez liczby)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (bajtów: %2)</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>bez szyfrowania</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certyfikat zweryfikowany</translation>
    </message>
    <message>
        <source>certificate trusted by you despite: %1</source>
        <translation>certyfikat, któremu ufasz mimo: %1</translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation>certyfikat NIEZWERYFIKOWANY</translation>
    </message>
    <message>
        <source>earlier session resumed</source>
        <translation>wznowiono wcześniejszą sesję</translation>
    </message>
</context>
<context>
    <name>postel::ServerProfile</name>
    <message>
        <source>no encryption</source>
        <translation>bez szyfrowania</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>%1 — %2:%3, %4</source>
        <translation>%1 — %2:%3, %4</translation>
    </message>
    <message>
        <source>%1 — the recipient&apos;s mail server (MX), port %2, %3</source>
        <translation>%1 — serwer poczty odbiorcy (MX), port %2, %3</translation>
    </message>
</context>
<context>
    <name>postel::SmtpError</name>
    <message>
        <source>%1 The server said: %2 %3</source>
        <translation>%1 Odpowiedź serwera: %2 %3</translation>
    </message>
    <message>
        <source>The server refused the sender %1.</source>
        <translation>Serwer odrzucił nadawcę %1.</translation>
    </message>
    <message>
        <source>The server refused every recipient.</source>
        <translation>Serwer odrzucił wszystkich odbiorców.</translation>
    </message>
</context>
<context>
    <name>postel::SmtpSession</name>
    <message>
        <source>A command argument contains a control character (such as CR or LF); nothing was sent.</source>
        <translation>Argument polecenia zawiera znak sterujący (np. CR lub LF); nic nie wysłano.</translation>
    </message>
    <message>
        <source>Not connected: connect to a server first.</source>
        <translation>Brak połączenia: najpierw połącz się z serwerem.</translation>
    </message>
    <message>
        <source>This system has no TLS support.</source>
        <translation>Ten system nie obsługuje TLS.</translation>
    </message>
    <message>
        <source>Ignored a reply that no command was waiting for.</source>
        <translation>Pominięto odpowiedź, na którą nie czekało żadne polecenie.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Negocjacja TLS nie powiodła się: %1</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>Nie udało się połączyć z %1, port %2: %3</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Połączenie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Serwer zamknął połączenie.</translation>
    </message>
    <message numerus="yes">
        <source>No greeting from %1 within %n seconds.</source>
        <translation>
            <numerusform>Brak powitania od %1 w ciągu %n sekundy.</numerusform>
            <numerusform>Brak powitania od %1 w ciągu %n sekund.</numerusform>
            <numerusform>Brak powitania od %1 w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds.</source>
        <translation>
            <numerusform>Serwer nie odpowiedział w ciągu %n sekundy.</numerusform>
            <numerusform>Serwer nie odpowiedział w ciągu %n sekund.</numerusform>
            <numerusform>Serwer nie odpowiedział w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation>Certyfikat serwera nie został zaakceptowany: %1</translation>
    </message>
    <message>
        <source>Discarded data the server sent after its reply to STARTTLS.</source>
        <translation>Odrzucono dane, które serwer przysłał po odpowiedzi na STARTTLS.</translation>
    </message>
    <message>
        <source>A text message must be ASCII; send it as bytes or as a structured message.</source>
        <translation>Wiadomość tekstowa musi być w ASCII; wyślij ją jako bajty albo jako wiadomość strukturalną.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Połączenie zostało zamknięte.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>postel::StartTlsOperation</name>
    <message>
        <source>The connection is already encrypted.</source>
        <translation>Połączenie jest już szyfrowane.</translation>
    </message>
    <message>
        <source>TLS is required, but the server does not offer STARTTLS.</source>
        <translation>TLS jest wymagany, a serwer nie oferuje STARTTLS.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation>Serwer nie oferuje STARTTLS.</translation>
    </message>
    <message>
        <source>This system has no TLS support.</source>
        <translation>Ten system nie obsługuje TLS.</translation>
    </message>
    <message>
        <source>The server refused to start TLS.</source>
        <translation>Serwer odmówił włączenia TLS.</translation>
    </message>
</context>
<context>
    <name>postel::Transcript</name>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Łączenie z %1, port %2</translation>
    </message>
    <message>
        <source>TLS started: %1, %2, %3</source>
        <translation>Włączono TLS: %1, %2, %3</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certyfikat zweryfikowany</translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation>certyfikat NIEZWERYFIKOWANY</translation>
    </message>
    <message>
        <source>earlier session resumed, no certificate exchanged</source>
        <translation>wznowiono wcześniejszą sesję, bez wymiany certyfikatu</translation>
    </message>
    <message numerus="yes">
        <source>[message data: %n bytes]</source>
        <translation>
            <numerusform>[treść wiadomości: %n bajt]</numerusform>
            <numerusform>[treść wiadomości: %n bajty]</numerusform>
            <numerusform>[treść wiadomości: %n bajtów]</numerusform>
        </translation>
    </message>
    <message>
        <source>certificate not verified by a CA — trusted by you for this profile (SHA-256 %1)</source>
        <translation>certyfikat niepotwierdzony przez urząd certyfikacji — ufasz mu w tym profilu (SHA-256 %1)</translation>
    </message>
    <message>
        <source>certificate NOT verified — accepted for this connection only</source>
        <translation>certyfikat NIEZWERYFIKOWANY — przyjęty tylko dla tego połączenia</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>postel::TranscriptModel</name>
    <message>
        <source>Client, encrypted</source>
        <translation>Klient, szyfrowane</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Server, encrypted</source>
        <translation>Serwer, szyfrowane</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>postel::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation>Dziennik sesji</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Szukaj w dzienniku sesji</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Znajdź poprzednie</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Znajdź następne</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Pokaż znaczniki czasu</translation>
    </message>
    <message>
        <source>Reveal credentials</source>
        <translation>Pokaż dane logowania</translation>
    </message>
    <message>
        <source>Show passwords and tokens in the transcript (they are masked by default)</source>
        <translation>Pokaż hasła i tokeny w dzienniku sesji (domyślnie są zamaskowane)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Save transcript as text…</source>
        <translation>Zapisz dziennik sesji jako tekst…</translation>
    </message>
    <message>
        <source>Clear transcript</source>
        <translation>Wyczyść dziennik sesji</translation>
    </message>
    <message>
        <source>Credentials are shown. Turn “Reveal credentials” off before sharing a screenshot.</source>
        <translation>Dane logowania są widoczne. Wyłącz „Pokaż dane logowania”, zanim udostępnisz zrzut ekranu.</translation>
    </message>
    <message>
        <source>“%1” is not in the transcript.</source>
        <translation>W dzienniku sesji nie ma „%1”.</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Zapisz dziennik sesji</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
    <message>
        <source>The transcript could not be saved to %1: %2</source>
        <translation>Nie udało się zapisać dziennika sesji do pliku %1: %2</translation>
    </message>
</context>
</TS>
