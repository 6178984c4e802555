<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Cli</name>
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
        <translation>
TEKST to jedno z:
  wiersz odpowiedzi    550 5.1.1 &lt;x@example.org&gt;: User unknown
  kod odpowiedzi       421
  rozszerzony kod      5.7.26
  wiersz polecenia     MAIL FROM:&lt;a@example.org&gt; SIZE=1000
  słowo kluczowe EHLO  PIPELINING, SIZE 10240000
Słowa, które są zarazem poleceniem i słowem kluczowym (AUTH, STARTTLS, VRFY,
HELP, ETRN, EXPN), są objaśniane jako polecenia, chyba że podano --kind extension.

--json wypisuje jeden obiekt: kind (reply, enhanced-code, command, extension); dla
odpowiedzi code, class (positive-completion, positive-intermediate,
transient-negative, permanent-negative), meaning i rfc (lista, np.
[&quot;RFC 5321 §4.2.2&quot;]), a jeśli rozszerzony kod jest w odpowiedzi albo został
podany, enhanced {code, class_title, subject_title, title, meaning, rfc}; dla
polecenia verb, meaning, rfc; dla słowa kluczowego keyword, meaning, rfc.
Rozszerzone kody są objaśniane tak, jak opisuje je rejestr IANA; serwery
stosują je dość swobodnie.
Teksty są w języku użytkownika (LANGUAGE=pl – po polsku); klucze i kody się
nie zmieniają.
Kod wyjścia 0 albo 8, gdy TEKST nie jest żadnym z powyższych.
</translation>
    </message>
    <message>
        <source>Explains an SMTP reply, reply code, enhanced status code, command or EHLO keyword, for a person learning SMTP.</source>
        <translation>Objaśnia odpowiedź SMTP, kod odpowiedzi, rozszerzony kod stanu, polecenie albo słowo kluczowe EHLO – dla osoby, która uczy się SMTP.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Wypisz jeden obiekt JSON.</translation>
    </message>
    <message>
        <source>Read TEXT as this kind: reply, enhanced-code, command or extension.</source>
        <translation>Traktuj TEKST jako podany rodzaj: reply, enhanced-code, command albo extension.</translation>
    </message>
    <message>
        <source>What to explain.</source>
        <translation>Co objaśnić.</translation>
    </message>
    <message>
        <source>explain needs TEXT: a reply, a code, a command or an EHLO keyword (see postel-cli explain --help).</source>
        <translation>explain potrzebuje TEKSTU: odpowiedzi, kodu, polecenia albo słowa kluczowego EHLO (zob. postel-cli explain --help).</translation>
    </message>
    <message>
        <source>--kind takes reply, enhanced-code, command or extension.</source>
        <translation>--kind przyjmuje reply, enhanced-code, command albo extension.</translation>
    </message>
    <message>
        <source>“%1” does not start with a reply code.</source>
        <translation>„%1” nie zaczyna się od kodu odpowiedzi.</translation>
    </message>
    <message>
        <source>Explain every command and reply of the session (in the JSON transcript and under each reply of the debug output).</source>
        <translation>Objaśnij każde polecenie i każdą odpowiedź sesji (w dzienniku sesji w JSON i pod każdą odpowiedzią w wyjściu diagnostycznym).</translation>
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
        <translation>
--explain objaśnia każde polecenie i każdą odpowiedź sesji: każdy wpis dziennika
sesji w raporcie --json dostaje pole explanation (o co prosi polecenie, co po nim
znaczy odpowiedź, jej rozszerzony kod oraz uwagi, np. dlaczego po STARTTLS znów
wysyła się EHLO), a wyjście --debug-level – wcięte wiersze zaczynające się od #
pod każdą odpowiedzią (samo --explain oznacza --debug-level 1). Danych logowania
nigdy się nie objaśnia.

postel-cli explain [--json] TEKST objaśnia wiersz odpowiedzi, kod odpowiedzi,
rozszerzony kod stanu, polecenie albo słowo kluczowe EHLO bez łączenia się
z żadnym serwerem (postel-cli explain --help).
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnoza: %1</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Potwierdzone: %1</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Sprawdzono: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Rozwiązanie: %1</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>Ponów: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Ponadto: %1</translation>
    </message>
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
elapsed_ms, tls}] with credentials masked, diagnosis [{id, severity, title,
explanation, fix, confirmed, evidence, retry, retry_command, retry_settings}]
(the failure doctor&apos;s findings, the primary cause first; empty on success), and
exit_code.
error.kind is one of: server-disconnected, response, sender-refused,
recipients-refused, data, connect, helo, not-supported, authentication, timeout,
tls, protocol, usage.

After a failure the primary finding follows the error on stderr: &quot;Diagnosis:&quot;,
what shows it, &quot;Fix:&quot;, and &quot;Retry:&quot; with the command line to run again when a
change of settings would fix it (the password is never on it: use
POSTEL_PASSWORD). --diagnose adds up to three short extra connections that confirm
the cause (a TLS handshake on the same port, STARTTLS and EHLO again, the other
submission port 587/465); they never log in or send mail.
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
direction, text, elapsed_ms, tls}] z zamaskowanymi danymi logowania, diagnosis
[{id, severity, title, explanation, fix, confirmed, evidence, retry,
retry_command, retry_settings}] (ustalenia diagnozy, najpierw główna przyczyna;
puste po sukcesie) oraz exit_code. Nazwy pól i wartości są zawsze angielskie.
error.kind to jedno z: server-disconnected, response, sender-refused,
recipients-refused, data, connect, helo, not-supported, authentication, timeout,
tls, protocol, usage.

Po niepowodzeniu za błędem na standardowym wyjściu błędów pojawia się główne
ustalenie: „Diagnoza:”, to, co na nie wskazuje, „Rozwiązanie:” i „Ponów:”
z poleceniem do ponownego uruchomienia, gdy pomogłaby zmiana ustawień (nigdy nie
ma w nim hasła: użyj POSTEL_PASSWORD). --diagnose dodaje do trzech krótkich
dodatkowych połączeń, które potwierdzają przyczynę (negocjacja TLS na tym samym
porcie, ponownie STARTTLS i EHLO, drugi port do wysyłania 587/465); nigdy się
w nich nie loguje ani nie wysyła poczty.
</translation>
    </message>
    <message>
        <source>Accept the server&apos;s certificate despite verification errors if its SHA-256 fingerprint is this one (64 hex digits, colons allowed): trust that very certificate, as the failure doctor&apos;s retry suggests. Check the fingerprint with the server&apos;s administrator first.</source>
        <translation>Przyjmij certyfikat serwera mimo błędów weryfikacji, jeśli jego odcisk SHA-256 jest taki (64 cyfry szesnastkowe, dwukropki dozwolone): zaufaj temu jednemu certyfikatowi, jak proponuje ponowienie z diagnozy. Najpierw sprawdź odcisk u administratora serwera.</translation>
    </message>
    <message>
        <source>After a failure, make up to three short extra connections that confirm the cause (no login, no mail).</source>
        <translation>Po niepowodzeniu nawiąż do trzech krótkich dodatkowych połączeń, które potwierdzą przyczynę (bez logowania, bez poczty).</translation>
    </message>
    <message>
        <source>Write the session&apos;s record (options, transcript with credentials masked, error, TLS, probes) as JSON to FILE, for a bug report or a test.</source>
        <translation>Zapisz zapis sesji (opcje, dziennik sesji z zamaskowanymi danymi logowania, błąd, TLS, sondy) jako JSON do pliku FILE, do zgłoszenia błędu albo testu.</translation>
    </message>
    <message>
        <source>--trust-certificate takes a SHA-256 fingerprint: 64 hex digits, colons allowed.</source>
        <translation>--trust-certificate przyjmuje odcisk SHA-256: 64 cyfry szesnastkowe, dwukropki dozwolone.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>
--profile NAME uses a server profile of the desktop app (its name or id; list
them with: postel-cli profiles [--json]): host, port, security, CA file,
certificate pin, EHLO name, timeout, user and mechanism, and the password kept
for it in the system keychain (POSTEL_PASSWORD or --auth-password win). Options
given on the command line override the profile&apos;s.
</source>
        <translation>
--profile NAZWA używa profilu serwera z aplikacji okienkowej (nazwa albo
identyfikator; listę daje: postel-cli profiles [--json]): serwera, portu,
zabezpieczeń, pliku CA, przypiętego certyfikatu, nazwy EHLO, limitu czasu,
użytkownika i mechanizmu oraz hasła zapisanego dla niego w systemowym pęku kluczy
(POSTEL_PASSWORD albo --auth-password mają pierwszeństwo). Opcje podane w wierszu
poleceń zastępują ustawienia profilu.
</translation>
    </message>
    <message>
        <source>Usage: postel-cli profiles [--json]
Lists the desktop app&apos;s server profiles.
</source>
        <translation>Użycie: postel-cli profiles [--json]
Wypisuje profile serwerów aplikacji okienkowej.
</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot;. The profiles are: %2.</source>
        <translation>Nie ma profilu o nazwie „%1”. Dostępne profile: %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; sends to each recipient&apos;s mail server (MX), which postel-cli does not do: give --server, or look the hosts up with --mx DOMAIN.</source>
        <translation>Profil „%1” wysyła prosto do serwera poczty każdego adresata (MX), czego postel-cli nie robi: podaj --server albo sprawdź serwery przez --mx DOMENA.</translation>
    </message>
    <message>
        <source>Ask for delivery status notifications (RFC 3461): never, or a comma-separated list of success, failure, delay. Sent only when the server advertises DSN (a warning otherwise).</source>
        <translation>Prosi o powiadomienia o stanie doręczenia (RFC 3461): never albo lista oddzielona przecinkami z wartości success, failure, delay. Wysyłane tylko wtedy, gdy serwer ogłasza DSN (w przeciwnym razie ostrzeżenie).</translation>
    </message>
    <message>
        <source>What a failure report returns: the full message or only its headers.</source>
        <translation>Co zwraca raport o niepowodzeniu: całą wiadomość albo tylko jej nagłówki.</translation>
    </message>
    <message>
        <source>An envelope id quoted in every delivery report.</source>
        <translation>Identyfikator koperty przytaczany w każdym raporcie o doręczeniu.</translation>
    </message>
    <message>
        <source>Use a server profile of the desktop app (name or id; see postel-cli profiles): its server, security, CA, pin, user and keychain password. Options given here override it.</source>
        <translation>Używa profilu serwera z aplikacji okienkowej (nazwa albo identyfikator; zob. postel-cli profiles): jego serwera, zabezpieczeń, CA, przypiętego certyfikatu, użytkownika i hasła z pęku kluczy. Opcje podane tutaj mają pierwszeństwo.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; logs in as %2, but no password is kept for it (the system keychain has none or did not answer). Set POSTEL_PASSWORD or give --auth-password.</source>
        <translation>Profil „%1” loguje się jako %2, ale nie ma dla niego zapisanego hasła (systemowy pęk kluczy go nie ma albo nie odpowiedział). Ustaw POSTEL_PASSWORD albo podaj --auth-password.</translation>
    </message>
    <message>
        <source>--auth needs a password: set POSTEL_PASSWORD (or give --auth-password).</source>
        <translation>--auth wymaga hasła: ustaw POSTEL_PASSWORD (albo podaj --auth-password).</translation>
    </message>
    <message>
        <source>The PNG picture could not be drawn.</source>
        <translation>Nie udało się narysować obrazu PNG.</translation>
    </message>
    <message>
        <source>Draw the session as a ladder diagram into FILE: SVG, or PNG for a name ending in .png. Written even when the session fails; credentials masked.</source>
        <translation>Narysuj sesję jako diagram sekwencji w pliku FILE: SVG albo PNG, gdy nazwa kończy się na .png. Plik powstaje także wtedy, gdy sesja się nie powiedzie; dane logowania są zamaskowane.</translation>
    </message>
    <message>
        <source>Authentication mechanism: auto (the best both sides support, falling through), or one of SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN, LOGIN, or XOAUTH2 or OAUTHBEARER with an OAuth 2.0 access token.</source>
        <translation>Mechanizm uwierzytelniania: auto (najlepszy, jaki obsługują obie strony, z przechodzeniem do kolejnych), jeden z SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN, LOGIN albo XOAUTH2 lub OAUTHBEARER z tokenem dostępu OAuth 2.0.</translation>
    </message>
    <message>
        <source>OAuth 2.0 access token for XOAUTH2 and OAUTHBEARER (prefer the POSTEL_TOKEN environment variable: a command line is visible to other users).</source>
        <translation>Token dostępu OAuth 2.0 dla XOAUTH2 i OAUTHBEARER (lepiej podać go w zmiennej środowiskowej POSTEL_TOKEN: wiersz poleceń widzą inni użytkownicy).</translation>
    </message>
    <message>
        <source>--auth-token needs --auth XOAUTH2 or OAUTHBEARER.</source>
        <translation>Opcja --auth-token wymaga --auth XOAUTH2 albo OAUTHBEARER.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; signs in with OAuth 2.0, but no token is kept for it (the system keychain has none or did not answer). Sign in from the desktop app, or give --auth-token or POSTEL_TOKEN.</source>
        <translation>Profil „%1” loguje się przez OAuth 2.0, ale nie ma dla niego zapisanego tokenu (systemowy pęk kluczy go nie ma albo nie odpowiedział). Zaloguj się w aplikacji okienkowej albo podaj --auth-token lub POSTEL_TOKEN.</translation>
    </message>
    <message>
        <source>--auth %1 needs an access token: --auth-token or POSTEL_TOKEN.</source>
        <translation>--auth %1 wymaga tokenu dostępu: --auth-token albo POSTEL_TOKEN.</translation>
    </message>
    <message>
        <source>
--json also has warnings [sentences about what did not go as asked without
stopping the send, e.g. DSN not advertised]; with a --dsn-* option dsn
{requested, sent, notify, ret, envid}; with XOAUTH2 or OAUTHBEARER
auth.token_refreshed.
</source>
        <translation>
--json zawiera też warnings [zdania o tym, co nie poszło zgodnie z prośbą, ale
nie przerwało wysyłki, np. serwer nie ogłasza DSN]; z opcją --dsn-* dsn
{requested, sent, notify, ret, envid}; z XOAUTH2 albo OAUTHBEARER
auth.token_refreshed.
</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (unsafe). Not with --mx: it reports each host&apos;s certificate as it verifies.</source>
        <translation>Nie sprawdzaj certyfikatu serwera (niebezpieczne). Nie dotyczy --mx: ono podaje certyfikat każdego hosta z wynikiem jego sprawdzenia.</translation>
    </message>
</context>
<context>
    <name>DsnRequest</name>
    <message>
        <source>--dsn-notify takes &quot;never&quot; or a comma-separated list of success, failure and delay, not &quot;%1&quot;.</source>
        <translation>--dsn-notify przyjmuje „never” albo listę oddzieloną przecinkami z wartości success, failure i delay, a nie „%1”.</translation>
    </message>
    <message>
        <source>--dsn-notify needs a value: never, or success, failure, delay.</source>
        <translation>--dsn-notify wymaga wartości: never albo success, failure, delay.</translation>
    </message>
    <message>
        <source>--dsn-notify: &quot;never&quot; cannot be combined with other values (RFC 3461 §4.1).</source>
        <translation>--dsn-notify: „never” nie łączy się z innymi wartościami (RFC 3461 §4.1).</translation>
    </message>
    <message>
        <source>--dsn-ret takes &quot;full&quot; or &quot;hdrs&quot;, not &quot;%1&quot;.</source>
        <translation>--dsn-ret przyjmuje „full” albo „hdrs”, a nie „%1”.</translation>
    </message>
    <message>
        <source>--dsn-envid takes 1 to 100 characters (RFC 3461 §4.4).</source>
        <translation>--dsn-envid przyjmuje od 1 do 100 znaków (RFC 3461 §4.4).</translation>
    </message>
    <message>
        <source>--dsn-envid takes printable ASCII characters only (RFC 3461 §4.4).</source>
        <translation>--dsn-envid przyjmuje tylko drukowalne znaki ASCII (RFC 3461 §4.4).</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Postel: a mail composer and SMTP tester. It also takes the options every Qt program takes, such as -platform and -style.</source>
        <translation>Postel: edytor poczty i tester SMTP. Przyjmuje też opcje wspólne dla wszystkich programów Qt, takie jak -platform i -style.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Wypisz wersję.</translation>
    </message>
    <message>
        <source>Send the restored draft through the current profile as soon as the window is up (for automated tests).</source>
        <translation>Wyślij przywrócony szkic przez bieżący profil, gdy tylko okno się otworzy (dla testów automatycznych).</translation>
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
    <message>
        <source>“%1” is never closed</source>
        <translation>brak zamknięcia dla „%1”</translation>
    </message>
    <message>
        <source>“%1” has no matching “%2”</source>
        <translation>brak otwierającego „%2” do pary z „%1”</translation>
    </message>
    <message>
        <source>“%1” does not belong here</source>
        <translation>„%1” jest tu nie na miejscu</translation>
    </message>
    <message>
        <source>it holds more than one address, and Postel does not pick one: separate addresses with a comma, and put a name that contains “@” in quotes</source>
        <translation>zawiera więcej niż jeden adres, a Postel nie wybiera żadnego z nich: oddziel adresy przecinkami, a nazwę zawierającą „@” ujmij w cudzysłów</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>zawiera znak sterujący</translation>
    </message>
    <message>
        <source>a name must be followed by its address in angle brackets: Name &lt;address&gt;</source>
        <translation>po nazwie adres musi stać w nawiasach ostrych: Nazwa &lt;adres&gt;</translation>
    </message>
    <message>
        <source>The address “%1” has non-ASCII characters before the “@”: only a server that offers SMTPUTF8 can take it.</source>
        <translation>Adres „%1” ma przed „@” znaki spoza ASCII: przyjmie go tylko serwer, który oferuje SMTPUTF8.</translation>
    </message>
    <message>
        <source>The domain of “%1” is not a valid internationalised domain name.</source>
        <translation>Domena adresu „%1” nie jest poprawną umiędzynarodowioną nazwą domeny (IDN).</translation>
    </message>
    <message>
        <source>“%1” is not a usable address: %2.</source>
        <translation>„%1” nie nadaje się na adres: %2.</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n addresses, not one</source>
        <translation>
            <numerusform>zawiera %n adres, a nie jeden</numerusform>
            <numerusform>zawiera %n adresy, a nie jeden</numerusform>
            <numerusform>zawiera %n adresów, a nie jeden</numerusform>
        </translation>
    </message>
    <message>
        <source>a group is not one address</source>
        <translation>grupa to nie jeden adres</translation>
    </message>
    <message>
        <source>The %1 header cannot be read safely: %2</source>
        <translation>Nagłówka %1 nie da się bezpiecznie odczytać: %2</translation>
    </message>
    <message>
        <source>only “%1” would reach the server</source>
        <translation>do serwera trafiłoby tylko „%1”</translation>
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
    <message>
        <source>
--mx DOMAIN lists the domain&apos;s mail hosts in preference order (the domain
itself when it has no MX record, RFC 5321 section 5.1) and tests each on
port 25 or --port: greeting, STARTTLS, the certificate (verified against the
host&apos;s name) and capabilities. --ca-file, --ehlo, --timeout, --debug-level
and --json apply; --no-verify does not (each certificate is reported as it
verifies).
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
nazwy serwera) i możliwości. Działają przy tym --ca-file, --ehlo, --timeout,
--debug-level i --json, ale nie --no-verify (każdy certyfikat jest podawany
z wynikiem jego sprawdzenia).
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
</context>
<context>
    <name>SandboxCli</name>
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
    <message>
        <source>--fault ID plays the fault that Postel&apos;s failure doctor names ID, in the words
real servers use (Gmail, Microsoft 365, Postfix, Spamhaus, ...), on top of the
rest of the behaviour: e.g. --fault recipient-unknown answers RCPT TO with
Gmail&apos;s 550-5.1.1. --fault list prints every ID, what the sandbox does and what
a client must do to meet it, then the IDs a server cannot play and why. The
faults use these keys of --config too:
  &quot;auth_mechanisms&quot;: [&quot;PLAIN&quot;,&quot;LOGIN&quot;]   offer only these (default: all)
  &quot;refuse_connections&quot;: false      close the listeners: connections are refused
  &quot;tls_from_first_byte&quot;: false     the plain listener expects TLS at once
  &quot;legacy_tls_only&quot;: false         speak TLS 1.0 only
  &quot;certificate&quot;: &quot;none&quot;            or &quot;untrusted&quot;, &quot;other-name&quot;, &quot;expired&quot;</source>
        <translation>--fault ID odgrywa awarię, którą diagnoza awarii Postela nazywa ID, słowami
prawdziwych serwerów (Gmail, Microsoft 365, Postfix, Spamhaus…), na dodatek do
reszty zachowania: np. --fault recipient-unknown odpowiada na RCPT TO
odpowiedzią Gmaila 550-5.1.1. --fault list wypisuje każdy ID, co wtedy robi
piaskownica i co musi zrobić klient, żeby na to trafić, a potem ID, których
serwer nie może odegrać, i dlaczego. Awarie korzystają też z tych kluczy --config:
  &quot;auth_mechanisms&quot;: [&quot;PLAIN&quot;,&quot;LOGIN&quot;]   oferuj tylko te (domyślnie: wszystkie)
  &quot;refuse_connections&quot;: false      zamknij gniazda nasłuchujące: połączenia są odrzucane
  &quot;tls_from_first_byte&quot;: false     zwykły port oczekuje TLS od razu
  &quot;legacy_tls_only&quot;: false         mów tylko TLS 1.0
  &quot;certificate&quot;: &quot;none&quot;            albo &quot;untrusted&quot;, &quot;other-name&quot;, &quot;expired&quot;</translation>
    </message>
    <message>
        <source>Play the fault the failure doctor calls ID (&quot;list&quot; lists them; see above).</source>
        <translation>Odegraj awarię, którą diagnoza nazywa ID („list” wypisuje wszystkie; zob. wyżej).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>To meet it: %1.</source>
        <translation>Jak na nią trafić: %1.</translation>
    </message>
    <message>
        <source>not playable: %1</source>
        <translation>nie do odegrania: %1</translation>
    </message>
    <message>
        <source>the sandbox cannot play %1: %2</source>
        <translation>piaskownica nie może odegrać %1: %2</translation>
    </message>
    <message>
        <source>no fault is called %1 (--fault list lists them)</source>
        <translation>nie ma awarii o nazwie %1 (--fault list wypisuje wszystkie)</translation>
    </message>
    <message>
        <source>playing the fault %1: %2 To meet it: %3.</source>
        <translation>odgrywana awaria %1: %2 Jak na nią trafić: %3.</translation>
    </message>
    <message>
        <source>Runs Postel&apos;s sandbox SMTP server: it accepts mail on loopback and keeps every
message it accepts as an .eml file with a .json envelope. It speaks ESMTP with
PIPELINING, SIZE, 8BITMIME, SMTPUTF8, ENHANCEDSTATUSCODES, CHUNKING (BDAT), DSN,
STARTTLS and AUTH PLAIN/LOGIN/CRAM-MD5/XOAUTH2/OAUTHBEARER, and misbehaves on
request.

On start it prints, one per line on standard output:
  listening HOST:PORT          the plain listener (port 0 shows the port chosen)
  tls-listening HOST:PORT      the implicit-TLS listener, with --tls-listen
  certificate PATH             the self-signed certificate (trust it as a CA)
  maildir DIR                  where messages go
  oauth-token USER TOKEN       one per account: the bearer token it accepts
                               for AUTH XOAUTH2 and OAUTHBEARER
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
PLAIN/LOGIN/CRAM-MD5/XOAUTH2/OAUTHBEARER, a na życzenie symuluje awarie.

Po uruchomieniu wypisuje na standardowe wyjście, po jednym w wierszu (zawsze
po angielsku, dla skryptów):
  listening HOST:PORT          gniazdo bez TLS (przy porcie 0 – wybrany port)
  tls-listening HOST:PORT      gniazdo z TLS od pierwszego bajtu (--tls-listen)
  certificate ŚCIEŻKA          certyfikat z własnym podpisem (zaufaj mu jak CA)
  maildir KATALOG              miejsce, do którego trafiają wiadomości
  oauth-token UŻYTKOWNIK TOKEN po jednym na konto: token okaziciela, który konto
                               przyjmuje w AUTH XOAUTH2 i OAUTHBEARER
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
</context>
<context>
    <name>Shell</name>
    <message>
        <source>
Type SMTP commands; each line is sent exactly as typed and the server&apos;s reply is
printed under it, explained (lines starting with #). What is sent is shown with
-&gt;, what is received with &lt;- (~&gt; and &lt;~ under TLS); credentials are masked.
STARTTLS answered 220 starts the TLS handshake (the certificate is verified) and
the session goes on encrypted. After DATA is answered 354, the lines typed are
the message, sent as typed (a line that starts with a dot must be typed with a
second dot) until a line with a single &quot;.&quot;. Empty lines between commands are
ignored. At the end of the input the shell sends QUIT if still connected.

Lines starting with a dot are for the shell itself:
  .help              this list
  .next              the command a client would send now
  .state             where the session stands and which commands are allowed
  .explain on|off    explanations under the replies (on by default)
  .login USER [MECH] log in without typing base64: the password comes from
                     POSTEL_PASSWORD or is asked for without echo on a
                     terminal; MECH is SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5,
                     PLAIN or LOGIN (default: the best both sides support)

Works with a pipe as well as a terminal, for example:
  POSTEL_PASSWORD=... postel-cli shell --server mail.example.org:587 &lt; lesson.txt

Exit codes: 0 the input ended (or the server closed after QUIT), 5 TLS failed,
6 the connection failed or was lost, 8 usage error.
</source>
        <translation>
Wpisuj polecenia SMTP; każdy wiersz jest wysyłany dokładnie tak, jak go wpisano,
a pod nim pojawia się objaśniona odpowiedź serwera (wiersze zaczynające się od #).
To, co wysłano, oznacza -&gt;, to, co odebrano, &lt;- (~&gt; i &lt;~ przy TLS); dane
logowania są zamaskowane. STARTTLS z odpowiedzią 220 rozpoczyna negocjację TLS
(certyfikat jest sprawdzany), a sesja toczy się dalej szyfrowana. Gdy serwer
odpowie 354 na DATA, wpisywane wiersze są treścią wiadomości, wysyłaną tak, jak ją
wpisano (wiersz zaczynający się od kropki trzeba wpisać z drugą kropką), aż do
wiersza z samą „.”. Puste wiersze między poleceniami są pomijane. Na końcu wejścia
powłoka wysyła QUIT, jeśli połączenie jest nadal otwarte.

Wiersze zaczynające się od kropki są poleceniami samej powłoki:
  .help              ta lista
  .next              polecenie, które klient wysłałby teraz
  .state             na jakim etapie jest sesja i które polecenia są dozwolone
  .explain on|off    objaśnienia pod odpowiedziami (domyślnie włączone)
  .login USER [MECH] logowanie bez wpisywania base64: hasło pochodzi
                     z POSTEL_PASSWORD albo jest pobierane bez echa na
                     terminalu; MECH to SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5,
                     PLAIN albo LOGIN (domyślnie najlepszy obsługiwany przez obie strony)

Działa zarówno z potokiem, jak i z terminalem, na przykład:
  POSTEL_PASSWORD=... postel-cli shell --server mail.example.org:587 &lt; lekcja.txt

Kody wyjścia: 0 – wejście się skończyło (albo serwer zamknął połączenie po QUIT),
5 – błąd TLS, 6 – połączenie nie powiodło się albo zostało zerwane, 8 – błąd użycia.
</translation>
    </message>
    <message>
        <source>
postel-cli shell --server HOST[:PORT] [--tls-on-connect] [--ca-file FILE]
[--no-verify] is an interactive SMTP console: it sends the lines typed (or piped)
as they are, goes on after STARTTLS, and explains every reply
(postel-cli shell --help).
</source>
        <translation>
postel-cli shell --server HOST[:PORT] [--tls-on-connect] [--ca-file PLIK]
[--no-verify] to interaktywna konsola SMTP: wysyła wpisane (lub przekazane potokiem)
wiersze bez zmian, działa dalej po STARTTLS i objaśnia każdą odpowiedź
(postel-cli shell --help).
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Connected. Type SMTP commands, or .help.</source>
        <translation>Połączono. Wpisuj polecenia SMTP albo .help.</translation>
    </message>
    <message>
        <source>Answer (base64, not echoed): </source>
        <translation>Odpowiedź (base64, bez echa): </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Następne: %1</translation>
    </message>
    <message>
        <source>(or .login USER to log in without typing base64)</source>
        <translation>(albo .login UŻYTKOWNIK, żeby zalogować się bez wpisywania base64)</translation>
    </message>
    <message>
        <source>Explanations on.</source>
        <translation>Objaśnienia włączone.</translation>
    </message>
    <message>
        <source>Explanations off.</source>
        <translation>Objaśnienia wyłączone.</translation>
    </message>
    <message>
        <source>Usage: .explain on|off</source>
        <translation>Użycie: .explain on|off</translation>
    </message>
    <message>
        <source>Unknown shell command %1: try .help. (An SMTP command never starts with a dot.)</source>
        <translation>Nieznane polecenie powłoki %1: spróbuj .help. (Polecenie SMTP nigdy nie zaczyna się od kropki.)</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>szyfrowane</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>zalogowano</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) accepted</source>
        <translation>
            <numerusform>przyjęto %n adresata</numerusform>
            <numerusform>przyjęto %n adresatów</numerusform>
            <numerusform>przyjęto %n adresatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) accepted</source>
        <translation>
            <numerusform>przyjęto %n wiadomość</numerusform>
            <numerusform>przyjęto %n wiadomości</numerusform>
            <numerusform>przyjęto %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Stan: %1</translation>
    </message>
    <message>
        <source>  The message goes now: type its lines, then a line with a single dot.</source>
        <translation>  Teraz wiadomość: wpisz jej wiersze, a potem wiersz z samą kropką.</translation>
    </message>
    <message>
        <source>  The server waits for the answer to its challenge.</source>
        <translation>  Serwer czeka na odpowiedź na swoje wyzwanie.</translation>
    </message>
    <message>
        <source>  Allowed now: %1</source>
        <translation>  Dozwolone teraz: %1</translation>
    </message>
    <message>
        <source>Usage: .login USER [MECHANISM]</source>
        <translation>Użycie: .login UŻYTKOWNIK [MECHANIZM]</translation>
    </message>
    <message>
        <source>Unknown authentication mechanism: %1</source>
        <translation>Nieznany mechanizm uwierzytelniania: %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Hasło dla %1: </translation>
    </message>
    <message>
        <source>No password: set POSTEL_PASSWORD, or run the shell on a terminal to be asked for it.</source>
        <translation>Brak hasła: ustaw POSTEL_PASSWORD albo uruchom powłokę w terminalu, żeby o nie zapytała.</translation>
    </message>
    <message>
        <source>The input ended inside the message: without the final dot nothing is delivered.</source>
        <translation>Wejście skończyło się w środku wiadomości: bez kończącej kropki nic nie zostanie doręczone.</translation>
    </message>
    <message>
        <source>An SMTP console for learning the protocol: sends the lines you type, explains every reply.</source>
        <translation>Konsola SMTP do nauki protokołu: wysyła wpisane wiersze i objaśnia każdą odpowiedź.</translation>
    </message>
    <message>
        <source>Server to connect to, HOST[:PORT] or [IPv6]:PORT (default port 25, 465 with --tls-on-connect).</source>
        <translation>Serwer, z którym się połączyć: HOST[:PORT] albo [IPv6]:PORT (domyślnie port 25, z --tls-on-connect 465).</translation>
    </message>
    <message>
        <source>TLS from the first byte (port 465 style).</source>
        <translation>TLS od pierwszego bajtu (jak na porcie 465).</translation>
    </message>
    <message>
        <source>Trust only the CA certificates in FILE (PEM).</source>
        <translation>Ufaj tylko certyfikatom CA z PLIKU (PEM).</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (unsafe).</source>
        <translation>Nie sprawdzaj certyfikatu serwera (niebezpieczne).</translation>
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
        <source>CA file not found: %1</source>
        <translation>Nie znaleziono pliku CA: %1</translation>
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
    <message>
        <source>⚠ Not a valid address: %1 — %2</source>
        <translation>⚠ Niepoprawny adres: %1 — %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
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
    <message>
        <source>The server answered AUTH with 503 (bad sequence of commands) although this session has not authenticated: the login did not happen.</source>
        <translation>Serwer odpowiedział na AUTH kodem 503 (zła kolejność poleceń), choć w tej sesji nie było logowania: logowanie się nie odbyło.</translation>
    </message>
    <message>
        <source>The server closed the connection (421).</source>
        <translation>Serwer zamknął połączenie (421).</translation>
    </message>
    <message>
        <source>The server refused the access token: %1</source>
        <translation>Serwer odrzucił token dostępu: %1</translation>
    </message>
</context>
<context>
    <name>postel::AuthRules</name>
    <message>
        <source>The provider wants an app password</source>
        <translation>Dostawca wymaga hasła aplikacji</translation>
    </message>
    <message>
        <source>The server answered %1: the account has two-step verification, or lets mail programs in only with a password of their own, so the normal password does not work here.</source>
        <translation>Serwer odpowiedział %1: konto ma weryfikację dwuetapową albo wpuszcza programy pocztowe tylko z osobnym hasłem, więc zwykłe hasło tu nie działa.</translation>
    </message>
    <message>
        <source>Create an app password in the account&apos;s security settings (Google: myaccount.google.com/apppasswords) and use it instead of the normal password.</source>
        <translation>Utwórz hasło aplikacji w ustawieniach bezpieczeństwa konta (Google: myaccount.google.com/apppasswords) i podaj je zamiast zwykłego hasła.</translation>
    </message>
    <message>
        <source>Login by mail programs (SMTP AUTH) is switched off for this account</source>
        <translation>Logowanie programów pocztowych (SMTP AUTH) jest wyłączone dla tego konta</translation>
    </message>
    <message>
        <source>The server answered %1: SMTP authentication is disabled for this account or for its whole organisation (Microsoft 365 disables it by default).</source>
        <translation>Serwer odpowiedział %1: uwierzytelnianie SMTP jest wyłączone dla tego konta albo dla całej organizacji (Microsoft 365 domyślnie je wyłącza).</translation>
    </message>
    <message>
        <source>Ask the administrator to enable authenticated SMTP for the mailbox (Microsoft 365: “Authenticated SMTP” in the mailbox&apos;s mail settings), or send another way.</source>
        <translation>Poproś administratora o włączenie uwierzytelnionego SMTP dla skrzynki (Microsoft 365: „Uwierzytelniony protokół SMTP” w ustawieniach poczty skrzynki) albo wysyłaj w inny sposób.</translation>
    </message>
    <message>
        <source>The login failed for a temporary reason</source>
        <translation>Logowanie nie udało się z przejściowej przyczyny</translation>
    </message>
    <message>
        <source>The server answered %1: it could not check the login right now (too many attempts, or its account service is down). This does not mean the password is wrong.</source>
        <translation>Serwer odpowiedział %1: nie mógł teraz sprawdzić logowania (za dużo prób albo nie działa jego usługa kont). Nie znaczy to, że hasło jest złe.</translation>
    </message>
    <message>
        <source>Wait a few minutes before trying again; retrying at once can make a block last longer.</source>
        <translation>Odczekaj kilka minut przed kolejną próbą; natychmiastowe ponawianie może przedłużyć blokadę.</translation>
    </message>
    <message>
        <source>The server finds the login method too weak</source>
        <translation>Serwer uznaje metodę logowania za zbyt słabą</translation>
    </message>
    <message>
        <source>The server answered AUTH %2 with %1: it wants a stronger method, or this one only over an encrypted connection.</source>
        <translation>Serwer odpowiedział na AUTH %2: %1. Chce silniejszej metody albo tej tylko przez połączenie szyfrowane.</translation>
    </message>
    <message>
        <source>Let Postel choose the method (automatic takes the strongest both sides support), and use TLS.</source>
        <translation>Pozwól Postelowi wybrać metodę (automatyczny wybór bierze najsilniejszą, którą znają obie strony) i użyj TLS.</translation>
    </message>
    <message>
        <source>The server refused the login with every method tried (%2), last with %1: the user name or the password is wrong.</source>
        <translation>Serwer odrzucił logowanie każdą wypróbowaną metodą (%2), ostatnio odpowiedzią %1: nazwa użytkownika albo hasło są błędne.</translation>
    </message>
    <message>
        <source>The server answered the login (%2) with %1: the user name or the password is wrong. Postel tried no other method: it would only send the same password again.</source>
        <translation>Serwer odpowiedział na logowanie (%2): %1. Nazwa użytkownika albo hasło są błędne. Postel nie próbował innych metod: wysłałby tylko to samo hasło jeszcze raz.</translation>
    </message>
    <message>
        <source>Google answers this way also when the account needs an app password (two-step verification).</source>
        <translation>Google odpowiada tak również wtedy, gdy konto wymaga hasła aplikacji (weryfikacja dwuetapowa).</translation>
    </message>
    <message>
        <source>Microsoft 365 answers this way also when SMTP AUTH is switched off for the mailbox.</source>
        <translation>Microsoft 365 odpowiada tak również wtedy, gdy SMTP AUTH jest wyłączone dla skrzynki.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password</source>
        <translation>Serwer odrzucił nazwę użytkownika lub hasło</translation>
    </message>
    <message>
        <source>Check the user name (often the full email address) and type the password again.</source>
        <translation>Sprawdź nazwę użytkownika (często jest nią pełny adres e-mail) i wpisz hasło jeszcze raz.</translation>
    </message>
    <message>
        <source>The server wants you to log in first</source>
        <translation>Serwer wymaga najpierw zalogowania</translation>
    </message>
    <message>
        <source>The server answered %1 with %2: it takes mail only from users who have logged in, and no login was made.</source>
        <translation>Serwer odpowiedział na %1: %2. Przyjmuje pocztę tylko od zalogowanych użytkowników, a logowania nie było.</translation>
    </message>
    <message>
        <source>Give your user name and password (usually your full email address and its password) so that Postel logs in.</source>
        <translation>Podaj nazwę użytkownika i hasło (zwykle pełny adres e-mail i jego hasło), żeby Postel się zalogował.</translation>
    </message>
    <message>
        <source>The server offers no login (no AUTH)</source>
        <translation>Serwer nie oferuje logowania (brak AUTH)</translation>
    </message>
    <message>
        <source>A login was asked for, but the server&apos;s reply to EHLO does not list AUTH, not even over TLS. Servers that receive mail for their own domains (often on port 25) have no login; a server for sending has one.</source>
        <translation>Zażądano logowania, ale odpowiedź serwera na EHLO nie wymienia AUTH, nawet przez TLS. Serwery odbierające pocztę dla własnych domen (często na porcie 25) nie mają logowania; serwer do wysyłania je ma.</translation>
    </message>
    <message>
        <source>A login was asked for, but the server&apos;s reply to EHLO does not list AUTH. Servers that receive mail for their own domains (often on port 25) have no login; a server for sending has one.</source>
        <translation>Zażądano logowania, ale odpowiedź serwera na EHLO nie wymienia AUTH. Serwery odbierające pocztę dla własnych domen (często na porcie 25) nie mają logowania; serwer do wysyłania je ma.</translation>
    </message>
    <message>
        <source>Use your provider&apos;s server for sending (usually port 587 with STARTTLS, or 465 with TLS from the first byte), or leave the login out if this server takes your mail without one.</source>
        <translation>Użyj serwera swojego dostawcy przeznaczonego do wysyłania (zwykle port 587 ze STARTTLS albo 465 z TLS od pierwszego bajtu) albo zrezygnuj z logowania, jeśli ten serwer przyjmuje twoją pocztę bez niego.</translation>
    </message>
    <message>
        <source>After STARTTLS (%1) the server still offers no AUTH.</source>
        <translation>Po STARTTLS (%1) serwer nadal nie oferuje AUTH.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>The login method %1 was asked for, but the server offers: %2.</source>
        <translation>Zażądano metody logowania %1, ale serwer oferuje: %2.</translation>
    </message>
    <message>
        <source>It answered AUTH %1 with %2.</source>
        <translation>Na AUTH %1 odpowiedział %2.</translation>
    </message>
    <message>
        <source>The server does not offer the login method %1</source>
        <translation>Serwer nie oferuje metody logowania %1</translation>
    </message>
    <message>
        <source>Choose one of the methods the server offers, or let Postel choose (automatic).</source>
        <translation>Wybierz jedną z metod oferowanych przez serwer albo pozwól wybrać Postelowi (automatycznie).</translation>
    </message>
    <message>
        <source>The server offers %1 for login; Postel knows SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN and LOGIN.</source>
        <translation>Serwer oferuje do logowania: %1; Postel zna SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN i LOGIN.</translation>
    </message>
    <message>
        <source>XOAUTH2 and OAUTHBEARER need a token from the provider&apos;s web sign-in, which Postel does not do.</source>
        <translation>XOAUTH2 i OAUTHBEARER wymagają tokenu z logowania przez stronę dostawcy, czego Postel nie robi.</translation>
    </message>
    <message>
        <source>No login method that both sides know</source>
        <translation>Brak metody logowania znanej obu stronom</translation>
    </message>
    <message>
        <source>Ask the provider whether it offers a password login (sometimes with an app password), or use a program that signs in with OAuth.</source>
        <translation>Zapytaj dostawcę, czy oferuje logowanie hasłem (czasem hasłem aplikacji), albo użyj programu logującego się przez OAuth.</translation>
    </message>
    <message>
        <source>Postel did not send the password unencrypted</source>
        <translation>Postel nie wysłał hasła bez szyfrowania</translation>
    </message>
    <message>
        <source>The connection is not encrypted, and the login methods both sides support here (%1) would send the password in a form anyone on the way can read.</source>
        <translation>Połączenie nie jest szyfrowane, a metody logowania, które znają tu obie strony (%1), wysłałyby hasło w postaci czytelnej dla każdego po drodze.</translation>
    </message>
    <message>
        <source>Use STARTTLS: the server offers it.</source>
        <translation>Użyj STARTTLS: serwer je oferuje.</translation>
    </message>
    <message>
        <source>Use TLS from the first byte on port 465, or a server that offers STARTTLS. Only on a network you fully trust, allow sending the password unencrypted.</source>
        <translation>Użyj TLS od pierwszego bajtu na porcie 465 albo serwera oferującego STARTTLS. Wysyłanie hasła bez szyfrowania dopuszczaj tylko w sieci, której w pełni ufasz.</translation>
    </message>
</context>
<context>
    <name>postel::Catalogue</name>
    <message>
        <source>Positive preliminary reply</source>
        <extracomment>reply_classes 1: title</extracomment>
        <translation>Wstępna odpowiedź pozytywna</translation>
    </message>
    <message>
        <source>The command was accepted, but the server wants a confirmation first. SMTP has no command that uses this class.</source>
        <extracomment>reply_classes 1: meaning</extracomment>
        <translation>Polecenie przyjęto, ale serwer czeka najpierw na potwierdzenie. Żadne polecenie SMTP nie korzysta z tej klasy.</translation>
    </message>
    <message>
        <source>Positive completion</source>
        <extracomment>reply_classes 2: title</extracomment>
        <translation>Pozytywne zakończenie</translation>
    </message>
    <message>
        <source>The command worked. The client may go on with the next one.</source>
        <extracomment>reply_classes 2: meaning</extracomment>
        <translation>Polecenie się powiodło. Klient może przejść do następnego.</translation>
    </message>
    <message>
        <source>Positive intermediate</source>
        <extracomment>reply_classes 3: title</extracomment>
        <translation>Pozytywna odpowiedź pośrednia</translation>
    </message>
    <message>
        <source>So far so good, but the server is waiting for more: the message text after 354, or the next login step after 334.</source>
        <extracomment>reply_classes 3: meaning</extracomment>
        <translation>Na razie wszystko w porządku, ale serwer czeka na ciąg dalszy: treść wiadomości po 354 albo kolejny krok logowania po 334.</translation>
    </message>
    <message>
        <source>Transient negative completion</source>
        <extracomment>reply_classes 4: title</extracomment>
        <translation>Przejściowa odpowiedź negatywna</translation>
    </message>
    <message>
        <source>The command failed, but for a temporary reason: the same command may work if it is tried again later.</source>
        <extracomment>reply_classes 4: meaning</extracomment>
        <translation>Polecenie się nie powiodło, ale z przyczyny przejściowej: to samo polecenie może się udać, jeśli spróbuje się ponownie później.</translation>
    </message>
    <message>
        <source>Permanent negative completion</source>
        <extracomment>reply_classes 5: title</extracomment>
        <translation>Trwała odpowiedź negatywna</translation>
    </message>
    <message>
        <source>The command failed for good: sending it again unchanged will fail again, something has to change first.</source>
        <extracomment>reply_classes 5: meaning</extracomment>
        <translation>Polecenie nie powiodło się na dobre: wysłane ponownie bez zmian znów się nie uda, najpierw trzeba coś zmienić.</translation>
    </message>
    <message>
        <source>Syntax</source>
        <extracomment>reply_categories 0: title</extracomment>
        <translation>Składnia</translation>
    </message>
    <message>
        <source>The second digit 0 is about syntax: a command the server did not understand or does not implement, or a reply that fits no other group.</source>
        <extracomment>reply_categories 0: meaning</extracomment>
        <translation>Druga cyfra 0 dotyczy składni: polecenia, którego serwer nie zrozumiał albo nie obsługuje, lub odpowiedzi niepasującej do żadnej innej grupy.</translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>reply_categories 1: title</extracomment>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>The second digit 1 answers a request for information, such as status or help.</source>
        <extracomment>reply_categories 1: meaning</extracomment>
        <translation>Druga cyfra 1 oznacza odpowiedź na prośbę o informację, np. o stan albo pomoc.</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>reply_categories 2: title</extracomment>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>The second digit 2 is about the connection itself: the greeting, or the server closing it.</source>
        <extracomment>reply_categories 2: meaning</extracomment>
        <translation>Druga cyfra 2 dotyczy samego połączenia: powitania albo jego zamykania przez serwer.</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <extracomment>reply_categories 3: title
----------
reply_categories 4: title</extracomment>
        <translation>Nieokreślona</translation>
    </message>
    <message>
        <source>RFC 5321 gives the second digit 3 no meaning of its own; extensions use it, for example AUTH (334, 235, 535).</source>
        <extracomment>reply_categories 3: meaning</extracomment>
        <translation>RFC 5321 nie nadaje drugiej cyfrze 3 własnego znaczenia; korzystają z niej rozszerzenia, np. AUTH (334, 235, 535).</translation>
    </message>
    <message>
        <source>RFC 5321 gives the second digit 4 no meaning of its own.</source>
        <extracomment>reply_categories 4: meaning</extracomment>
        <translation>RFC 5321 nie nadaje drugiej cyfrze 4 własnego znaczenia.</translation>
    </message>
    <message>
        <source>Mail system</source>
        <extracomment>reply_categories 5: title</extracomment>
        <translation>System pocztowy</translation>
    </message>
    <message>
        <source>The second digit 5 is about the receiving mail system: the mailbox, the message or the transaction.</source>
        <extracomment>reply_categories 5: meaning</extracomment>
        <translation>Druga cyfra 5 dotyczy systemu pocztowego odbiorcy: skrzynki, wiadomości albo transakcji.</translation>
    </message>
    <message>
        <source>System status, or system help reply</source>
        <extracomment>replies 211: title</extracomment>
        <translation>Stan systemu albo pomoc systemowa</translation>
    </message>
    <message>
        <source>The server reports its status or general help. The text is meant for a person to read.</source>
        <extracomment>replies 211: meaning</extracomment>
        <translation>Serwer podaje swój stan albo ogólną pomoc. Tekst jest przeznaczony do czytania przez człowieka.</translation>
    </message>
    <message>
        <source>Help message</source>
        <extracomment>replies 214: title</extracomment>
        <translation>Komunikat pomocy</translation>
    </message>
    <message>
        <source>The answer to HELP: how to use this server or one of its commands. The text is meant for a person, not for a program.</source>
        <extracomment>replies 214: meaning</extracomment>
        <translation>Odpowiedź na HELP: jak korzystać z tego serwera albo z jednego z jego poleceń. Tekst jest dla człowieka, nie dla programu.</translation>
    </message>
    <message>
        <source>Service ready</source>
        <extracomment>replies 220: title</extracomment>
        <translation>Usługa gotowa</translation>
    </message>
    <message>
        <source>The server is ready. It is the greeting a server sends as soon as the connection opens (the text usually names the server), and the answer to STARTTLS that means: start the TLS handshake now.</source>
        <extracomment>replies 220: meaning</extracomment>
        <translation>Serwer jest gotowy. Tak brzmi powitanie, które serwer wysyła zaraz po nawiązaniu połączenia (tekst zwykle podaje jego nazwę), a także odpowiedź na STARTTLS, która znaczy: teraz zacznij negocjację TLS.</translation>
    </message>
    <message>
        <source>Service closing transmission channel</source>
        <extracomment>replies 221: title</extracomment>
        <translation>Usługa zamyka kanał transmisji</translation>
    </message>
    <message>
        <source>The server says goodbye and closes the connection, normally in answer to QUIT.</source>
        <extracomment>replies 221: meaning</extracomment>
        <translation>Serwer żegna się i zamyka połączenie, zwykle w odpowiedzi na QUIT.</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <extracomment>replies 235: title</extracomment>
        <translation>Uwierzytelnienie powiodło się</translation>
    </message>
    <message>
        <source>The login worked: for the rest of this session the client is authenticated.</source>
        <extracomment>replies 235: meaning</extracomment>
        <translation>Logowanie się udało: do końca tej sesji klient jest uwierzytelniony.</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <extracomment>replies 250: title</extracomment>
        <translation>Żądana czynność pocztowa wykonana</translation>
    </message>
    <message>
        <source>The command worked. What that means depends on the command: a sender or a recipient accepted, the message accepted after the final dot, the list of extensions after EHLO, and so on.</source>
        <extracomment>replies 250: meaning</extracomment>
        <translation>Polecenie się powiodło. Co to oznacza, zależy od polecenia: przyjęty nadawca lub odbiorca, wiadomość przyjęta po kończącej kropce, lista rozszerzeń po EHLO i tak dalej.</translation>
    </message>
    <message>
        <source>User not local; will forward</source>
        <extracomment>replies 251: title</extracomment>
        <translation>Użytkownik nie jest lokalny; wiadomość zostanie przekazana dalej</translation>
    </message>
    <message>
        <source>The recipient is accepted, but the mailbox is somewhere else: this server will pass the message on. (After ETRN it means that nothing is waiting for that domain.)</source>
        <extracomment>replies 251: meaning</extracomment>
        <translation>Odbiorca jest przyjęty, ale jego skrzynka jest gdzie indziej: ten serwer przekaże wiadomość dalej. (Po ETRN oznacza, że dla tej domeny nic nie czeka).</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <extracomment>replies 252: title</extracomment>
        <translation>Nie można sprawdzić użytkownika (VRFY), ale wiadomość zostanie przyjęta i serwer spróbuje ją doręczyć</translation>
    </message>
    <message>
        <source>The server will not say whether the address exists (many servers keep that private on purpose), but it will accept mail for it and try to deliver it.</source>
        <extracomment>replies 252: meaning</extracomment>
        <translation>Serwer nie powie, czy adres istnieje (wiele serwerów celowo to ukrywa), ale przyjmie na niego pocztę i spróbuje ją doręczyć.</translation>
    </message>
    <message>
        <source>OK, pending messages for node started</source>
        <extracomment>replies 253: title</extracomment>
        <translation>OK, rozpoczęto wysyłanie oczekujących wiadomości dla węzła</translation>
    </message>
    <message>
        <source>The answer to ETRN: the server starts sending the messages it holds for that domain; the text says how many there are.</source>
        <extracomment>replies 253: meaning</extracomment>
        <translation>Odpowiedź na ETRN: serwer zaczyna wysyłać wiadomości, które przechowuje dla tej domeny; tekst podaje, ile ich jest.</translation>
    </message>
    <message>
        <source>Server challenge</source>
        <extracomment>replies 334: title</extracomment>
        <translation>Wyzwanie serwera</translation>
    </message>
    <message>
        <source>The server is in the middle of a login and waits for the client&apos;s next answer. The text after the code is base64: decoded, it is the server&apos;s question (with LOGIN, “Username:” or “Password:”), or it is empty.</source>
        <extracomment>replies 334: meaning</extracomment>
        <translation>Serwer jest w trakcie logowania i czeka na kolejną odpowiedź klienta. Tekst po kodzie jest w base64: po zdekodowaniu to pytanie serwera (przy LOGIN „Username:” albo „Password:”) lub pusty tekst.</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <extracomment>replies 354: title</extracomment>
        <translation>Zacznij przesyłać wiadomość; zakończ ją sekwencją &lt;CRLF&gt;.&lt;CRLF&gt;</translation>
    </message>
    <message>
        <source>The server is ready for the message itself. The client now sends the headers and the body and ends them with a line that holds only a dot.</source>
        <extracomment>replies 354: meaning</extracomment>
        <translation>Serwer jest gotowy na samą wiadomość. Klient wysyła teraz nagłówki i treść, a na końcu wiersz zawierający tylko kropkę.</translation>
    </message>
    <message>
        <source>Service not available, closing transmission channel</source>
        <extracomment>replies 421: title</extracomment>
        <translation>Usługa niedostępna, kanał transmisji zostaje zamknięty</translation>
    </message>
    <message>
        <source>The server cannot go on and closes the connection: it may be overloaded, shutting down, tired of errors or of waiting. It is temporary: try again later.</source>
        <extracomment>replies 421: meaning</extracomment>
        <translation>Serwer nie może kontynuować i zamyka połączenie: może być przeciążony, w trakcie wyłączania, zmęczony błędami albo czekaniem. To stan przejściowy: spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <extracomment>replies 432: title
----------
enhanced_codes X.7.12: title</extracomment>
        <translation>Potrzebna jest zmiana sposobu logowania hasłem</translation>
    </message>
    <message>
        <source>Before this login mechanism can work, the account must log in once with a simple one (usually PLAIN over TLS).</source>
        <extracomment>replies 432: meaning</extracomment>
        <translation>Zanim ten mechanizm logowania zacznie działać, konto musi raz zalogować się prostszym (zwykle PLAIN przez TLS).</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <extracomment>replies 450: title</extracomment>
        <translation>Nie wykonano żądanej czynności pocztowej: skrzynka niedostępna</translation>
    </message>
    <message>
        <source>The mailbox cannot be used right now: it is busy, locked or blocked for a while (greylisting also answers this way). Try again later.</source>
        <extracomment>replies 450: meaning</extracomment>
        <translation>Ze skrzynki nie można teraz skorzystać: jest zajęta, zablokowana albo chwilowo niedostępna (tak odpowiada też greylisting). Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <extracomment>replies 451: title</extracomment>
        <translation>Przerwano żądaną czynność: lokalny błąd przetwarzania</translation>
    </message>
    <message>
        <source>A temporary problem on the server&apos;s side, such as a failed look-up, stopped the command. Try again later.</source>
        <extracomment>replies 451: meaning</extracomment>
        <translation>Polecenie przerwał przejściowy problem po stronie serwera, np. nieudane zapytanie. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <extracomment>replies 452: title</extracomment>
        <translation>Nie wykonano żądanej czynności: za mało miejsca w systemie</translation>
    </message>
    <message>
        <source>The server is short of storage right now or, after RCPT, this message already has as many recipients as it takes: send to the others in a later message.</source>
        <extracomment>replies 452: meaning</extracomment>
        <translation>Serwerowi brakuje teraz miejsca albo, po RCPT, ta wiadomość ma już tylu odbiorców, ilu serwer przyjmuje: do pozostałych wyślij ją w kolejnej wiadomości.</translation>
    </message>
    <message>
        <source>TLS not available, or temporary authentication failure</source>
        <extracomment>replies 454: title</extracomment>
        <translation>TLS niedostępny albo przejściowy błąd uwierzytelniania</translation>
    </message>
    <message>
        <source>TLS or the login cannot be done right now because of a temporary problem on the server. Try again later.</source>
        <extracomment>replies 454: meaning</extracomment>
        <translation>Z powodu przejściowego problemu na serwerze nie da się teraz włączyć TLS ani zalogować. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <extracomment>replies 455: title</extracomment>
        <translation>Serwer nie może obsłużyć parametrów</translation>
    </message>
    <message>
        <source>The server cannot handle the parameters given with MAIL or RCPT at the moment. It is temporary.</source>
        <extracomment>replies 455: meaning</extracomment>
        <translation>Serwer nie może teraz obsłużyć parametrów podanych przy MAIL lub RCPT. To stan przejściowy.</translation>
    </message>
    <message>
        <source>Unable to queue messages for node</source>
        <extracomment>replies 458: title</extracomment>
        <translation>Nie można uruchomić kolejki wiadomości dla węzła</translation>
    </message>
    <message>
        <source>The answer to ETRN: the server cannot start sending the messages waiting for that domain right now.</source>
        <extracomment>replies 458: meaning</extracomment>
        <translation>Odpowiedź na ETRN: serwer nie może teraz zacząć wysyłać wiadomości czekających na tę domenę.</translation>
    </message>
    <message>
        <source>Node not allowed</source>
        <extracomment>replies 459: title</extracomment>
        <translation>Węzeł niedozwolony</translation>
    </message>
    <message>
        <source>The answer to ETRN: this client may not ask for that domain&apos;s messages.</source>
        <extracomment>replies 459: meaning</extracomment>
        <translation>Odpowiedź na ETRN: ten klient nie może prosić o wiadomości tej domeny.</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <extracomment>replies 500: title</extracomment>
        <translation>Błąd składni, nieznane polecenie</translation>
    </message>
    <message>
        <source>The server did not understand the command: an unknown or misspelt command, or a line that is too long (for example an AUTH answer that is too long, 5.5.6).</source>
        <extracomment>replies 500: meaning</extracomment>
        <translation>Serwer nie zrozumiał polecenia: nieznanego albo z literówką, lub za długiego wiersza (np. za długiej odpowiedzi przy AUTH, 5.5.6).</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <extracomment>replies 501: title</extracomment>
        <translation>Błąd składni w parametrach lub argumentach</translation>
    </message>
    <message>
        <source>The command is known, but what follows it is wrong, for example an address without angle brackets or a login answer that is not valid base64.</source>
        <extracomment>replies 501: meaning</extracomment>
        <translation>Polecenie jest znane, ale to, co po nim następuje, jest błędne, np. adres bez nawiasów ostrych albo odpowiedź przy logowaniu, która nie jest poprawnym base64.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <extracomment>replies 502: title</extracomment>
        <translation>Polecenie nie jest obsługiwane</translation>
    </message>
    <message>
        <source>The server knows the command but does not offer it.</source>
        <extracomment>replies 502: meaning</extracomment>
        <translation>Serwer zna to polecenie, ale go nie udostępnia.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <extracomment>replies 503: title</extracomment>
        <translation>Zła kolejność poleceń</translation>
    </message>
    <message>
        <source>The command came at the wrong moment: RCPT before MAIL, DATA without an accepted recipient, or MAIL before logging in on a server that wants a login.</source>
        <extracomment>replies 503: meaning</extracomment>
        <translation>Polecenie przyszło w złym momencie: RCPT przed MAIL, DATA bez przyjętego odbiorcy albo MAIL przed zalogowaniem na serwerze, który wymaga logowania.</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <extracomment>replies 504: title</extracomment>
        <translation>Parametr polecenia nie jest obsługiwany</translation>
    </message>
    <message>
        <source>The server does not support a parameter of this command, such as a login mechanism it does not offer.</source>
        <extracomment>replies 504: meaning</extracomment>
        <translation>Serwer nie obsługuje parametru tego polecenia, np. mechanizmu logowania, którego nie udostępnia.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <extracomment>replies 521: title</extracomment>
        <translation>Host nie przyjmuje poczty</translation>
    </message>
    <message>
        <source>This host never accepts mail: it exists for something else. There is no point in trying again.</source>
        <extracomment>replies 521: meaning</extracomment>
        <translation>Ten host nigdy nie przyjmuje poczty: służy do czegoś innego. Ponawianie nie ma sensu.</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <extracomment>replies 530: title</extracomment>
        <translation>Wymagane uwierzytelnienie</translation>
    </message>
    <message>
        <source>The server wants the client to log in (or, with “Must issue a STARTTLS command first”, to start TLS) before it accepts this command.</source>
        <extracomment>replies 530: meaning</extracomment>
        <translation>Serwer chce, żeby klient się zalogował (albo, przy „Must issue a STARTTLS command first”, włączył TLS), zanim przyjmie to polecenie.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <extracomment>replies 534: title
----------
enhanced_codes X.7.9: title</extracomment>
        <translation>Mechanizm uwierzytelniania jest za słaby</translation>
    </message>
    <message>
        <source>The server&apos;s policy does not allow this login mechanism for this account: log in with a stronger one.</source>
        <extracomment>replies 534: meaning</extracomment>
        <translation>Zasady serwera nie pozwalają na ten mechanizm logowania dla tego konta: zaloguj się silniejszym.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <extracomment>replies 535: title
----------
enhanced_codes X.7.8: title</extracomment>
        <translation>Nieprawidłowe dane uwierzytelniające</translation>
    </message>
    <message>
        <source>The login failed: the user name or the password is wrong, or this account may not log in this way.</source>
        <extracomment>replies 535: meaning</extracomment>
        <translation>Logowanie się nie udało: nazwa użytkownika lub hasło są błędne albo to konto nie może logować się w ten sposób.</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <extracomment>replies 538: title
----------
enhanced_codes X.7.11: title</extracomment>
        <translation>Wybrany mechanizm uwierzytelniania wymaga szyfrowania</translation>
    </message>
    <message>
        <source>This login mechanism is allowed only over an encrypted connection: start TLS first.</source>
        <extracomment>replies 538: meaning</extracomment>
        <translation>Ten mechanizm logowania jest dozwolony tylko w szyfrowanym połączeniu: najpierw włącz TLS.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <extracomment>replies 550: title</extracomment>
        <translation>Nie wykonano żądanej czynności: skrzynka niedostępna</translation>
    </message>
    <message>
        <source>The server refuses for good. Often the mailbox does not exist, or a policy (a spam filter, the rules on relaying) refuses the message; the enhanced code and the text say which.</source>
        <extracomment>replies 550: meaning</extracomment>
        <translation>Serwer odmawia na dobre. Często skrzynka nie istnieje albo wiadomość odrzucają zasady serwera (filtr antyspamowy, reguły przekazywania poczty); który to przypadek, mówią rozszerzony kod i tekst.</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <extracomment>replies 551: title</extracomment>
        <translation>Użytkownik nie jest lokalny; spróbuj &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>The mailbox is not here and this server will not pass the message on; the text may say where to send it instead.</source>
        <extracomment>replies 551: meaning</extracomment>
        <translation>Skrzynki tu nie ma, a ten serwer nie przekaże wiadomości dalej; tekst może podawać, dokąd ją wysłać.</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <extracomment>replies 552: title</extracomment>
        <translation>Przerwano żądaną czynność pocztową: przekroczono przydział miejsca</translation>
    </message>
    <message>
        <source>Too big: the message is larger than the server&apos;s limit or than the room left in the mailbox.</source>
        <extracomment>replies 552: meaning</extracomment>
        <translation>Za duża: wiadomość przekracza limit serwera albo ilość miejsca, jaka została w skrzynce.</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <extracomment>replies 553: title</extracomment>
        <translation>Nie wykonano żądanej czynności: niedozwolona nazwa skrzynki</translation>
    </message>
    <message>
        <source>The address is not acceptable: its syntax is wrong, or this server does not allow it (for example a non-ASCII address without SMTPUTF8).</source>
        <extracomment>replies 553: meaning</extracomment>
        <translation>Adres jest nie do przyjęcia: ma błędną składnię albo ten serwer go nie dopuszcza (np. adres spoza ASCII bez SMTPUTF8).</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <extracomment>replies 554: title</extracomment>
        <translation>Transakcja nie powiodła się</translation>
    </message>
    <message>
        <source>The transaction failed for good, often because a policy refused the message. As the very first reply of a connection (“No SMTP service here”), it means that this server will not talk to the client at all.</source>
        <extracomment>replies 554: meaning</extracomment>
        <translation>Transakcja nie powiodła się na dobre, często dlatego, że zasady serwera odrzuciły wiadomość. Jako pierwsza odpowiedź w połączeniu („No SMTP service here”) oznacza, że ten serwer w ogóle nie będzie rozmawiał z klientem.</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <extracomment>replies 555: title</extracomment>
        <translation>Parametry MAIL FROM/RCPT TO nierozpoznane lub nieobsługiwane</translation>
    </message>
    <message>
        <source>The server does not know a parameter given after the address in MAIL or RCPT, such as SIZE= or BODY= when it has not offered that extension.</source>
        <extracomment>replies 555: meaning</extracomment>
        <translation>Serwer nie zna parametru podanego po adresie w MAIL lub RCPT, np. SIZE= albo BODY=, gdy nie oferował tego rozszerzenia.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <extracomment>replies 556: title</extracomment>
        <translation>Domena nie przyjmuje poczty</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain says (with a null MX record) that it never accepts mail.</source>
        <extracomment>replies 556: meaning</extracomment>
        <translation>Domena odbiorcy ogłasza (pustym rekordem MX, tzw. null MX), że nigdy nie przyjmuje poczty.</translation>
    </message>
    <message>
        <source>Success</source>
        <extracomment>enhanced_classes 2: title</extracomment>
        <translation>Sukces</translation>
    </message>
    <message>
        <source>The message or command went through; the rest of the code may add a detail.</source>
        <extracomment>enhanced_classes 2: meaning</extracomment>
        <translation>Wiadomość lub polecenie przeszły; reszta kodu może dodać szczegół.</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <extracomment>enhanced_classes 4: title</extracomment>
        <translation>Utrzymujący się błąd przejściowy</translation>
    </message>
    <message>
        <source>A temporary failure: the message itself is fine, and sending it again later may work.</source>
        <extracomment>enhanced_classes 4: meaning</extracomment>
        <translation>Błąd przejściowy: sama wiadomość jest w porządku, a ponowne wysłanie później może się udać.</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <extracomment>enhanced_classes 5: title</extracomment>
        <translation>Błąd trwały</translation>
    </message>
    <message>
        <source>A permanent failure: sending the message again unchanged will not work; the message or the address has to change.</source>
        <extracomment>enhanced_classes 5: meaning</extracomment>
        <translation>Błąd trwały: ponowne wysłanie tej samej wiadomości nic nie da; trzeba zmienić wiadomość albo adres.</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <extracomment>enhanced_subjects 0: title</extracomment>
        <translation>Stan inny lub nieokreślony</translation>
    </message>
    <message>
        <source>No more is said about what the problem concerns.</source>
        <extracomment>enhanced_subjects 0: meaning</extracomment>
        <translation>Nic więcej nie wiadomo o tym, czego dotyczy problem.</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <extracomment>enhanced_subjects 1: title</extracomment>
        <translation>Stan adresu</translation>
    </message>
    <message>
        <source>About an address, the sender&apos;s or a recipient&apos;s: its syntax or whether it exists. The sender can usually fix it.</source>
        <extracomment>enhanced_subjects 1: meaning</extracomment>
        <translation>Dotyczy adresu nadawcy lub odbiorcy: jego składni albo tego, czy istnieje. Zwykle nadawca może to poprawić.</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <extracomment>enhanced_subjects 2: title</extracomment>
        <translation>Stan skrzynki</translation>
    </message>
    <message>
        <source>About the recipient&apos;s mailbox, which is in the recipient&apos;s hands: full, disabled and so on.</source>
        <extracomment>enhanced_subjects 2: meaning</extracomment>
        <translation>Dotyczy skrzynki odbiorcy, za którą odpowiada odbiorca: jest pełna, wyłączona i tym podobne.</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <extracomment>enhanced_subjects 3: title</extracomment>
        <translation>Stan systemu pocztowego</translation>
    </message>
    <message>
        <source>About the receiving mail system, which is in its administrator&apos;s hands.</source>
        <extracomment>enhanced_subjects 3: meaning</extracomment>
        <translation>Dotyczy systemu pocztowego odbiorcy, za który odpowiada jego administrator.</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <extracomment>enhanced_subjects 4: title</extracomment>
        <translation>Stan sieci i trasowania</translation>
    </message>
    <message>
        <source>About the network and routing: DNS, connections, relaying between servers.</source>
        <extracomment>enhanced_subjects 4: meaning</extracomment>
        <translation>Dotyczy sieci i trasowania: DNS, połączeń, przekazywania poczty między serwerami.</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <extracomment>enhanced_subjects 5: title</extracomment>
        <translation>Stan protokołu doręczania poczty</translation>
    </message>
    <message>
        <source>About the SMTP conversation itself: commands, their order and their syntax.</source>
        <extracomment>enhanced_subjects 5: meaning</extracomment>
        <translation>Dotyczy samej rozmowy SMTP: poleceń, ich kolejności i składni.</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <extracomment>enhanced_subjects 6: title</extracomment>
        <translation>Stan treści lub formatu wiadomości</translation>
    </message>
    <message>
        <source>About the content of the message: its format, encoding or conversion.</source>
        <extracomment>enhanced_subjects 6: meaning</extracomment>
        <translation>Dotyczy treści wiadomości: jej formatu, kodowania albo konwersji.</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <extracomment>enhanced_subjects 7: title</extracomment>
        <translation>Stan bezpieczeństwa lub zasad</translation>
    </message>
    <message>
        <source>About security or policy: logins, encryption, spam and sender checks, who may send to whom.</source>
        <extracomment>enhanced_subjects 7: meaning</extracomment>
        <translation>Dotyczy bezpieczeństwa lub zasad: logowania, szyfrowania, kontroli antyspamowych i sprawdzania nadawcy, tego, kto może pisać do kogo.</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <extracomment>enhanced_codes X.0.0: title</extracomment>
        <translation>Inny, nieokreślony stan</translation>
    </message>
    <message>
        <source>Only the class is known: success, temporary or permanent failure. The reply text may say more.</source>
        <extracomment>enhanced_codes X.0.0: meaning</extracomment>
        <translation>Znana jest tylko klasa: sukces, błąd przejściowy albo trwały. Więcej może mówić tekst odpowiedzi.</translation>
    </message>
    <message>
        <source>Other address status</source>
        <extracomment>enhanced_codes X.1.0: title</extracomment>
        <translation>Inny stan adresu</translation>
    </message>
    <message>
        <source>Something about an address caused this, without more detail.</source>
        <extracomment>enhanced_codes X.1.0: meaning</extracomment>
        <translation>Przyczyną jest coś w adresie, bez dalszych szczegółów.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <extracomment>enhanced_codes X.1.1: title</extracomment>
        <translation>Błędny adres skrzynki odbiorcy</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the part before the @ is unknown at that domain. Check the address for typing mistakes.</source>
        <extracomment>enhanced_codes X.1.1: meaning</extracomment>
        <translation>Skrzynka nie istnieje: część przed @ jest w tej domenie nieznana. Sprawdź, czy w adresie nie ma literówki.</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <extracomment>enhanced_codes X.1.2: title</extracomment>
        <translation>Błędny adres systemu odbiorcy</translation>
    </message>
    <message>
        <source>The domain after the @ does not exist or cannot receive mail.</source>
        <extracomment>enhanced_codes X.1.2: meaning</extracomment>
        <translation>Domena po @ nie istnieje albo nie może odbierać poczty.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <extracomment>enhanced_codes X.1.3: title</extracomment>
        <translation>Błędna składnia adresu skrzynki odbiorcy</translation>
    </message>
    <message>
        <source>The recipient address is not written correctly.</source>
        <extracomment>enhanced_codes X.1.3: meaning</extracomment>
        <translation>Adres odbiorcy jest niepoprawnie zapisany.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <extracomment>enhanced_codes X.1.4: title</extracomment>
        <translation>Niejednoznaczny adres skrzynki odbiorcy</translation>
    </message>
    <message>
        <source>The address matches more than one mailbox on the receiving system.</source>
        <extracomment>enhanced_codes X.1.4: meaning</extracomment>
        <translation>Adres pasuje do więcej niż jednej skrzynki w systemie odbiorcy.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <extracomment>enhanced_codes X.1.5: title</extracomment>
        <translation>Adres odbiorcy poprawny</translation>
    </message>
    <message>
        <source>The recipient address is valid. A success code, typically the answer to RCPT.</source>
        <extracomment>enhanced_codes X.1.5: meaning</extracomment>
        <translation>Adres odbiorcy jest poprawny. Kod sukcesu, zwykle w odpowiedzi na RCPT.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <extracomment>enhanced_codes X.1.6: title</extracomment>
        <translation>Skrzynka odbiorcy została przeniesiona, brak adresu do przekazania</translation>
    </message>
    <message>
        <source>The address used to work but no longer takes mail, and no new address is known.</source>
        <extracomment>enhanced_codes X.1.6: meaning</extracomment>
        <translation>Adres kiedyś działał, ale już nie przyjmuje poczty, a nowy adres nie jest znany.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <extracomment>enhanced_codes X.1.7: title</extracomment>
        <translation>Błędna składnia adresu skrzynki nadawcy</translation>
    </message>
    <message>
        <source>The sender address (MAIL FROM) is not written correctly.</source>
        <extracomment>enhanced_codes X.1.7: meaning</extracomment>
        <translation>Adres nadawcy (MAIL FROM) jest niepoprawnie zapisany.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <extracomment>enhanced_codes X.1.8: title</extracomment>
        <translation>Błędny adres systemu nadawcy</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist or cannot receive mail, so bounces could not be returned to it.</source>
        <extracomment>enhanced_codes X.1.8: meaning</extracomment>
        <translation>Domena nadawcy nie istnieje albo nie może odbierać poczty, więc nie dałoby się do niej odesłać zwrotek.</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <extracomment>enhanced_codes X.1.9: title</extracomment>
        <translation>Wiadomość przekazana do serwera niezgodnego z protokołem</translation>
    </message>
    <message>
        <source>The address was valid, but the message went on to a system that does not give delivery reports, so nothing more will be known.</source>
        <extracomment>enhanced_codes X.1.9: meaning</extracomment>
        <translation>Adres był poprawny, ale wiadomość trafiła dalej do systemu, który nie wysyła raportów doręczenia, więc nic więcej nie będzie wiadomo.</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <extracomment>enhanced_codes X.1.10: title</extracomment>
        <translation>Adres odbiorcy ma pusty rekord MX</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX record: it says it accepts no mail at all.</source>
        <extracomment>enhanced_codes X.1.10: meaning</extracomment>
        <translation>Domena odbiorcy publikuje pusty rekord MX (null MX): ogłasza, że w ogóle nie przyjmuje poczty.</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <extracomment>enhanced_codes X.2.0: title</extracomment>
        <translation>Inny lub nieokreślony stan skrzynki</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it caused this.</source>
        <extracomment>enhanced_codes X.2.0: meaning</extracomment>
        <translation>Skrzynka istnieje, ale przyczyną jest coś z nią związanego.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <extracomment>enhanced_codes X.2.1: title</extracomment>
        <translation>Skrzynka wyłączona, nie przyjmuje wiadomości</translation>
    </message>
    <message>
        <source>The mailbox exists but does not accept messages, for a while or for good.</source>
        <extracomment>enhanced_codes X.2.1: meaning</extracomment>
        <translation>Skrzynka istnieje, ale nie przyjmuje wiadomości, chwilowo albo na stałe.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <extracomment>enhanced_codes X.2.2: title</extracomment>
        <translation>Skrzynka pełna</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its quota. The recipient can make room by deleting messages; trying again later may work.</source>
        <extracomment>enhanced_codes X.2.2: meaning</extracomment>
        <translation>Skrzynka odbiorcy przekroczyła limit. Odbiorca może zrobić miejsce, usuwając wiadomości; ponowna próba później może się udać.</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <extracomment>enhanced_codes X.2.3: title</extracomment>
        <translation>Długość wiadomości przekracza limit administracyjny</translation>
    </message>
    <message>
        <source>The message is larger than this mailbox allows (a per-mailbox limit, lower than the system&apos;s).</source>
        <extracomment>enhanced_codes X.2.3: meaning</extracomment>
        <translation>Wiadomość jest większa, niż pozwala ta skrzynka (limit dla skrzynki, niższy od limitu systemu).</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <extracomment>enhanced_codes X.2.4: title</extracomment>
        <translation>Problem z rozwinięciem listy dyskusyjnej</translation>
    </message>
    <message>
        <source>The address is a mailing list, and its members could not be worked out.</source>
        <extracomment>enhanced_codes X.2.4: meaning</extracomment>
        <translation>Adres jest listą dyskusyjną, a nie udało się ustalić jej członków.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <extracomment>enhanced_codes X.3.0: title</extracomment>
        <translation>Inny lub nieokreślony stan systemu pocztowego</translation>
    </message>
    <message>
        <source>The receiving system normally accepts mail, but something on it caused this.</source>
        <extracomment>enhanced_codes X.3.0: meaning</extracomment>
        <translation>System odbiorcy zwykle przyjmuje pocztę, ale przyczyną jest coś po jego stronie.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <extracomment>enhanced_codes X.3.1: title</extracomment>
        <translation>System pocztowy pełny</translation>
    </message>
    <message>
        <source>The receiving system has run out of storage; the recipient cannot fix that by deleting mail. Try again later.</source>
        <extracomment>enhanced_codes X.3.1: meaning</extracomment>
        <translation>W systemie odbiorcy skończyło się miejsce; odbiorca nie naprawi tego, usuwając pocztę. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <extracomment>enhanced_codes X.3.2: title</extracomment>
        <translation>System nie przyjmuje wiadomości z sieci</translation>
    </message>
    <message>
        <source>The host is not accepting messages, for example because it is shutting down, overloaded or under maintenance.</source>
        <extracomment>enhanced_codes X.3.2: meaning</extracomment>
        <translation>Host nie przyjmuje wiadomości, np. dlatego że jest wyłączany, przeciążony albo w konserwacji.</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <extracomment>enhanced_codes X.3.3: title</extracomment>
        <translation>System nie obsługuje wybranych funkcji</translation>
    </message>
    <message>
        <source>The receiving system does not support a feature the message asks for.</source>
        <extracomment>enhanced_codes X.3.3: meaning</extracomment>
        <translation>System odbiorcy nie obsługuje funkcji, której wymaga wiadomość.</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <extracomment>enhanced_codes X.3.4: title</extracomment>
        <translation>Wiadomość za duża dla systemu</translation>
    </message>
    <message>
        <source>The message is larger than the system accepts. Make it smaller, for example by sending big attachments another way.</source>
        <extracomment>enhanced_codes X.3.4: meaning</extracomment>
        <translation>Wiadomość jest większa, niż system przyjmuje. Zmniejsz ją, np. wysyłając duże załączniki w inny sposób.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <extracomment>enhanced_codes X.3.5: title</extracomment>
        <translation>System źle skonfigurowany</translation>
    </message>
    <message>
        <source>The receiving system is not configured in a way that lets it accept this message.</source>
        <extracomment>enhanced_codes X.3.5: meaning</extracomment>
        <translation>System odbiorcy nie jest skonfigurowany tak, by mógł przyjąć tę wiadomość.</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <extracomment>enhanced_codes X.3.6: title</extracomment>
        <translation>Zmieniono żądany priorytet</translation>
    </message>
    <message>
        <source>The message was accepted, but not with the priority asked for (MT-PRIORITY); the text gives the new priority.</source>
        <extracomment>enhanced_codes X.3.6: meaning</extracomment>
        <translation>Wiadomość przyjęto, ale nie z żądanym priorytetem (MT-PRIORITY); tekst podaje nowy priorytet.</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <extracomment>enhanced_codes X.4.0: title</extracomment>
        <translation>Inny lub nieokreślony stan sieci lub trasowania</translation>
    </message>
    <message>
        <source>Something went wrong in the network or in routing, without more detail.</source>
        <extracomment>enhanced_codes X.4.0: meaning</extracomment>
        <translation>Coś poszło nie tak w sieci albo w trasowaniu, bez dalszych szczegółów.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <extracomment>enhanced_codes X.4.1: title</extracomment>
        <translation>Brak odpowiedzi od hosta</translation>
    </message>
    <message>
        <source>The next server did not answer the connection: it was busy or unreachable. Temporary.</source>
        <extracomment>enhanced_codes X.4.1: meaning</extracomment>
        <translation>Następny serwer nie odebrał połączenia: był zajęty albo nieosiągalny. Stan przejściowy.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <extracomment>enhanced_codes X.4.2: title</extracomment>
        <translation>Złe połączenie</translation>
    </message>
    <message>
        <source>The connection was made but broke or timed out before the message was through. Temporary.</source>
        <extracomment>enhanced_codes X.4.2: meaning</extracomment>
        <translation>Połączenie nawiązano, ale zerwało się albo upłynął limit czasu, zanim wiadomość przeszła. Stan przejściowy.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <extracomment>enhanced_codes X.4.3: title</extracomment>
        <translation>Awaria serwera katalogowego</translation>
    </message>
    <message>
        <source>A directory service, usually DNS, could not be reached, so the message could not be routed. Usually temporary.</source>
        <extracomment>enhanced_codes X.4.3: meaning</extracomment>
        <translation>Nie udało się połączyć z usługą katalogową, zwykle DNS, więc nie dało się ustalić trasy wiadomości. Zwykle stan przejściowy.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <extracomment>enhanced_codes X.4.4: title</extracomment>
        <translation>Nie można ustalić trasy</translation>
    </message>
    <message>
        <source>There is no way to find where to send the message: for example the domain has no mail servers in DNS.</source>
        <extracomment>enhanced_codes X.4.4: meaning</extracomment>
        <translation>Nie da się ustalić, dokąd wysłać wiadomość: np. domena nie ma w DNS żadnych serwerów pocztowych.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <extracomment>enhanced_codes X.4.5: title</extracomment>
        <translation>Przeciążenie systemu pocztowego</translation>
    </message>
    <message>
        <source>The mail system is congested right now. Temporary: try again later.</source>
        <extracomment>enhanced_codes X.4.5: meaning</extracomment>
        <translation>System pocztowy jest teraz przeciążony. Stan przejściowy: spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <extracomment>enhanced_codes X.4.6: title</extracomment>
        <translation>Wykryto pętlę w trasowaniu</translation>
    </message>
    <message>
        <source>The message went round in circles between servers (wrong routing or forwarding) and was stopped.</source>
        <extracomment>enhanced_codes X.4.6: meaning</extracomment>
        <translation>Wiadomość krążyła w kółko między serwerami (błędne trasowanie albo przekazywanie) i została zatrzymana.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <extracomment>enhanced_codes X.4.7: title</extracomment>
        <translation>Upłynął czas na doręczenie</translation>
    </message>
    <message>
        <source>The message waited too long for delivery and was given up.</source>
        <extracomment>enhanced_codes X.4.7: meaning</extracomment>
        <translation>Wiadomość zbyt długo czekała na doręczenie i z niej zrezygnowano.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <extracomment>enhanced_codes X.5.0: title</extracomment>
        <translation>Inny lub nieokreślony stan protokołu</translation>
    </message>
    <message>
        <source>Something about the SMTP exchange, without more detail. Many servers use 2.5.0 for a plain “OK”.</source>
        <extracomment>enhanced_codes X.5.0: meaning</extracomment>
        <translation>Coś związanego z wymianą SMTP, bez dalszych szczegółów. Wiele serwerów używa 2.5.0 jako zwykłego „OK”.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <extracomment>enhanced_codes X.5.1: title</extracomment>
        <translation>Nieprawidłowe polecenie</translation>
    </message>
    <message>
        <source>The command is not supported, or it came at the wrong moment.</source>
        <extracomment>enhanced_codes X.5.1: meaning</extracomment>
        <translation>Polecenie nie jest obsługiwane albo przyszło w złym momencie.</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <extracomment>enhanced_codes X.5.2: title</extracomment>
        <translation>Błąd składni</translation>
    </message>
    <message>
        <source>The command could not be understood: its syntax is wrong or it is unknown.</source>
        <extracomment>enhanced_codes X.5.2: meaning</extracomment>
        <translation>Nie dało się zrozumieć polecenia: ma błędną składnię albo jest nieznane.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <extracomment>enhanced_codes X.5.3: title</extracomment>
        <translation>Za dużo odbiorców</translation>
    </message>
    <message>
        <source>The message has more recipients than can be taken at once. Send to the others in another message.</source>
        <extracomment>enhanced_codes X.5.3: meaning</extracomment>
        <translation>Wiadomość ma więcej odbiorców, niż można przyjąć naraz. Do pozostałych wyślij ją osobno.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <extracomment>enhanced_codes X.5.4: title</extracomment>
        <translation>Nieprawidłowe argumenty polecenia</translation>
    </message>
    <message>
        <source>The command is valid, but an argument is out of range or names something unsupported.</source>
        <extracomment>enhanced_codes X.5.4: meaning</extracomment>
        <translation>Polecenie jest poprawne, ale argument jest spoza zakresu albo wskazuje coś nieobsługiwanego.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <extracomment>enhanced_codes X.5.5: title</extracomment>
        <translation>Zła wersja protokołu</translation>
    </message>
    <message>
        <source>The two sides speak versions of the protocol that do not fit together.</source>
        <extracomment>enhanced_codes X.5.5: meaning</extracomment>
        <translation>Obie strony używają niezgodnych ze sobą wersji protokołu.</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <extracomment>enhanced_codes X.5.6: title</extracomment>
        <translation>Wiersz wymiany uwierzytelniającej jest za długi</translation>
    </message>
    <message>
        <source>During the login the client sent a base64 answer longer than the server can take.</source>
        <extracomment>enhanced_codes X.5.6: meaning</extracomment>
        <translation>Podczas logowania klient wysłał odpowiedź w base64 dłuższą, niż serwer może przyjąć.</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <extracomment>enhanced_codes X.6.0: title</extracomment>
        <translation>Inny lub nieokreślony błąd formatu</translation>
    </message>
    <message>
        <source>Something in the content of the message made it undeliverable, without more detail.</source>
        <extracomment>enhanced_codes X.6.0: meaning</extracomment>
        <translation>Coś w treści wiadomości uniemożliwiło jej doręczenie, bez dalszych szczegółów.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <extracomment>enhanced_codes X.6.1: title</extracomment>
        <translation>Format nieobsługiwany</translation>
    </message>
    <message>
        <source>The kind of content in the message is not supported on the way to the recipient.</source>
        <extracomment>enhanced_codes X.6.1: meaning</extracomment>
        <translation>Rodzaj treści w wiadomości nie jest obsługiwany na drodze do odbiorcy.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <extracomment>enhanced_codes X.6.2: title</extracomment>
        <translation>Konwersja wymagana, ale zabroniona</translation>
    </message>
    <message>
        <source>The content would have to be converted to be delivered, but conversion is not allowed.</source>
        <extracomment>enhanced_codes X.6.2: meaning</extracomment>
        <translation>Aby doręczyć treść, trzeba by ją przekonwertować, a konwersja jest niedozwolona.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <extracomment>enhanced_codes X.6.3: title</extracomment>
        <translation>Konwersja wymagana, ale nieobsługiwana</translation>
    </message>
    <message>
        <source>The content would have to be converted (for example from 8-bit to 7-bit), and a server on the way cannot do that.</source>
        <extracomment>enhanced_codes X.6.3: meaning</extracomment>
        <translation>Treść trzeba by przekonwertować (np. z 8 bitów na 7), a serwer po drodze tego nie potrafi.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <extracomment>enhanced_codes X.6.4: title</extracomment>
        <translation>Wykonano konwersję ze stratą danych</translation>
    </message>
    <message>
        <source>The message was delivered, but converting it lost some of its content.</source>
        <extracomment>enhanced_codes X.6.4: meaning</extracomment>
        <translation>Wiadomość doręczono, ale podczas konwersji część treści przepadła.</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <extracomment>enhanced_codes X.6.5: title</extracomment>
        <translation>Konwersja nie powiodła się</translation>
    </message>
    <message>
        <source>The content had to be converted and the conversion failed.</source>
        <extracomment>enhanced_codes X.6.5: meaning</extracomment>
        <translation>Treść trzeba było przekonwertować, a konwersja się nie udała.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <extracomment>enhanced_codes X.6.6: title</extracomment>
        <translation>Treść wiadomości niedostępna</translation>
    </message>
    <message>
        <source>The content to be sent by reference (BURL) could not be fetched from the other system.</source>
        <extracomment>enhanced_codes X.6.6: meaning</extracomment>
        <translation>Nie udało się pobrać z innego systemu treści, która miała być wysłana przez odwołanie (BURL).</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <extracomment>enhanced_codes X.6.7: title</extracomment>
        <translation>Adresy spoza ASCII niedozwolone dla tego nadawcy/odbiorcy</translation>
    </message>
    <message>
        <source>This address contains characters beyond ASCII, and it may not be used here.</source>
        <extracomment>enhanced_codes X.6.7: meaning</extracomment>
        <translation>Ten adres zawiera znaki spoza ASCII i nie można go tu użyć.</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <extracomment>enhanced_codes X.6.8: title</extracomment>
        <translation>Wymagana odpowiedź z tekstem UTF-8, ale klient SMTP na nią nie pozwala</translation>
    </message>
    <message>
        <source>The server would have to answer with UTF-8 text, but the client did not allow it.</source>
        <extracomment>enhanced_codes X.6.8: meaning</extracomment>
        <translation>Serwer musiałby odpowiedzieć tekstem w UTF-8, ale klient na to nie pozwolił.</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <extracomment>enhanced_codes X.6.9: title</extracomment>
        <translation>Wiadomości z nagłówkami w UTF-8 nie można przekazać co najmniej jednemu odbiorcy, więc trzeba ją odrzucić</translation>
    </message>
    <message>
        <source>The message has UTF-8 headers and cannot reach some recipients without SMTPUTF8, so it is refused after the final dot.</source>
        <extracomment>enhanced_codes X.6.9: meaning</extracomment>
        <translation>Wiadomość ma nagłówki w UTF-8 i bez SMTPUTF8 nie dotrze do niektórych odbiorców, więc zostaje odrzucona po kończącej kropce.</translation>
    </message>
    <message>
        <source>Duplicate of X.6.8 (deprecated)</source>
        <extracomment>enhanced_codes X.6.10: title</extracomment>
        <translation>Duplikat X.6.8 (wycofany)</translation>
    </message>
    <message>
        <source>The registry has no title for this code: it duplicates X.6.8 and should no longer be used.</source>
        <extracomment>enhanced_codes X.6.10: meaning</extracomment>
        <translation>Rejestr nie podaje nazwy tego kodu: powiela X.6.8 i nie należy go już używać.</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <extracomment>enhanced_codes X.7.0: title</extracomment>
        <translation>Inny lub nieokreślony stan bezpieczeństwa</translation>
    </message>
    <message>
        <source>Something related to security, without more detail (sometimes on purpose, so as not to reveal a policy). 2.7.0 often means a successful login.</source>
        <extracomment>enhanced_codes X.7.0: meaning</extracomment>
        <translation>Coś związanego z bezpieczeństwem, bez dalszych szczegółów (czasem celowo, żeby nie zdradzać zasad). 2.7.0 często oznacza udane logowanie.</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <extracomment>enhanced_codes X.7.1: title</extracomment>
        <translation>Brak zgody na doręczenie, wiadomość odrzucona</translation>
    </message>
    <message>
        <source>The sender may not send to this recipient: a filter or a policy refused it, for example relaying without logging in, or a sender on a blocklist.</source>
        <extracomment>enhanced_codes X.7.1: meaning</extracomment>
        <translation>Nadawca nie może pisać do tego odbiorcy: odrzucił to filtr albo zasady serwera, np. przy przekazywaniu poczty bez logowania albo gdy nadawca jest na czarnej liście.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <extracomment>enhanced_codes X.7.2: title</extracomment>
        <translation>Rozwinięcie listy dyskusyjnej zabronione</translation>
    </message>
    <message>
        <source>The sender may not send to this mailing list.</source>
        <extracomment>enhanced_codes X.7.2: meaning</extracomment>
        <translation>Nadawca nie może pisać na tę listę dyskusyjną.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <extracomment>enhanced_codes X.7.3: title</extracomment>
        <translation>Wymagana konwersja zabezpieczeń jest niemożliwa</translation>
    </message>
    <message>
        <source>The message had to be converted from one secure messaging format to another, and that was not possible.</source>
        <extracomment>enhanced_codes X.7.3: meaning</extracomment>
        <translation>Wiadomość trzeba było przekonwertować z jednego formatu bezpiecznej poczty na inny, a to było niemożliwe.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <extracomment>enhanced_codes X.7.4: title</extracomment>
        <translation>Funkcje bezpieczeństwa nieobsługiwane</translation>
    </message>
    <message>
        <source>The message uses a security feature that cannot be supported on the way to the recipient.</source>
        <extracomment>enhanced_codes X.7.4: meaning</extracomment>
        <translation>Wiadomość korzysta z funkcji bezpieczeństwa, której nie da się obsłużyć na drodze do odbiorcy.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <extracomment>enhanced_codes X.7.5: title</extracomment>
        <translation>Błąd kryptograficzny</translation>
    </message>
    <message>
        <source>A system that should check or decrypt the message could not: a key was missing or invalid.</source>
        <extracomment>enhanced_codes X.7.5: meaning</extracomment>
        <translation>System, który miał sprawdzić albo odszyfrować wiadomość, nie mógł tego zrobić: brakowało klucza albo był nieprawidłowy.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <extracomment>enhanced_codes X.7.6: title</extracomment>
        <translation>Algorytm kryptograficzny nieobsługiwany</translation>
    </message>
    <message>
        <source>A system that should check or decrypt the message does not support the algorithm it uses.</source>
        <extracomment>enhanced_codes X.7.6: meaning</extracomment>
        <translation>System, który miał sprawdzić albo odszyfrować wiadomość, nie obsługuje użytego w niej algorytmu.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <extracomment>enhanced_codes X.7.7: title</extracomment>
        <translation>Naruszona integralność wiadomości</translation>
    </message>
    <message>
        <source>The message was damaged or changed on the way, so its integrity check failed.</source>
        <extracomment>enhanced_codes X.7.7: meaning</extracomment>
        <translation>Wiadomość została po drodze uszkodzona albo zmieniona, więc kontrola integralności się nie powiodła.</translation>
    </message>
    <message>
        <source>The login failed: the user name or the password is wrong. Enter them again.</source>
        <extracomment>enhanced_codes X.7.8: meaning</extracomment>
        <translation>Logowanie się nie udało: nazwa użytkownika lub hasło są błędne. Wpisz je ponownie.</translation>
    </message>
    <message>
        <source>The login mechanism is weaker than the server allows for this user: log in with a stronger one.</source>
        <extracomment>enhanced_codes X.7.9: meaning</extracomment>
        <translation>Mechanizm logowania jest słabszy, niż serwer pozwala temu użytkownikowi: zaloguj się silniejszym.</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <extracomment>enhanced_codes X.7.10: title</extracomment>
        <translation>Wymagane szyfrowanie</translation>
    </message>
    <message>
        <source>This login mechanism needs an encrypted connection: start TLS first or use a stronger mechanism.</source>
        <extracomment>enhanced_codes X.7.10: meaning</extracomment>
        <translation>Ten mechanizm logowania wymaga szyfrowanego połączenia: najpierw włącz TLS albo użyj silniejszego mechanizmu.</translation>
    </message>
    <message>
        <source>This login mechanism may only be used once the connection is encrypted.</source>
        <extracomment>enhanced_codes X.7.11: meaning</extracomment>
        <translation>Z tego mechanizmu logowania można korzystać dopiero wtedy, gdy połączenie jest szyfrowane.</translation>
    </message>
    <message>
        <source>The account has to log in once with PLAIN before this mechanism works.</source>
        <extracomment>enhanced_codes X.7.12: meaning</extracomment>
        <translation>Zanim ten mechanizm zadziała, konto musi raz zalogować się przez PLAIN.</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <extracomment>enhanced_codes X.7.13: title</extracomment>
        <translation>Konto użytkownika wyłączone</translation>
    </message>
    <message>
        <source>The user name and password were right, but the account is disabled; only its administrator can turn it back on.</source>
        <extracomment>enhanced_codes X.7.13: meaning</extracomment>
        <translation>Nazwa użytkownika i hasło były poprawne, ale konto jest wyłączone; ponownie włączyć je może tylko administrator.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <extracomment>enhanced_codes X.7.14: title</extracomment>
        <translation>Wymagana relacja zaufania</translation>
    </message>
    <message>
        <source>The submission server needs a trust relationship with another server to fetch the message content, and has none.</source>
        <extracomment>enhanced_codes X.7.14: meaning</extracomment>
        <translation>Serwer przyjmujący pocztę od klientów potrzebuje relacji zaufania z innym serwerem, żeby pobrać treść wiadomości, a jej nie ma.</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <extracomment>enhanced_codes X.7.15: title</extracomment>
        <translation>Za niski poziom priorytetu</translation>
    </message>
    <message>
        <source>The message&apos;s priority (MT-PRIORITY) is lower than the server takes at the moment.</source>
        <extracomment>enhanced_codes X.7.15: meaning</extracomment>
        <translation>Priorytet wiadomości (MT-PRIORITY) jest niższy, niż serwer teraz przyjmuje.</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <extracomment>enhanced_codes X.7.16: title</extracomment>
        <translation>Wiadomość za duża jak na podany priorytet</translation>
    </message>
    <message>
        <source>At this priority the server takes only smaller messages.</source>
        <extracomment>enhanced_codes X.7.16: meaning</extracomment>
        <translation>Przy tym priorytecie serwer przyjmuje tylko mniejsze wiadomości.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <extracomment>enhanced_codes X.7.17: title</extracomment>
        <translation>Zmienił się właściciel skrzynki</translation>
    </message>
    <message>
        <source>The mailbox has not had the same owner since the date the sender gave (RRVS), so the message is not delivered.</source>
        <extracomment>enhanced_codes X.7.17: meaning</extracomment>
        <translation>Od daty podanej przez nadawcę (RRVS) skrzynka zmieniła właściciela, więc wiadomość nie zostaje doręczona.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <extracomment>enhanced_codes X.7.18: title</extracomment>
        <translation>Zmienił się właściciel domeny</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has changed owner since the date the sender gave (RRVS).</source>
        <extracomment>enhanced_codes X.7.18: meaning</extracomment>
        <translation>Od daty podanej przez nadawcę (RRVS) domena odbiorcy zmieniła właściciela.</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <extracomment>enhanced_codes X.7.19: title</extracomment>
        <translation>Nie można przeprowadzić testu RRVS</translation>
    </message>
    <message>
        <source>The server cannot check the date the sender gave (RRVS) because it has no record of it; the sender decides whether to send without that check.</source>
        <extracomment>enhanced_codes X.7.19: meaning</extracomment>
        <translation>Serwer nie może sprawdzić daty podanej przez nadawcę (RRVS), bo nie ma potrzebnego zapisu; nadawca decyduje, czy wysłać bez tego sprawdzenia.</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <extracomment>enhanced_codes X.7.20: title</extracomment>
        <translation>Nie znaleziono ważnego podpisu DKIM</translation>
    </message>
    <message>
        <source>The message has no valid DKIM signature, and the receiver&apos;s policy wants one.</source>
        <extracomment>enhanced_codes X.7.20: meaning</extracomment>
        <translation>Wiadomość nie ma ważnego podpisu DKIM, a zasady odbiorcy go wymagają.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <extracomment>enhanced_codes X.7.21: title</extracomment>
        <translation>Nie znaleziono akceptowalnego podpisu DKIM</translation>
    </message>
    <message>
        <source>The message has valid DKIM signatures, but none that the receiver accepts.</source>
        <extracomment>enhanced_codes X.7.21: meaning</extracomment>
        <translation>Wiadomość ma ważne podpisy DKIM, ale żadnego z nich odbiorca nie akceptuje.</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <extracomment>enhanced_codes X.7.22: title</extracomment>
        <translation>Nie znaleziono ważnego podpisu DKIM zgodnego z autorem</translation>
    </message>
    <message>
        <source>No valid DKIM signature belongs to the domain in the From header.</source>
        <extracomment>enhanced_codes X.7.22: meaning</extracomment>
        <translation>Żaden ważny podpis DKIM nie należy do domeny z nagłówka From.</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <extracomment>enhanced_codes X.7.23: title</extracomment>
        <translation>Weryfikacja SPF nie powiodła się</translation>
    </message>
    <message>
        <source>SPF says that the sending server may not send mail for the sender&apos;s domain.</source>
        <extracomment>enhanced_codes X.7.23: meaning</extracomment>
        <translation>Według SPF serwer wysyłający nie może wysyłać poczty w imieniu domeny nadawcy.</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <extracomment>enhanced_codes X.7.24: title</extracomment>
        <translation>Błąd weryfikacji SPF</translation>
    </message>
    <message>
        <source>The SPF check could not be completed: the DNS look-up failed or the SPF record is broken.</source>
        <extracomment>enhanced_codes X.7.24: meaning</extracomment>
        <translation>Nie udało się dokończyć sprawdzania SPF: zapytanie DNS się nie powiodło albo rekord SPF jest błędny.</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <extracomment>enhanced_codes X.7.25: title</extracomment>
        <translation>Weryfikacja odwrotnego DNS nie powiodła się</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address failed the reverse DNS check (its name does not lead back to it).</source>
        <extracomment>enhanced_codes X.7.25: meaning</extracomment>
        <translation>Adres IP serwera wysyłającego nie przeszedł sprawdzenia odwrotnego DNS (jego nazwa nie prowadzi z powrotem do tego adresu).</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <extracomment>enhanced_codes X.7.26: title</extracomment>
        <translation>Nie powiodło się kilka kontroli uwierzytelnienia</translation>
    </message>
    <message>
        <source>The message failed more than one sender check (such as SPF, DKIM or DMARC); the server does not say which.</source>
        <extracomment>enhanced_codes X.7.26: meaning</extracomment>
        <translation>Wiadomość nie przeszła więcej niż jednej kontroli nadawcy (np. SPF, DKIM lub DMARC); serwer nie mówi, których.</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <extracomment>enhanced_codes X.7.27: title</extracomment>
        <translation>Adres nadawcy ma pusty rekord MX</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a null MX (it receives no mail), so bounces could not reach it, and the server refuses the message.</source>
        <extracomment>enhanced_codes X.7.27: meaning</extracomment>
        <translation>Domena nadawcy publikuje pusty rekord MX (nie odbiera poczty), więc zwrotki by do niej nie dotarły i serwer odrzuca wiadomość.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <extracomment>enhanced_codes X.7.28: title</extracomment>
        <translation>Wykryto zalew poczty</translation>
    </message>
    <message>
        <source>The message looks like part of a flood of similar abusive messages.</source>
        <extracomment>enhanced_codes X.7.28: meaning</extracomment>
        <translation>Wiadomość wygląda na część zalewu podobnych, szkodliwych wiadomości.</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <extracomment>enhanced_codes X.7.29: title</extracomment>
        <translation>Weryfikacja ARC nie powiodła się</translation>
    </message>
    <message>
        <source>The message failed the ARC check, the record of authentication results kept by the servers it passed through.</source>
        <extracomment>enhanced_codes X.7.29: meaning</extracomment>
        <translation>Wiadomość nie przeszła sprawdzenia ARC, czyli zapisu wyników uwierzytelnienia prowadzonego przez serwery, przez które przeszła.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <extracomment>enhanced_codes X.7.30: title</extracomment>
        <translation>Wymagana obsługa REQUIRETLS</translation>
    </message>
    <message>
        <source>The message demands TLS all the way (REQUIRETLS), and no server on the way to the recipient supports that.</source>
        <extracomment>enhanced_codes X.7.30: meaning</extracomment>
        <translation>Wiadomość wymaga TLS na całej drodze (REQUIRETLS), a żaden serwer na drodze do odbiorcy tego nie obsługuje.</translation>
    </message>
    <message>
        <source>Greets the server with the client&apos;s name, the old way: the server lists no extensions in reply.</source>
        <extracomment>commands HELO: meaning</extracomment>
        <translation>Wita się z serwerem, podając nazwę klienta, po staremu: serwer w odpowiedzi nie wymienia żadnych rozszerzeń.</translation>
    </message>
    <message>
        <source>Greets the server with the client&apos;s name and asks which extensions it offers. It is the first command of a session, and it is sent again after STARTTLS.</source>
        <extracomment>commands EHLO: meaning</extracomment>
        <translation>Wita się z serwerem, podając nazwę klienta, i pyta, jakie rozszerzenia serwer oferuje. To pierwsze polecenie sesji, wysyłane ponownie po STARTTLS.</translation>
    </message>
    <message>
        <source>The greeting of LMTP, the protocol for handing mail to a local mailbox store. It works like EHLO.</source>
        <extracomment>commands LHLO: meaning</extracomment>
        <translation>Powitanie w LMTP, protokole przekazywania poczty do lokalnego magazynu skrzynek. Działa jak EHLO.</translation>
    </message>
    <message>
        <source>Starts a new message and gives the envelope sender: the address that bounces go back to. MAIL FROM:&lt;&gt; means “no address for bounces”.</source>
        <extracomment>commands MAIL: meaning</extracomment>
        <translation>Zaczyna nową wiadomość i podaje nadawcę koperty: adres, na który wracają zwrotki. MAIL FROM:&lt;&gt; znaczy „bez adresu dla zwrotek”.</translation>
    </message>
    <message>
        <source>Names one recipient of the message. It is sent once for each recipient.</source>
        <extracomment>commands RCPT: meaning</extracomment>
        <translation>Podaje jednego odbiorcę wiadomości. Wysyła się je osobno dla każdego odbiorcy.</translation>
    </message>
    <message>
        <source>Sends the message in chunks of exactly the given number of bytes, with no dot at the end; LAST marks the final chunk. Part of CHUNKING.</source>
        <extracomment>commands BDAT: meaning</extracomment>
        <translation>Wysyła wiadomość w kawałkach o dokładnie podanej liczbie bajtów, bez kropki na końcu; LAST oznacza ostatni kawałek. Część rozszerzenia CHUNKING.</translation>
    </message>
    <message>
        <source>Drops the message being prepared (its sender, recipients and data) but keeps the connection open.</source>
        <extracomment>commands RSET: meaning</extracomment>
        <translation>Porzuca przygotowywaną wiadomość (nadawcę, odbiorców i treść), ale nie zamyka połączenia.</translation>
    </message>
    <message>
        <source>Asks whether a user or an address exists on this server. Many servers will not tell, to keep addresses private.</source>
        <extracomment>commands VRFY: meaning</extracomment>
        <translation>Pyta, czy na tym serwerze istnieje dany użytkownik lub adres. Wiele serwerów nie odpowiada na to wprost, żeby chronić adresy.</translation>
    </message>
    <message>
        <source>Asks the server to list the members of a mailing list. Most servers switch it off.</source>
        <extracomment>commands EXPN: meaning</extracomment>
        <translation>Prosi serwer o wypisanie członków listy dyskusyjnej. Większość serwerów ma to wyłączone.</translation>
    </message>
    <message>
        <source>Asks for help text, in general or about one command.</source>
        <extracomment>commands HELP: meaning</extracomment>
        <translation>Prosi o tekst pomocy, ogólnej albo dotyczącej jednego polecenia.</translation>
    </message>
    <message>
        <source>Does nothing: it checks that the server still answers and keeps the connection alive.</source>
        <extracomment>commands NOOP: meaning</extracomment>
        <translation>Nic nie robi: sprawdza, czy serwer nadal odpowiada, i podtrzymuje połączenie.</translation>
    </message>
    <message>
        <source>Ends the session. The server answers and closes the connection; a message not yet finished with its final dot is dropped.</source>
        <extracomment>commands QUIT: meaning</extracomment>
        <translation>Kończy sesję. Serwer odpowiada i zamyka połączenie; wiadomość jeszcze niezakończona kropką przepada.</translation>
    </message>
    <message>
        <source>Asks to encrypt this connection with TLS. After the handshake both sides forget what they knew about each other, and the client greets again with EHLO.</source>
        <extracomment>commands STARTTLS: meaning</extracomment>
        <translation>Prosi o zaszyfrowanie tego połączenia przez TLS. Po negocjacji TLS obie strony zapominają, co o sobie wiedziały, a klient wita się ponownie poleceniem EHLO.</translation>
    </message>
    <message>
        <source>Starts a login with the named SASL mechanism (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256 …). The server may ask questions (334), which the client answers in base64; those answers carry the credentials, so Postel never shows them.</source>
        <extracomment>commands AUTH: meaning</extracomment>
        <translation>Zaczyna logowanie podanym mechanizmem SASL (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256 …). Serwer może zadawać pytania (334), na które klient odpowiada w base64; te odpowiedzi zawierają dane logowania, więc Postel nigdy ich nie pokazuje.</translation>
    </message>
    <message>
        <source>Asks the server to start sending the mail it holds for a domain (for example after a site that was offline comes back).</source>
        <extracomment>commands ETRN: meaning</extracomment>
        <translation>Prosi serwer, żeby zaczął wysyłać pocztę, którą przechowuje dla danej domeny (np. gdy wraca do sieci serwer, który był niedostępny).</translation>
    </message>
    <message>
        <source>Several commands may be sent before their replies are read (RFC 2920).</source>
        <extracomment>keywords PIPELINING: summary</extracomment>
        <translation>Można wysłać kilka poleceń, zanim odczyta się odpowiedzi na nie (RFC 2920).</translation>
    </message>
    <message>
        <source>The client may send several commands (MAIL, RCPT, RCPT, DATA) in one go and read the replies afterwards, which saves a round trip for each command.</source>
        <extracomment>keywords PIPELINING: meaning</extracomment>
        <translation>Klient może wysłać kilka poleceń naraz (MAIL, RCPT, RCPT, DATA) i dopiero potem odczytać odpowiedzi, co oszczędza jedną wymianę tam i z powrotem na każde polecenie.</translation>
    </message>
    <message>
        <source>The server announces the largest message it accepts (RFC 1870).</source>
        <extracomment>keywords SIZE: summary</extracomment>
        <translation>Serwer podaje największy rozmiar wiadomości, jaki przyjmie (RFC 1870).</translation>
    </message>
    <message>
        <source>The number after SIZE is the largest message the server takes, in bytes (0 or no number: no fixed limit). The client can state the size with MAIL FROM:&lt;…&gt; SIZE=n, so that a message that is too big is refused before it is sent.</source>
        <extracomment>keywords SIZE: meaning</extracomment>
        <translation>Liczba po SIZE to największy rozmiar wiadomości w bajtach, jaki przyjmie serwer (0 albo brak liczby: bez stałego limitu). Klient może podać rozmiar w MAIL FROM:&lt;…&gt; SIZE=n, żeby za duża wiadomość została odrzucona, zanim zostanie wysłana.</translation>
    </message>
    <message>
        <source>Message bodies may contain 8-bit bytes (RFC 6152).</source>
        <extracomment>keywords 8BITMIME: summary</extracomment>
        <translation>Treść wiadomości może zawierać bajty 8-bitowe (RFC 6152).</translation>
    </message>
    <message>
        <source>The message may contain bytes above 127, such as UTF-8 text, without encoding them first; the client says so with MAIL FROM:&lt;…&gt; BODY=8BITMIME.</source>
        <extracomment>keywords 8BITMIME: meaning</extracomment>
        <translation>Wiadomość może zawierać bajty powyżej 127, np. tekst w UTF-8, bez wcześniejszego kodowania; klient zaznacza to przez MAIL FROM:&lt;…&gt; BODY=8BITMIME.</translation>
    </message>
    <message>
        <source>Addresses and headers may contain UTF-8 (RFC 6531).</source>
        <extracomment>keywords SMTPUTF8: summary</extracomment>
        <translation>Adresy i nagłówki mogą zawierać UTF-8 (RFC 6531).</translation>
    </message>
    <message>
        <source>Addresses and headers may contain non-ASCII characters, such as zażółć@przykład.pl; the client asks for it with the SMTPUTF8 parameter of MAIL.</source>
        <extracomment>keywords SMTPUTF8: meaning</extracomment>
        <translation>Adresy i nagłówki mogą zawierać znaki spoza ASCII, np. zażółć@przykład.pl; klient prosi o to parametrem SMTPUTF8 polecenia MAIL.</translation>
    </message>
    <message>
        <source>The message may be sent in BDAT chunks instead of DATA (RFC 3030).</source>
        <extracomment>keywords CHUNKING: summary</extracomment>
        <translation>Wiadomość można wysłać w kawałkach BDAT zamiast przez DATA (RFC 3030).</translation>
    </message>
    <message>
        <source>The message can be sent with BDAT in chunks of a stated size, so no dot at the end and no dot-stuffing are needed.</source>
        <extracomment>keywords CHUNKING: meaning</extracomment>
        <translation>Wiadomość można wysłać poleceniem BDAT w kawałkach o podanym rozmiarze, więc nie trzeba kropki na końcu ani podwajania kropek na początku wierszy.</translation>
    </message>
    <message>
        <source>Binary message bodies are accepted with BDAT (RFC 3030).</source>
        <extracomment>keywords BINARYMIME: summary</extracomment>
        <translation>Binarne treści wiadomości są przyjmowane przez BDAT (RFC 3030).</translation>
    </message>
    <message>
        <source>The message may contain binary data with no line structure at all (BODY=BINARYMIME); it must then be sent with BDAT.</source>
        <extracomment>keywords BINARYMIME: meaning</extracomment>
        <translation>Wiadomość może zawierać dane binarne zupełnie bez podziału na wiersze (BODY=BINARYMIME); wtedy trzeba ją wysłać przez BDAT.</translation>
    </message>
    <message>
        <source>Delivery status notifications may be requested (RFC 3461).</source>
        <extracomment>keywords DSN: summary</extracomment>
        <translation>Można prosić o powiadomienia o stanie doręczenia (RFC 3461).</translation>
    </message>
    <message>
        <source>The client may ask for delivery reports: NOTIFY= on RCPT says when (success, failure, delay), RET= and ENVID= on MAIL say what the report contains.</source>
        <extracomment>keywords DSN: meaning</extracomment>
        <translation>Klient może prosić o raporty doręczenia: NOTIFY= przy RCPT mówi kiedy (sukces, błąd, opóźnienie), a RET= i ENVID= przy MAIL – co raport ma zawierać.</translation>
    </message>
    <message>
        <source>Replies carry detailed status codes such as 5.1.1 (RFC 2034, RFC 3463).</source>
        <extracomment>keywords ENHANCEDSTATUSCODES: summary</extracomment>
        <translation>Odpowiedzi zawierają szczegółowe kody stanu, np. 5.1.1 (RFC 2034, RFC 3463).</translation>
    </message>
    <message>
        <source>Each reply, except 3xx, starts with an enhanced status code such as 5.1.1 after the three-digit code; it says more precisely what happened.</source>
        <extracomment>keywords ENHANCEDSTATUSCODES: meaning</extracomment>
        <translation>Każda odpowiedź poza 3xx zaczyna się po trzycyfrowym kodzie od rozszerzonego kodu stanu, np. 5.1.1, który dokładniej mówi, co się stało.</translation>
    </message>
    <message>
        <source>The connection can be switched to TLS with STARTTLS (RFC 3207).</source>
        <extracomment>keywords STARTTLS: summary</extracomment>
        <translation>Połączenie można przełączyć na TLS poleceniem STARTTLS (RFC 3207).</translation>
    </message>
    <message>
        <source>The client may send STARTTLS to encrypt the connection; after the handshake it greets again with EHLO. A server does not offer it again once TLS is on.</source>
        <extracomment>keywords STARTTLS: meaning</extracomment>
        <translation>Klient może wysłać STARTTLS, żeby zaszyfrować połączenie; po negocjacji TLS wita się ponownie poleceniem EHLO. Gdy TLS już działa, serwer nie oferuje tego rozszerzenia drugi raz.</translation>
    </message>
    <message>
        <source>The client may log in with the listed SASL mechanisms (RFC 4954).</source>
        <extracomment>keywords AUTH: summary</extracomment>
        <translation>Klient może się zalogować wymienionymi mechanizmami SASL (RFC 4954).</translation>
    </message>
    <message>
        <source>The words after AUTH are the login mechanisms the server accepts (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256 …). Many servers offer it only after STARTTLS, so that passwords never travel unencrypted.</source>
        <extracomment>keywords AUTH: meaning</extracomment>
        <translation>Słowa po AUTH to mechanizmy logowania, które serwer przyjmuje (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256 …). Wiele serwerów oferuje je dopiero po STARTTLS, żeby hasła nigdy nie szły otwartym tekstem.</translation>
    </message>
    <message>
        <source>The sender may set a deadline for delivery (RFC 2852).</source>
        <extracomment>keywords DELIVERBY: summary</extracomment>
        <translation>Nadawca może wyznaczyć termin doręczenia (RFC 2852).</translation>
    </message>
    <message>
        <source>With BY= on MAIL the sender sets a deadline: if the message cannot be delivered in time, it comes back or a report is sent. The number after DELIVERBY is the shortest deadline the server accepts, in seconds.</source>
        <extracomment>keywords DELIVERBY: meaning</extracomment>
        <translation>Parametrem BY= przy MAIL nadawca wyznacza termin: jeśli wiadomości nie da się doręczyć na czas, wraca albo zostaje wysłany raport. Liczba po DELIVERBY to najkrótszy termin w sekundach, jaki serwer przyjmuje.</translation>
    </message>
    <message>
        <source>The sender may require TLS for every hop (RFC 8689).</source>
        <extracomment>keywords REQUIRETLS: summary</extracomment>
        <translation>Nadawca może wymagać TLS na każdym odcinku drogi (RFC 8689).</translation>
    </message>
    <message>
        <source>With the REQUIRETLS parameter of MAIL the sender demands that the message travel only over verified TLS connections, all the way; otherwise it comes back.</source>
        <extracomment>keywords REQUIRETLS: meaning</extracomment>
        <translation>Parametrem REQUIRETLS polecenia MAIL nadawca żąda, żeby wiadomość przez całą drogę szła wyłącznie zweryfikowanymi połączeniami TLS; w przeciwnym razie wraca.</translation>
    </message>
    <message>
        <source>Messages may be given a priority (RFC 6710).</source>
        <extracomment>keywords MT-PRIORITY: summary</extracomment>
        <translation>Wiadomościom można nadać priorytet (RFC 6710).</translation>
    </message>
    <message>
        <source>With MT-PRIORITY= on MAIL (from -9 to 9) the sender gives the message a priority; the word after the keyword names the server&apos;s priority policy.</source>
        <extracomment>keywords MT-PRIORITY: meaning</extracomment>
        <translation>Parametrem MT-PRIORITY= przy MAIL (od -9 do 9) nadawca nadaje wiadomości priorytet; słowo po słowie kluczowym nazywa zasady priorytetów serwera.</translation>
    </message>
    <message>
        <source>A queue run may be requested for a domain (RFC 1985).</source>
        <extracomment>keywords ETRN: summary</extracomment>
        <translation>Można zażądać przetworzenia kolejki dla domeny (RFC 1985).</translation>
    </message>
    <message>
        <source>The client may ask the server, with ETRN, to start sending the mail it holds for a domain.</source>
        <extracomment>keywords ETRN: meaning</extracomment>
        <translation>Klient może poleceniem ETRN poprosić serwer, żeby zaczął wysyłać pocztę, którą przechowuje dla danej domeny.</translation>
    </message>
    <message>
        <source>The server answers VRFY (address verification).</source>
        <extracomment>keywords VRFY: summary</extracomment>
        <translation>Serwer odpowiada na VRFY (weryfikację adresu).</translation>
    </message>
    <message>
        <source>The server answers VRFY, which asks whether an address exists (it may still refuse to tell, with 252).</source>
        <extracomment>keywords VRFY: meaning</extracomment>
        <translation>Serwer odpowiada na VRFY, czyli pytanie, czy adres istnieje (choć nadal może odmówić odpowiedzi kodem 252).</translation>
    </message>
    <message>
        <source>The server answers EXPN (mailing list expansion).</source>
        <extracomment>keywords EXPN: summary</extracomment>
        <translation>Serwer odpowiada na EXPN (rozwijanie list dyskusyjnych).</translation>
    </message>
    <message>
        <source>The server answers EXPN, which lists the members of a mailing list.</source>
        <extracomment>keywords EXPN: meaning</extracomment>
        <translation>Serwer odpowiada na EXPN, czyli prośbę o wypisanie członków listy dyskusyjnej.</translation>
    </message>
    <message>
        <source>The server answers the HELP command.</source>
        <extracomment>keywords HELP: summary</extracomment>
        <translation>Serwer odpowiada na polecenie HELP.</translation>
    </message>
    <message>
        <source>The server answers HELP with text for a person to read.</source>
        <extracomment>keywords HELP: meaning</extracomment>
        <translation>Serwer odpowiada na HELP tekstem przeznaczonym dla człowieka.</translation>
    </message>
    <message>
        <source>The server announces its limits, such as recipients per message (RFC 9422).</source>
        <extracomment>keywords LIMITS: summary</extracomment>
        <translation>Serwer podaje swoje limity, np. liczbę odbiorców na wiadomość (RFC 9422).</translation>
    </message>
    <message>
        <source>The server states its limits in advance: RCPTMAX (recipients per message), RCPTDOMAINMAX (recipient domains per message) and MAILMAX (messages per connection), so that the client can keep within them.</source>
        <extracomment>keywords LIMITS: meaning</extracomment>
        <translation>Serwer z góry podaje swoje limity: RCPTMAX (odbiorców na wiadomość), RCPTDOMAINMAX (domen odbiorców na wiadomość) i MAILMAX (wiadomości na połączenie), żeby klient mógł się w nich zmieścić.</translation>
    </message>
    <message>
        <source>Messages may be held for release at a later time (RFC 4865).</source>
        <extracomment>keywords FUTURERELEASE: summary</extracomment>
        <translation>Wiadomości mogą zostać wstrzymane i wysłane później (RFC 4865).</translation>
    </message>
    <message>
        <source>With HOLDFOR= or HOLDUNTIL= on MAIL the sender asks the server to keep the message and deliver it only later; the numbers after the keyword are the longest hold the server allows.</source>
        <extracomment>keywords FUTURERELEASE: meaning</extracomment>
        <translation>Parametrem HOLDFOR= albo HOLDUNTIL= przy MAIL nadawca prosi serwer, żeby przechował wiadomość i doręczył ją dopiero później; liczby po słowie kluczowym to najdłuższe wstrzymanie, na jakie serwer pozwala.</translation>
    </message>
    <message>
        <source>The server declines unsolicited mail of the listed kinds (RFC 3865).</source>
        <extracomment>keywords NO-SOLICITING: summary</extracomment>
        <translation>Serwer nie przyjmuje niezamówionej poczty wymienionych rodzajów (RFC 3865).</translation>
    </message>
    <message>
        <source>The server says that it does not want unsolicited mail of the kinds listed after the keyword; a sender can check that before sending.</source>
        <extracomment>keywords NO-SOLICITING: meaning</extracomment>
        <translation>Serwer ogłasza, że nie chce niezamówionej poczty rodzajów wymienionych po słowie kluczowym; nadawca może to sprawdzić przed wysłaniem.</translation>
    </message>
    <message>
        <source>The message may be assembled from IMAP URLs (RFC 4468).</source>
        <extracomment>keywords BURL: summary</extracomment>
        <translation>Wiadomość można złożyć z adresów URL IMAP (RFC 4468).</translation>
    </message>
    <message>
        <source>Used by mail submission: instead of sending the message again, the client gives IMAP URLs and the server fetches the content itself.</source>
        <extracomment>keywords BURL: meaning</extracomment>
        <translation>Używane przy wysyłaniu poczty przez klientów: zamiast wysyłać wiadomość jeszcze raz, klient podaje adresy URL IMAP, a serwer sam pobiera treść.</translation>
    </message>
    <message>
        <source>The connection may be turned round to receive waiting mail (RFC 2645).</source>
        <extracomment>keywords ATRN: summary</extracomment>
        <translation>Połączenie można odwrócić, żeby odebrać czekającą pocztę (RFC 2645).</translation>
    </message>
    <message>
        <source>On-demand mail relay: a client that has logged in can ask, with ATRN, to swap roles and receive the mail waiting for its domains.</source>
        <extracomment>keywords ATRN: meaning</extracomment>
        <translation>Przekazywanie poczty na żądanie: zalogowany klient może poleceniem ATRN poprosić o zamianę ról i odebrać pocztę czekającą na jego domeny.</translation>
    </message>
    <message>
        <source>An interrupted transfer may resume where it stopped (RFC 1845).</source>
        <extracomment>keywords CHECKPOINT: summary</extracomment>
        <translation>Przerwane przesyłanie można wznowić od miejsca przerwania (RFC 1845).</translation>
    </message>
    <message>
        <source>If the connection breaks while the message is being sent, the client can resume from the last point the server confirmed instead of starting again.</source>
        <extracomment>keywords CHECKPOINT: meaning</extracomment>
        <translation>Jeśli połączenie zerwie się w trakcie wysyłania wiadomości, klient może wznowić od ostatniego miejsca potwierdzonego przez serwer, zamiast zaczynać od nowa.</translation>
    </message>
    <message>
        <source>The sender may ask for message tracking (RFC 3885).</source>
        <extracomment>keywords MTRK: summary</extracomment>
        <translation>Nadawca może prosić o śledzenie wiadomości (RFC 3885).</translation>
    </message>
    <message>
        <source>The sender may ask, with MTRK= on MAIL, to be able to track the message later on its way.</source>
        <extracomment>keywords MTRK: meaning</extracomment>
        <translation>Parametrem MTRK= przy MAIL nadawca może poprosić o możliwość późniejszego śledzenia drogi wiadomości.</translation>
    </message>
    <message>
        <source>The sender may require that a mailbox kept its owner since a date (RFC 7293).</source>
        <extracomment>keywords RRVS: summary</extracomment>
        <translation>Nadawca może wymagać, żeby skrzynka miała tego samego właściciela od podanej daty (RFC 7293).</translation>
    </message>
    <message>
        <source>With RRVS= on RCPT the sender asks that the message be delivered only if the mailbox has had the same owner since the given date, so that mail does not reach a new owner of a reused address.</source>
        <extracomment>keywords RRVS: meaning</extracomment>
        <translation>Parametrem RRVS= przy RCPT nadawca prosi, żeby wiadomość została doręczona tylko wtedy, gdy skrzynka ma tego samego właściciela od podanej daty – tak by poczta nie trafiła do nowego właściciela ponownie przydzielonego adresu.</translation>
    </message>
    <message>
        <source>The client may name who is responsible for submitting the message (RFC 4405).</source>
        <extracomment>keywords SUBMITTER: summary</extracomment>
        <translation>Klient może wskazać, kto odpowiada za wysłanie wiadomości (RFC 4405).</translation>
    </message>
    <message>
        <source>With SUBMITTER= on MAIL the client names the address responsible for submitting the message, for checks against spoofing.</source>
        <extracomment>keywords SUBMITTER: meaning</extracomment>
        <translation>Parametrem SUBMITTER= przy MAIL klient podaje adres odpowiedzialny za wysłanie wiadomości, co pomaga wykrywać podszywanie się.</translation>
    </message>
    <message>
        <source>The server may answer for each recipient after the data (draft-hall-prdr).</source>
        <extracomment>keywords PRDR: summary</extracomment>
        <translation>Serwer może po przesłaniu treści odpowiedzieć osobno dla każdego odbiorcy (draft-hall-prdr).</translation>
    </message>
    <message>
        <source>Per-recipient data responses: with PRDR on MAIL, the server accepts or refuses the message separately for each recipient after the final dot, instead of once for all.</source>
        <extracomment>keywords PRDR: meaning</extracomment>
        <translation>Odpowiedzi na treść osobno dla każdego odbiorcy: przy PRDR w MAIL serwer po kończącej kropce przyjmuje albo odrzuca wiadomość osobno dla każdego odbiorcy, a nie raz dla wszystkich.</translation>
    </message>
    <message>
        <source>An early, experimental form of SMTPUTF8 (RFC 5336).</source>
        <extracomment>keywords UTF8SMTP: summary</extracomment>
        <translation>Wczesna, eksperymentalna postać SMTPUTF8 (RFC 5336).</translation>
    </message>
    <message>
        <source>The experimental predecessor of SMTPUTF8; RFC 6531 replaced it.</source>
        <extracomment>keywords UTF8SMTP: meaning</extracomment>
        <translation>Eksperymentalny poprzednik SMTPUTF8; zastąpiło go RFC 6531.</translation>
    </message>
    <message>
        <source>The server greets back; mail can be sent now, without extensions.</source>
        <extracomment>command HELO, reply 250: what it means after HELO</extracomment>
        <translation>Serwer odwzajemnia powitanie; można już wysyłać pocztę, ale bez rozszerzeń.</translation>
    </message>
    <message>
        <source>The name after HELO is missing or malformed.</source>
        <extracomment>command HELO, reply 501: what it means after HELO</extracomment>
        <translation>Brak nazwy po HELO albo jest błędna.</translation>
    </message>
    <message>
        <source>The server does not accept this form of greeting.</source>
        <extracomment>command HELO, reply 504: what it means after HELO</extracomment>
        <translation>Serwer nie przyjmuje takiej postaci powitania.</translation>
    </message>
    <message>
        <source>The server refuses to talk to this client.</source>
        <extracomment>command HELO, reply 550: what it means after HELO
----------
command EHLO, reply 550: what it means after EHLO</extracomment>
        <translation>Serwer odmawia rozmowy z tym klientem.</translation>
    </message>
    <message>
        <source>The server greets back; each further line names one extension it offers (SIZE, STARTTLS, AUTH …).</source>
        <extracomment>command EHLO, reply 250: what it means after EHLO</extracomment>
        <translation>Serwer odwzajemnia powitanie; każdy kolejny wiersz podaje jedno oferowane rozszerzenie (SIZE, STARTTLS, AUTH …).</translation>
    </message>
    <message>
        <source>An old server that does not know EHLO: the client falls back to HELO.</source>
        <extracomment>command EHLO, reply 500: what it means after EHLO
----------
command EHLO, reply 502: what it means after EHLO</extracomment>
        <translation>Stary serwer, który nie zna EHLO: klient przechodzi na HELO.</translation>
    </message>
    <message>
        <source>The name after EHLO is missing or malformed.</source>
        <extracomment>command EHLO, reply 501: what it means after EHLO</extracomment>
        <translation>Brak nazwy po EHLO albo jest błędna.</translation>
    </message>
    <message>
        <source>The server greets back and lists its extensions, as after EHLO.</source>
        <extracomment>command LHLO, reply 250: what it means after LHLO</extracomment>
        <translation>Serwer odwzajemnia powitanie i wymienia swoje rozszerzenia, jak po EHLO.</translation>
    </message>
    <message>
        <source>The server does not speak LMTP.</source>
        <extracomment>command LHLO, reply 500: what it means after LHLO</extracomment>
        <translation>Serwer nie obsługuje LMTP.</translation>
    </message>
    <message>
        <source>The sender is accepted; recipients come next.</source>
        <extracomment>command MAIL, reply 250: what it means after MAIL</extracomment>
        <translation>Nadawca przyjęty; teraz kolej na odbiorców.</translation>
    </message>
    <message>
        <source>A temporary problem; try again later.</source>
        <extracomment>command MAIL, reply 451: what it means after MAIL
----------
command RCPT, reply 451: what it means after RCPT
----------
command DATA, reply 451: what it means after DATA</extracomment>
        <translation>Przejściowy problem; spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>The server is short of storage right now.</source>
        <extracomment>command MAIL, reply 452: what it means after MAIL</extracomment>
        <translation>Serwerowi brakuje teraz miejsca.</translation>
    </message>
    <message>
        <source>The server cannot handle the parameters right now.</source>
        <extracomment>command MAIL, reply 455: what it means after MAIL</extracomment>
        <translation>Serwer nie może teraz obsłużyć tych parametrów.</translation>
    </message>
    <message>
        <source>Not now: a message is already started, the greeting is missing, or the server wants a login first.</source>
        <extracomment>command MAIL, reply 503: what it means after MAIL</extracomment>
        <translation>Nie teraz: wiadomość jest już rozpoczęta, brakuje powitania albo serwer wymaga najpierw zalogowania.</translation>
    </message>
    <message>
        <source>The server wants a login (or TLS) before accepting mail.</source>
        <extracomment>command MAIL, reply 530: what it means after MAIL</extracomment>
        <translation>Serwer wymaga zalogowania (albo TLS), zanim przyjmie pocztę.</translation>
    </message>
    <message>
        <source>The sender is refused.</source>
        <extracomment>command MAIL, reply 550: what it means after MAIL</extracomment>
        <translation>Nadawca odrzucony.</translation>
    </message>
    <message>
        <source>The declared size (SIZE=) is over the server&apos;s limit.</source>
        <extracomment>command MAIL, reply 552: what it means after MAIL</extracomment>
        <translation>Zadeklarowany rozmiar (SIZE=) przekracza limit serwera.</translation>
    </message>
    <message>
        <source>The sender address is not acceptable.</source>
        <extracomment>command MAIL, reply 553: what it means after MAIL</extracomment>
        <translation>Adres nadawcy jest nie do przyjęcia.</translation>
    </message>
    <message>
        <source>A parameter after the address is unknown to the server.</source>
        <extracomment>command MAIL, reply 555: what it means after MAIL
----------
command RCPT, reply 555: what it means after RCPT</extracomment>
        <translation>Serwer nie zna parametru podanego po adresie.</translation>
    </message>
    <message>
        <source>The recipient is accepted for this message.</source>
        <extracomment>command RCPT, reply 250: what it means after RCPT</extracomment>
        <translation>Odbiorca przyjęty dla tej wiadomości.</translation>
    </message>
    <message>
        <source>The recipient is accepted and will be forwarded elsewhere.</source>
        <extracomment>command RCPT, reply 251: what it means after RCPT</extracomment>
        <translation>Odbiorca przyjęty; wiadomość zostanie przekazana gdzie indziej.</translation>
    </message>
    <message>
        <source>The mailbox is unavailable for now (greylisting answers this way too); try again later.</source>
        <extracomment>command RCPT, reply 450: what it means after RCPT</extracomment>
        <translation>Skrzynka jest chwilowo niedostępna (tak odpowiada też greylisting); spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Too many recipients for one message: send to the others in another one.</source>
        <extracomment>command RCPT, reply 452: what it means after RCPT</extracomment>
        <translation>Za dużo odbiorców na jedną wiadomość: do pozostałych wyślij kolejną.</translation>
    </message>
    <message>
        <source>MAIL FROM must come first.</source>
        <extracomment>command RCPT, reply 503: what it means after RCPT</extracomment>
        <translation>Najpierw musi być MAIL FROM.</translation>
    </message>
    <message>
        <source>The recipient is refused: no such mailbox, or relaying is not allowed.</source>
        <extracomment>command RCPT, reply 550: what it means after RCPT</extracomment>
        <translation>Odbiorca odrzucony: nie ma takiej skrzynki albo przekazywanie poczty jest niedozwolone.</translation>
    </message>
    <message>
        <source>The mailbox is not here; the text may say where it is.</source>
        <extracomment>command RCPT, reply 551: what it means after RCPT</extracomment>
        <translation>Skrzynki tu nie ma; tekst może podawać, gdzie jest.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no room for this message.</source>
        <extracomment>command RCPT, reply 552: what it means after RCPT</extracomment>
        <translation>W skrzynce odbiorcy nie ma miejsca na tę wiadomość.</translation>
    </message>
    <message>
        <source>The recipient address is not acceptable.</source>
        <extracomment>command RCPT, reply 553: what it means after RCPT</extracomment>
        <translation>Adres odbiorcy jest nie do przyjęcia.</translation>
    </message>
    <message>
        <source>Asks to send the message itself. After 354 the client sends the headers and the body and ends them with a line holding a single dot; then the server answers once more (in LMTP, once for each accepted recipient).</source>
        <extracomment>commands DATA: meaning</extracomment>
        <translation>Prosi o możliwość wysłania samej wiadomości. Po 354 klient wysyła nagłówki i treść, kończąc je wierszem z samą kropką; potem serwer odpowiada jeszcze raz (w LMTP – raz dla każdego przyjętego odbiorcy).</translation>
    </message>
    <message>
        <source>Go ahead: send the message and end it with a line holding a single dot.</source>
        <extracomment>command DATA, reply 354: what it means after DATA</extracomment>
        <translation>Proszę bardzo: wyślij wiadomość i zakończ ją wierszem z samą kropką.</translation>
    </message>
    <message>
        <source>No sender or no accepted recipient yet.</source>
        <extracomment>command DATA, reply 503: what it means after DATA</extracomment>
        <translation>Nie ma jeszcze nadawcy albo żadnego przyjętego odbiorcy.</translation>
    </message>
    <message>
        <source>No valid recipients, or the transaction failed.</source>
        <extracomment>command DATA, reply 554: what it means after DATA</extracomment>
        <translation>Brak poprawnych odbiorców albo transakcja się nie powiodła.</translation>
    </message>
    <message>
        <source>A line holding a single dot ends the message sent after DATA. (A line of the message that starts with a dot gets a second dot in front, so that it cannot end the message early.)</source>
        <extracomment>commands .: meaning</extracomment>
        <translation>Wiersz z samą kropką kończy wiadomość wysłaną po DATA. (Wiersz wiadomości zaczynający się od kropki dostaje na początku drugą kropkę, żeby nie mógł przedwcześnie jej zakończyć).</translation>
    </message>
    <message>
        <source>The server has taken the message and is now responsible for delivering it.</source>
        <extracomment>command ., reply 250: what it means after .</extracomment>
        <translation>Serwer przejął wiadomość i odtąd odpowiada za jej doręczenie.</translation>
    </message>
    <message>
        <source>A temporary problem: the message was not accepted; send it again later.</source>
        <extracomment>command ., reply 451: what it means after .</extracomment>
        <translation>Przejściowy problem: wiadomości nie przyjęto; wyślij ją ponownie później.</translation>
    </message>
    <message>
        <source>The server is short of storage: send the message again later.</source>
        <extracomment>command ., reply 452: what it means after .</extracomment>
        <translation>Serwerowi brakuje miejsca: wyślij wiadomość ponownie później.</translation>
    </message>
    <message>
        <source>The message is refused, often by a content or spam filter.</source>
        <extracomment>command ., reply 550: what it means after .</extracomment>
        <translation>Wiadomość odrzucona, często przez filtr treści albo filtr antyspamowy.</translation>
    </message>
    <message>
        <source>The message is too big.</source>
        <extracomment>command ., reply 552: what it means after .
----------
command BDAT, reply 552: what it means after BDAT</extracomment>
        <translation>Wiadomość jest za duża.</translation>
    </message>
    <message>
        <source>The message is refused for good, often by a content or spam filter.</source>
        <extracomment>command ., reply 554: what it means after .</extracomment>
        <translation>Wiadomość odrzucona na dobre, często przez filtr treści albo filtr antyspamowy.</translation>
    </message>
    <message>
        <source>The chunk was received (after LAST: the whole message is accepted).</source>
        <extracomment>command BDAT, reply 250: what it means after BDAT</extracomment>
        <translation>Kawałek odebrany (po LAST: cała wiadomość przyjęta).</translation>
    </message>
    <message>
        <source>No sender or no accepted recipient yet, or DATA was already used.</source>
        <extracomment>command BDAT, reply 503: what it means after BDAT</extracomment>
        <translation>Nie ma jeszcze nadawcy albo żadnego przyjętego odbiorcy, albo użyto już DATA.</translation>
    </message>
    <message>
        <source>The transaction failed.</source>
        <extracomment>command BDAT, reply 554: what it means after BDAT</extracomment>
        <translation>Transakcja nie powiodła się.</translation>
    </message>
    <message>
        <source>Done: a new message can be started with MAIL.</source>
        <extracomment>command RSET, reply 250: what it means after RSET</extracomment>
        <translation>Gotowe: nową wiadomość można zacząć poleceniem MAIL.</translation>
    </message>
    <message>
        <source>The address exists; the text gives it in full.</source>
        <extracomment>command VRFY, reply 250: what it means after VRFY</extracomment>
        <translation>Adres istnieje; tekst podaje go w pełnej postaci.</translation>
    </message>
    <message>
        <source>The user is not here, but mail will be forwarded.</source>
        <extracomment>command VRFY, reply 251: what it means after VRFY</extracomment>
        <translation>Użytkownika tu nie ma, ale poczta zostanie przekazana dalej.</translation>
    </message>
    <message>
        <source>The server will not say, but it would accept mail for the address.</source>
        <extracomment>command VRFY, reply 252: what it means after VRFY</extracomment>
        <translation>Serwer tego nie powie, ale przyjąłby pocztę na ten adres.</translation>
    </message>
    <message>
        <source>VRFY is switched off on this server.</source>
        <extracomment>command VRFY, reply 502: what it means after VRFY</extracomment>
        <translation>Na tym serwerze VRFY jest wyłączone.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <extracomment>command VRFY, reply 550: what it means after VRFY</extracomment>
        <translation>Nie ma takiego użytkownika.</translation>
    </message>
    <message>
        <source>The user is not here; the text may say where.</source>
        <extracomment>command VRFY, reply 551: what it means after VRFY</extracomment>
        <translation>Użytkownika tu nie ma; tekst może podawać, gdzie jest.</translation>
    </message>
    <message>
        <source>The name matches more than one user.</source>
        <extracomment>command VRFY, reply 553: what it means after VRFY</extracomment>
        <translation>Nazwa pasuje do więcej niż jednego użytkownika.</translation>
    </message>
    <message>
        <source>One member of the list on each line.</source>
        <extracomment>command EXPN, reply 250: what it means after EXPN</extracomment>
        <translation>W każdym wierszu jeden członek listy.</translation>
    </message>
    <message>
        <source>The server will not list the members.</source>
        <extracomment>command EXPN, reply 252: what it means after EXPN</extracomment>
        <translation>Serwer nie wypisze członków listy.</translation>
    </message>
    <message>
        <source>EXPN is switched off on this server.</source>
        <extracomment>command EXPN, reply 502: what it means after EXPN</extracomment>
        <translation>Na tym serwerze EXPN jest wyłączone.</translation>
    </message>
    <message>
        <source>No such list.</source>
        <extracomment>command EXPN, reply 550: what it means after EXPN</extracomment>
        <translation>Nie ma takiej listy.</translation>
    </message>
    <message>
        <source>Status or help text follows.</source>
        <extracomment>command HELP, reply 211: what it means after HELP</extracomment>
        <translation>Dalej następuje stan albo tekst pomocy.</translation>
    </message>
    <message>
        <source>Help text follows.</source>
        <extracomment>command HELP, reply 214: what it means after HELP</extracomment>
        <translation>Dalej następuje tekst pomocy.</translation>
    </message>
    <message>
        <source>This server has no help.</source>
        <extracomment>command HELP, reply 502: what it means after HELP</extracomment>
        <translation>Ten serwer nie ma pomocy.</translation>
    </message>
    <message>
        <source>No help on that topic.</source>
        <extracomment>command HELP, reply 504: what it means after HELP</extracomment>
        <translation>Brak pomocy na ten temat.</translation>
    </message>
    <message>
        <source>The server is still there.</source>
        <extracomment>command NOOP, reply 250: what it means after NOOP</extracomment>
        <translation>Serwer nadal odpowiada.</translation>
    </message>
    <message>
        <source>Goodbye: the server closes the connection.</source>
        <extracomment>command QUIT, reply 221: what it means after QUIT</extracomment>
        <translation>Do widzenia: serwer zamyka połączenie.</translation>
    </message>
    <message>
        <source>Ready: the TLS handshake starts right after this reply.</source>
        <extracomment>command STARTTLS, reply 220: what it means after STARTTLS</extracomment>
        <translation>Gotowe: negocjacja TLS zaczyna się zaraz po tej odpowiedzi.</translation>
    </message>
    <message>
        <source>TLS is not available right now; the connection stays unencrypted.</source>
        <extracomment>command STARTTLS, reply 454: what it means after STARTTLS</extracomment>
        <translation>TLS jest teraz niedostępny; połączenie pozostaje nieszyfrowane.</translation>
    </message>
    <message>
        <source>STARTTLS takes no arguments.</source>
        <extracomment>command STARTTLS, reply 501: what it means after STARTTLS</extracomment>
        <translation>STARTTLS nie przyjmuje argumentów.</translation>
    </message>
    <message>
        <source>TLS is already on, or the command came at the wrong moment.</source>
        <extracomment>command STARTTLS, reply 503: what it means after STARTTLS</extracomment>
        <translation>TLS jest już włączony albo polecenie przyszło w złym momencie.</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <extracomment>command AUTH, reply 235: what it means after AUTH</extracomment>
        <translation>Zalogowano.</translation>
    </message>
    <message>
        <source>The server&apos;s next question (base64); the client must answer it.</source>
        <extracomment>command AUTH, reply 334: what it means after AUTH</extracomment>
        <translation>Kolejne pytanie serwera (w base64); klient musi na nie odpowiedzieć.</translation>
    </message>
    <message>
        <source>The account must first log in once with PLAIN.</source>
        <extracomment>command AUTH, reply 432: what it means after AUTH</extracomment>
        <translation>Konto musi najpierw raz zalogować się przez PLAIN.</translation>
    </message>
    <message>
        <source>A temporary failure; try again later.</source>
        <extracomment>command AUTH, reply 454: what it means after AUTH</extracomment>
        <translation>Przejściowy błąd; spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>An answer was too long.</source>
        <extracomment>command AUTH, reply 500: what it means after AUTH</extracomment>
        <translation>Odpowiedź była za długa.</translation>
    </message>
    <message>
        <source>The login was cancelled, or an answer was not valid base64.</source>
        <extracomment>command AUTH, reply 501: what it means after AUTH</extracomment>
        <translation>Logowanie anulowano albo odpowiedź nie była poprawnym base64.</translation>
    </message>
    <message>
        <source>Already logged in, or a message is being sent.</source>
        <extracomment>command AUTH, reply 503: what it means after AUTH</extracomment>
        <translation>Klient jest już zalogowany albo trwa wysyłanie wiadomości.</translation>
    </message>
    <message>
        <source>The server does not offer this mechanism.</source>
        <extracomment>command AUTH, reply 504: what it means after AUTH</extracomment>
        <translation>Serwer nie oferuje tego mechanizmu.</translation>
    </message>
    <message>
        <source>TLS is needed first.</source>
        <extracomment>command AUTH, reply 530: what it means after AUTH</extracomment>
        <translation>Najpierw potrzebny jest TLS.</translation>
    </message>
    <message>
        <source>The mechanism is too weak for this account.</source>
        <extracomment>command AUTH, reply 534: what it means after AUTH</extracomment>
        <translation>Ten mechanizm jest za słaby dla tego konta.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <extracomment>command AUTH, reply 535: what it means after AUTH</extracomment>
        <translation>Błędna nazwa użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>This mechanism needs an encrypted connection.</source>
        <extracomment>command AUTH, reply 538: what it means after AUTH</extracomment>
        <translation>Ten mechanizm wymaga szyfrowanego połączenia.</translation>
    </message>
    <message>
        <source>The queue run has started.</source>
        <extracomment>command ETRN, reply 250: what it means after ETRN</extracomment>
        <translation>Rozpoczęto przetwarzanie kolejki.</translation>
    </message>
    <message>
        <source>Nothing is waiting for that domain.</source>
        <extracomment>command ETRN, reply 251: what it means after ETRN</extracomment>
        <translation>Dla tej domeny nic nie czeka.</translation>
    </message>
    <message>
        <source>Sending of the waiting messages has started.</source>
        <extracomment>command ETRN, reply 252: what it means after ETRN</extracomment>
        <translation>Rozpoczęto wysyłanie czekających wiadomości.</translation>
    </message>
    <message>
        <source>Sending has started; the text says how many messages wait.</source>
        <extracomment>command ETRN, reply 253: what it means after ETRN</extracomment>
        <translation>Rozpoczęto wysyłanie; tekst podaje, ile wiadomości czeka.</translation>
    </message>
    <message>
        <source>The waiting messages cannot be sent right now.</source>
        <extracomment>command ETRN, reply 458: what it means after ETRN</extracomment>
        <translation>Czekających wiadomości nie da się teraz wysłać.</translation>
    </message>
    <message>
        <source>This client may not ask for that domain.</source>
        <extracomment>command ETRN, reply 459: what it means after ETRN</extracomment>
        <translation>Ten klient nie może prosić o tę domenę.</translation>
    </message>
    <message>
        <source>The server does not know ETRN.</source>
        <extracomment>command ETRN, reply 500: what it means after ETRN</extracomment>
        <translation>Serwer nie zna ETRN.</translation>
    </message>
    <message>
        <source>The domain is missing or malformed.</source>
        <extracomment>command ETRN, reply 501: what it means after ETRN</extracomment>
        <translation>Brak domeny albo jest błędna.</translation>
    </message>
    <message>
        <source>The client may send EHLO and the next commands before the greeting arrives (draft-harris-early-pipe).</source>
        <extracomment>keywords PIPECONNECT: summary</extracomment>
        <translation>Klient może wysłać EHLO i kolejne polecenia, zanim nadejdzie powitanie (draft-harris-early-pipe).</translation>
    </message>
    <message>
        <source>Early pipelining, offered by Exim: a client that has seen this keyword before may send its EHLO and the commands after it without waiting for the greeting, which saves a round trip.</source>
        <extracomment>keywords PIPECONNECT: meaning</extracomment>
        <translation>Wczesne potokowanie, oferowane przez Exima: klient, który widział już wcześniej to słowo kluczowe, może wysłać EHLO i następne polecenia bez czekania na powitanie, co oszczędza jedną wymianę tam i z powrotem.</translation>
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
    <message>
        <source>Certificate details</source>
        <translation>Szczegóły certyfikatu</translation>
    </message>
</context>
<context>
    <name>postel::CommandLines</name>
    <message>
        <source>The password is not on these lines: set the environment variable %1 first (for example: read -rs %1; export %1). openssl only checks TLS and the certificate; it does not log in.</source>
        <translation>Hasła nie ma w tych wierszach: najpierw ustaw zmienną środowiskową %1 (na przykład: read -rs %1; export %1). openssl sprawdza tylko TLS i certyfikat, nie loguje się.</translation>
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
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>DW</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>UDW</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
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
    <name>postel::ConnectionReport</name>
    <message>
        <source>plain text</source>
        <translation>bez szyfrowania</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS od pierwszego bajtu</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Connect and TLS handshake</source>
        <translation>Połączenie i negocjacja TLS</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Negocjacja TLS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Powitanie</translation>
    </message>
    <message>
        <source>Connection report: %1 (%2), %3</source>
        <translation>Raport połączenia: %1 (%2), %3</translation>
    </message>
    <message>
        <source>Result: the test passed.</source>
        <translation>Wynik: test zakończył się powodzeniem.</translation>
    </message>
    <message>
        <source>Result: the test failed: %1</source>
        <translation>Wynik: test się nie powiódł: %1</translation>
    </message>
    <message>
        <source>Reachable: %1</source>
        <translation>Osiągalny: %1</translation>
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
        <source>Greeting: %1 %2 (after %3)</source>
        <translation>Powitanie: %1 %2 (po %3)</translation>
    </message>
    <message>
        <source>Greeting: none</source>
        <translation>Powitanie: brak</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2</source>
        <translation>TLS: %1, szyfr %2</translation>
    </message>
    <message>
        <source>TLS: not established</source>
        <translation>TLS: nie nawiązano</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certyfikat: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>zweryfikowany</translation>
    </message>
    <message>
        <source>trusted by you (pinned), not verified</source>
        <translation>zaufany przez ciebie (przypięty), niezweryfikowany</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niezweryfikowany</translation>
    </message>
    <message>
        <source>Host name %1: %2</source>
        <translation>Nazwa hosta %1: %2</translation>
    </message>
    <message>
        <source>matches the certificate</source>
        <translation>zgadza się z certyfikatem</translation>
    </message>
    <message>
        <source>does not match the certificate</source>
        <translation>nie zgadza się z certyfikatem</translation>
    </message>
    <message>
        <source>Certificate chain (the server&apos;s first):</source>
        <translation>Łańcuch certyfikatów (najpierw certyfikat serwera):</translation>
    </message>
    <message>
        <source>issued by %1%2</source>
        <translation>wystawiony przez %1%2</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (samopodpisany)</translation>
    </message>
    <message numerus="yes">
        <source>valid from %1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>ważny od %1 do %2 (został %n dzień)</numerusform>
            <numerusform>ważny od %1 do %2 (zostały %n dni)</numerusform>
            <numerusform>ważny od %1 do %2 (zostało %n dni)</numerusform>
        </translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation>nazwy: %1</translation>
    </message>
    <message>
        <source>Capabilities (before TLS | after TLS):</source>
        <translation>Możliwości (przed TLS | po TLS):</translation>
    </message>
    <message>
        <source>AUTH mechanisms before TLS: %1</source>
        <translation>Mechanizmy AUTH przed TLS: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>AUTH mechanisms after TLS: %1</source>
        <translation>Mechanizmy AUTH po TLS: %1</translation>
    </message>
    <message>
        <source>Login: not asked for</source>
        <translation>Logowanie: nie było wymagane</translation>
    </message>
    <message>
        <source>Login as %1: not attempted</source>
        <translation>Logowanie jako %1: nie próbowano</translation>
    </message>
    <message>
        <source>Login as %1 with %2: succeeded</source>
        <translation>Logowanie jako %1 przez %2: udane</translation>
    </message>
    <message>
        <source>Login as %1 with %2: refused</source>
        <translation>Logowanie jako %1 przez %2: odrzucone</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Kroki:</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnoza:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Rozwiązanie: %1</translation>
    </message>
    <message>
        <source>Connection report: %1 (%2)</source>
        <translation>Raport połączenia: %1 (%2)</translation>
    </message>
    <message>
        <source>The test passed.</source>
        <translation>Test zakończył się powodzeniem.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Test się nie powiódł: %1</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Osiągalny</translation>
    </message>
    <message>
        <source>%1 %2 (after %3)</source>
        <translation>%1 %2 (po %3)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>%1, cipher %2</source>
        <translation>%1, szyfr %2</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>nie nawiązano</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nazwa hosta</translation>
    </message>
    <message>
        <source>%1 matches the certificate</source>
        <translation>%1 zgadza się z certyfikatem</translation>
    </message>
    <message>
        <source>%1 does not match the certificate</source>
        <translation>%1 nie zgadza się z certyfikatem</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>nie było wymagane</translation>
    </message>
    <message>
        <source>as %1: not attempted</source>
        <translation>jako %1: nie próbowano</translation>
    </message>
    <message>
        <source>as %1 with %2: succeeded</source>
        <translation>jako %1 przez %2: udane</translation>
    </message>
    <message>
        <source>as %1 with %2: refused</source>
        <translation>jako %1 przez %2: odrzucone</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Łańcuch certyfikatów</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Podmiot</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Wystawca</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Ważny</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Pozostało dni</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nazwy</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Możliwości</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Słowo kluczowe</translation>
    </message>
    <message>
        <source>Before TLS</source>
        <translation>Przed TLS</translation>
    </message>
    <message>
        <source>After TLS</source>
        <translation>Po TLS</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnoza</translation>
    </message>
</context>
<context>
    <name>postel::ConnectionReportDialog</name>
    <message>
        <source>Connection report: %1</source>
        <translation>Raport połączenia: %1</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Raport</translation>
    </message>
    <message>
        <source>Co&amp;mmands</source>
        <translation>&amp;Polecenia</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Zapisz jako &amp;HTML…</translation>
    </message>
    <message>
        <source>Save as te&amp;xt…</source>
        <translation>Zapisz jako &amp;tekst…</translation>
    </message>
    <message>
        <source>C&amp;opy as command</source>
        <translation>&amp;Kopiuj jako polecenie</translation>
    </message>
    <message>
        <source>&amp;postel-cli</source>
        <translation>&amp;postel-cli</translation>
    </message>
    <message>
        <source>&amp;swaks</source>
        <translation>&amp;swaks</translation>
    </message>
    <message>
        <source>c&amp;url</source>
        <translation>c&amp;url</translation>
    </message>
    <message>
        <source>&amp;openssl s_client</source>
        <translation>&amp;openssl s_client</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Zapisz raport jako HTML</translation>
    </message>
    <message>
        <source>Save the report as text</source>
        <translation>Zapisz raport jako tekst</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Pliki HTML (*.html)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>postel::ConnectionRules</name>
    <message>
        <source>The server accepted the connection but did not greet</source>
        <translation>Serwer przyjął połączenie, ale się nie przywitał</translation>
    </message>
    <message>
        <source>The connection to %1 was made, but what came back is not an SMTP greeting (%2). An SMTP server starts with a line beginning with 220; something else listens on this port.</source>
        <translation>Połączenie z %1 nawiązano, ale to, co przyszło, nie jest powitaniem SMTP (%2). Serwer SMTP zaczyna od wiersza zaczynającego się od 220; na tym porcie słucha coś innego.</translation>
    </message>
    <message>
        <source>The connection to %1 was made, but the server did not send its greeting (a line beginning with 220) within the time limit. An SMTP server speaks first; a port that stays silent usually expects TLS from the first byte, or the server is overloaded.</source>
        <translation>Połączenie z %1 nawiązano, ale serwer nie przysłał powitania (wiersza zaczynającego się od 220) w wyznaczonym czasie. Serwer SMTP odzywa się pierwszy; port, który milczy, zwykle oczekuje TLS od pierwszego bajtu albo serwer jest przeciążony.</translation>
    </message>
    <message>
        <source>Check the port: 587 uses STARTTLS, 465 uses TLS from the first byte, and your provider&apos;s help pages name the right one. If the port is right, try again later or ask the server&apos;s administrator.</source>
        <translation>Sprawdź port: 587 używa STARTTLS, 465 — TLS od pierwszego bajtu, a właściwy podają strony pomocy twojego dostawcy. Jeśli port jest dobry, spróbuj później albo zapytaj administratora serwera.</translation>
    </message>
    <message>
        <source>A TLS handshake on the same port failed too (%1), so the port does not expect TLS from the first byte either.</source>
        <translation>Negocjacja TLS na tym samym porcie też się nie udała (%1), więc port nie oczekuje też TLS od pierwszego bajtu.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 of %2</source>
        <translation>Nic nie przyjmuje połączeń na porcie %1 hosta %2</translation>
    </message>
    <message>
        <source>The computer at %1 answered, but refused the connection: no mail server listens on that port, or a firewall turns connections away.</source>
        <translation>Komputer pod adresem %1 odpowiedział, ale odrzucił połączenie: na tym porcie nie słucha żaden serwer poczty albo zapora odrzuca połączenia.</translation>
    </message>
    <message>
        <source>Check the server name and the port. Sending mail normally uses port 587 (STARTTLS) or 465 (TLS from the first byte); port 25 is for servers passing mail to each other.</source>
        <translation>Sprawdź nazwę serwera i port. Do wysyłania poczty służy zwykle port 587 (STARTTLS) albo 465 (TLS od pierwszego bajtu); port 25 jest dla serwerów przekazujących pocztę między sobą.</translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation>Brak odpowiedzi od %1</translation>
    </message>
    <message>
        <source>Postel tried to connect to %1 and got no answer at all before the time limit: the connection attempt is lost on the way, usually dropped by a firewall (yours, your network&apos;s — many block port 25 — or the server&apos;s), or the server is down.</source>
        <translation>Postel próbował połączyć się z %1 i do upływu czasu nie dostał żadnej odpowiedzi: próba połączenia ginie po drodze, zwykle odrzucana przez zaporę (twoją, twojej sieci — wiele blokuje port 25 — albo serwera), albo serwer nie działa.</translation>
    </message>
    <message>
        <source>Check the server name and the port, and whether your network lets mail out on that port. Port 587 (STARTTLS) or 465 (TLS from the first byte) are rarely blocked.</source>
        <translation>Sprawdź nazwę serwera i port oraz to, czy twoja sieć przepuszcza pocztę na tym porcie. Porty 587 (STARTTLS) i 465 (TLS od pierwszego bajtu) rzadko są blokowane.</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found</source>
        <translation>Nie można znaleźć serwera o nazwie %1</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name (an empty part between dots, a part longer than 63 characters, or a character a host name cannot have), so there is nothing to look up.</source>
        <translation>„%1” nie jest poprawną nazwą hosta (pusta część między kropkami, część dłuższa niż 63 znaki albo znak, którego nazwa hosta nie może zawierać), więc nie ma czego szukać.</translation>
    </message>
    <message>
        <source>The name service has no address for %1 (%2): the name is misspelt, no longer exists, or this computer cannot reach its name service.</source>
        <translation>Usługa nazw nie zna adresu dla %1 (%2): nazwa jest błędnie wpisana, już nie istnieje albo ten komputer nie może połączyć się ze swoją usługą nazw.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name; your provider&apos;s help pages give it (for example smtp.example.com).</source>
        <translation>Sprawdź pisownię nazwy serwera; podają ją strony pomocy twojego dostawcy (na przykład smtp.example.com).</translation>
    </message>
    <message>
        <source>Port %1 of the same host did not answer either (%2).</source>
        <translation>Port %1 tego samego hosta też nie odpowiedział (%2).</translation>
    </message>
    <message>
        <source>Port %1 of the same host answers with TLS from the first byte (%2) and greets: %3.</source>
        <translation>Port %1 tego samego hosta odpowiada z TLS od pierwszego bajtu (%2) i wita się: %3.</translation>
    </message>
    <message>
        <source>Port %1 of the same host greets (%2) and starts TLS with STARTTLS (%3).</source>
        <translation>Port %1 tego samego hosta wita się (%2) i rozpoczyna TLS przez STARTTLS (%3).</translation>
    </message>
    <message>
        <source>Port %1 of the same host greets: %2.</source>
        <translation>Port %1 tego samego hosta wita się: %2.</translation>
    </message>
    <message>
        <source>Its certificate did not pass verification (%1).</source>
        <translation>Jego certyfikat nie przeszedł weryfikacji (%1).</translation>
    </message>
    <message>
        <source>Use port %1 of the same host, which answers.</source>
        <translation>Użyj portu %1 tego samego hosta, który odpowiada.</translation>
    </message>
    <message>
        <source>Use port %1 of the same host with TLS from the first byte.</source>
        <translation>Użyj portu %1 tego samego hosta z TLS od pierwszego bajtu.</translation>
    </message>
    <message>
        <source>Use port %1 of the same host with STARTTLS.</source>
        <translation>Użyj portu %1 tego samego hosta ze STARTTLS.</translation>
    </message>
    <message>
        <source>Instead of a greeting the server answered %1.</source>
        <translation>Zamiast powitania serwer odpowiedział %1.</translation>
    </message>
    <message>
        <source>The server answered %1 with %2.</source>
        <translation>Serwer odpowiedział na %1: %2.</translation>
    </message>
    <message>
        <source>The reply names %1, a list of addresses that sent spam; servers that use it refuse everyone on it. Your address, or your provider&apos;s, is listed.</source>
        <translation>Odpowiedź wymienia %1 — listę adresów, z których wysyłano spam; serwery, które z niej korzystają, odrzucają każdego, kto na niej jest. Twój adres albo adres twojego dostawcy jest na liście.</translation>
    </message>
    <message>
        <source>Send through your own provider&apos;s server (port 587 or 465, with your login) instead of connecting to this one directly. If you run the sending server, look its address up on the list&apos;s website and ask for removal.</source>
        <translation>Wysyłaj przez serwer swojego dostawcy (port 587 albo 465, z logowaniem) zamiast łączyć się bezpośrednio z tym. Jeśli prowadzisz serwer wysyłający, sprawdź jego adres na stronie listy i poproś o usunięcie.</translation>
    </message>
    <message>
        <source>The server refuses to talk to you</source>
        <translation>Serwer nie chce z tobą rozmawiać</translation>
    </message>
    <message>
        <source>A server does this when it will not take mail from your network address at all.</source>
        <translation>Serwer robi tak, gdy w ogóle nie przyjmuje poczty z twojego adresu sieciowego.</translation>
    </message>
    <message>
        <source>Send through your own provider&apos;s server (port 587 or 465, with your login), or ask the server&apos;s administrator why your address is refused.</source>
        <translation>Wysyłaj przez serwer swojego dostawcy (port 587 albo 465, z logowaniem) albo zapytaj administratora serwera, dlaczego twój adres jest odrzucany.</translation>
    </message>
    <message>
        <source>The server is busy and turned you away</source>
        <translation>Serwer jest zajęty i odrzucił połączenie</translation>
    </message>
    <message>
        <source>The server answered %1: it takes no more connections right now (too many at once, too little capacity, or it is shutting down). A reply starting with 4 means the problem is temporary.</source>
        <translation>Serwer odpowiedział %1: teraz nie przyjmuje więcej połączeń (za dużo naraz, za mało zasobów albo jest wyłączany). Odpowiedź zaczynająca się od 4 oznacza problem przejściowy.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again. If it keeps happening, close other mail programs that may hold connections to the same server.</source>
        <translation>Odczekaj kilka minut i spróbuj ponownie. Jeśli to się powtarza, zamknij inne programy pocztowe, które mogą trzymać połączenia z tym serwerem.</translation>
    </message>
    <message>
        <source>You are sending too much: the server is holding you back</source>
        <translation>Wysyłasz za dużo: serwer cię wstrzymuje</translation>
    </message>
    <message>
        <source>The server answered %1: it limits how many messages, recipients or connections you may send in a period, and you reached that limit.</source>
        <translation>Serwer odpowiedział %1: ogranicza liczbę wiadomości, odbiorców albo połączeń w danym czasie, a ty osiągnąłeś ten limit.</translation>
    </message>
    <message>
        <source>Wait before sending more (a daily limit resets after 24 hours), send to fewer recipients at once, or ask your provider about its limits.</source>
        <translation>Odczekaj, zanim wyślesz więcej (limit dzienny odnawia się po 24 godzinach), wysyłaj do mniejszej liczby odbiorców naraz albo zapytaj dostawcę o jego limity.</translation>
    </message>
    <message>
        <source>The server answered %1 with %2 and closed the connection.</source>
        <translation>Serwer odpowiedział na %1: %2 i zamknął połączenie.</translation>
    </message>
    <message>
        <source>The connection to %1 was made, but the server closed it before greeting. Servers do this to addresses they refuse, or when they are overloaded.</source>
        <translation>Połączenie z %1 nawiązano, ale serwer zamknął je przed powitaniem. Serwery robią tak z adresami, których nie przyjmują, albo gdy są przeciążone.</translation>
    </message>
    <message>
        <source>The server stopped answering: no reply to %1 within the time limit.</source>
        <translation>Serwer przestał odpowiadać: w wyznaczonym czasie nie odpowiedział na %1.</translation>
    </message>
    <message>
        <source>The server closed the connection after %1, without a reply.</source>
        <translation>Serwer zamknął połączenie po %1, bez odpowiedzi.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Serwer przestał odpowiadać</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Serwer zamknął połączenie</translation>
    </message>
    <message>
        <source>Try again. If it happens at the same step every time, the server, or a firewall or antivirus program in between, is cutting the connection; the transcript shows the last command.</source>
        <translation>Spróbuj ponownie. Jeśli dzieje się to za każdym razem w tym samym kroku, połączenie przerywa serwer albo stojąca pomiędzy zapora lub program antywirusowy; ostatnie polecenie widać w dzienniku sesji.</translation>
    </message>
    <message>
        <source>The message may or may not have been delivered</source>
        <translation>Nie wiadomo, czy wiadomość została dostarczona</translation>
    </message>
    <message>
        <source>The whole message was sent and ended with the final dot, but the connection was lost before the server confirmed it (%1). The server may have accepted the message, or not.</source>
        <translation>Cała wiadomość została wysłana i zakończona końcową kropką, ale połączenie zerwało się, zanim serwer ją potwierdził (%1). Serwer mógł przyjąć wiadomość albo nie.</translation>
    </message>
    <message>
        <source>Find out whether it arrived (ask a recipient, or look for it where the server keeps sent mail) before sending it again: sending again may deliver it twice.</source>
        <translation>Zanim wyślesz ją ponownie, sprawdź, czy dotarła (zapytaj odbiorcę albo poszukaj jej tam, gdzie serwer przechowuje wysłaną pocztę): ponowne wysłanie może ją dostarczyć dwa razy.</translation>
    </message>
    <message>
        <source>The server refuses your network address: it is on the %1 list</source>
        <translation>Serwer odrzuca twój adres sieciowy: jest on na liście %1</translation>
    </message>
    <message>
        <source>The server refuses your network address: it is on a blocklist</source>
        <translation>Serwer odrzuca twój adres sieciowy: jest on na czarnej liście</translation>
    </message>
    <message>
        <source>The reply names a blocklist, a list of addresses that sent spam; servers that use it refuse everyone on it. Your address, or your provider&apos;s, is listed.</source>
        <translation>Odpowiedź wymienia czarną listę, czyli listę adresów, z których wysyłano spam; serwery, które z niej korzystają, odrzucają każdego, kto na niej jest. Twój adres albo adres twojego dostawcy jest na liście.</translation>
    </message>
</context>
<context>
    <name>postel::ConsoleMessage</name>
    <message>
        <source>Not connected: connect to a server first.</source>
        <translation>Brak połączenia: najpierw połącz się z serwerem.</translation>
    </message>
</context>
<context>
    <name>postel::ConsolePanel</name>
    <message>
        <source>Protocol console</source>
        <translation>Konsola protokołu</translation>
    </message>
    <message>
        <source>The SASL mechanism AUTH uses</source>
        <translation>Mechanizm SASL, którego używa AUTH</translation>
    </message>
    <message>
        <source>Authentication mechanism</source>
        <translation>Mechanizm uwierzytelniania</translation>
    </message>
    <message>
        <source>Comman&amp;d:</source>
        <translation>Po&amp;lecenie:</translation>
    </message>
    <message>
        <source>Any command, sent exactly as typed</source>
        <translation>Dowolne polecenie, wysyłane dokładnie tak, jak je wpisano</translation>
    </message>
    <message>
        <source>Type any SMTP command and press Enter: it is sent as typed, as with telnet, and the reply is explained below.</source>
        <translation>Wpisz dowolne polecenie SMTP i naciśnij Enter: zostanie wysłane tak, jak je wpisano, jak w telnecie, a odpowiedź zostanie objaśniona poniżej.</translation>
    </message>
    <message>
        <source>Send line</source>
        <translation>Wyślij wiersz</translation>
    </message>
    <message>
        <source>Send the command line as typed</source>
        <translation>Wyślij wiersz polecenia tak, jak go wpisano</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Zaproponuj</translation>
    </message>
    <message>
        <source>Fill the command line with what a client would send now; edit it before it goes</source>
        <translation>Wpisz w wiersz polecenia to, co klient wysłałby teraz; przed wysłaniem możesz to zmienić</translation>
    </message>
    <message>
        <source>Send composed messa&amp;ge</source>
        <translation>Wyślij wiadomość z ed&amp;ytora</translation>
    </message>
    <message>
        <source>After DATA&apos;s 354: send the message from the composer, then the final dot</source>
        <translation>Po odpowiedzi 354 na DATA: wyślij wiadomość z edytora, a po niej kończącą kropkę</translation>
    </message>
    <message>
        <source>Ex&amp;pert: allow commands out of sequence</source>
        <translation>Try&amp;b ekspercki: polecenia poza kolejnością</translation>
    </message>
    <message>
        <source>Enable every command at any time, to see how servers react to commands the protocol does not allow yet</source>
        <translation>Włącz wszystkie polecenia w każdej chwili, żeby zobaczyć, jak serwery reagują na polecenia, na które protokół jeszcze nie pozwala</translation>
    </message>
    <message>
        <source>Console log</source>
        <translation>Dziennik konsoli</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Rozłącz</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Close the connection without QUIT</source>
        <translation>Zamknij połączenie bez QUIT</translation>
    </message>
    <message>
        <source>Connect to the server of the current profile</source>
        <translation>Połącz z serwerem bieżącego profilu</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatycznie</translation>
    </message>
    <message>
        <source>This profile sends to the recipient&apos;s mail host; the console connects to %1 instead.</source>
        <translation>Ten profil wysyła do serwera pocztowego adresata; konsola łączy się zamiast tego z %1.</translation>
    </message>
    <message>
        <source>The profile has no user name. Set one in the profile, or type AUTH and the base64 answers on the command line.</source>
        <translation>Profil nie ma nazwy użytkownika. Ustaw ją w profilu albo wpisz AUTH i odpowiedzi w base64 w wierszu polecenia.</translation>
    </message>
    <message>
        <source>No password is available for this profile.</source>
        <translation>Dla tego profilu nie ma hasła.</translation>
    </message>
    <message>
        <source>Next: connect to the server (the Connect button).</source>
        <translation>Następny krok: połącz się z serwerem (przycisk Połącz).</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>Nie ma wiadomości do wysłania.</translation>
    </message>
    <message>
        <source>The message cannot be sent yet: %1</source>
        <translation>Wiadomości nie można jeszcze wysłać: %1</translation>
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
    <message>
        <source>The server does not advertise DSN (RFC 3461): the message goes without the delivery status request, so no success or delay report will come.</source>
        <translation>Serwer nie ogłasza DSN (RFC 3461): wiadomość idzie bez prośby o powiadomienia o doręczeniu, więc nie przyjdzie raport o doręczeniu ani o opóźnieniu.</translation>
    </message>
    <message>
        <source>The message is too large for this server: it is %1, %2 more than the limit of %3 the server announced (SIZE %4). Nothing was sent.</source>
        <translation>Wiadomość jest za duża dla tego serwera: ma %1, czyli o %2 więcej niż limit %3 ogłoszony przez serwer (SIZE %4). Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>%1 Refreshing the access token failed: %2</source>
        <translation>%1 Nie udało się odświeżyć tokenu dostępu: %2</translation>
    </message>
    <message>
        <source>Refreshing the access token failed: %1</source>
        <translation>Nie udało się odświeżyć tokenu dostępu: %1</translation>
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
    <name>postel::DiagnosisPresenter</name>
    <message>
        <source>Retrying with a changed profile “%1”: %2</source>
        <translation>Ponowna próba ze zmienionym profilem „%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Diagnose: %n short extra connection(s) to %1 to confirm the cause (no login, no mail).</source>
        <translation>
            <numerusform>Diagnoza: %n krótkie dodatkowe połączenie z %1, aby potwierdzić przyczynę (bez logowania i bez poczty).</numerusform>
            <numerusform>Diagnoza: %n krótkie dodatkowe połączenia z %1, aby potwierdzić przyczynę (bez logowania i bez poczty).</numerusform>
            <numerusform>Diagnoza: %n krótkich dodatkowych połączeń z %1, aby potwierdzić przyczynę (bez logowania i bez poczty).</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe %1 on %2: done.</source>
        <translation>Próba %1 na %2: wykonana.</translation>
    </message>
    <message>
        <source>Probe %1 on %2: %3</source>
        <translation>Próba %1 na %2: %3</translation>
    </message>
</context>
<context>
    <name>postel::DiagnosisView</name>
    <message>
        <source>Make up to three short extra connections to the same server to confirm the cause (no login, no mail)</source>
        <translation>Nawiąż do trzech krótkich dodatkowych połączeń z tym samym serwerem, aby potwierdzić przyczynę (bez logowania i bez poczty)</translation>
    </message>
    <message>
        <source>Connection rep&amp;ort…</source>
        <translation>R&amp;aport połączenia…</translation>
    </message>
    <message>
        <source>What the connection test saw, step by step; export it or copy it as a command</source>
        <translation>Co zobaczył test połączenia, krok po kroku; możesz to wyeksportować albo skopiować jako polecenie</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnoza: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Rozwiązanie: %1</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Potwierdzone: %1</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Sprawdzono: %1</translation>
    </message>
    <message>
        <source>Hide explanatio&amp;ns</source>
        <translation>Ukryj wyjaśnie&amp;nia</translation>
    </message>
    <message>
        <source>Expla&amp;nation</source>
        <translation>Wyjaśnie&amp;nie</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Rozwiązanie:</translation>
    </message>
    <message>
        <source>Confirmed:</source>
        <translation>Potwierdzone:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Sprawdzono:</translation>
    </message>
    <message>
        <source>More fi&amp;ndings (%1)</source>
        <translation>I&amp;nne ustalenia (%1)</translation>
    </message>
    <message>
        <source>Di&amp;agnose</source>
        <translation>Dia&amp;gnozuj</translation>
    </message>
    <message>
        <source>Di&amp;agnosing…</source>
        <translation>Dia&amp;gnozowanie…</translation>
    </message>
</context>
<context>
    <name>postel::Doctor</name>
    <message>
        <source>The server gave an unexpected reply</source>
        <translation>Serwer odpowiedział nieoczekiwanie</translation>
    </message>
    <message>
        <source>The server answered %1 with %2.</source>
        <translation>Serwer odpowiedział na %1: %2.</translation>
    </message>
    <message>
        <source>The server did not accept the name Postel introduced itself with (%1). Give this computer&apos;s full host name, or an address literal such as [192.0.2.1], as the EHLO name.</source>
        <translation>Serwer nie przyjął nazwy, którą Postel się przedstawił (%1). Jako nazwę EHLO podaj pełną nazwę hosta tego komputera albo adres w nawiasach, na przykład [192.0.2.1].</translation>
    </message>
    <message>
        <source>The server&apos;s words say what went wrong; the transcript shows the whole conversation.</source>
        <translation>Słowa serwera mówią, co poszło nie tak; dziennik sesji pokazuje całą rozmowę.</translation>
    </message>
    <message>
        <source>The server broke the rules of SMTP</source>
        <translation>Serwer złamał zasady SMTP</translation>
    </message>
    <message>
        <source>%1 Postel stopped rather than guess what the server meant.</source>
        <translation>%1 Postel przerwał, zamiast zgadywać, co serwer miał na myśli.</translation>
    </message>
    <message>
        <source>The fault is in the server or in a device in between (a firewall or antivirus program that rewrites mail traffic); report it to the server&apos;s administrator with the transcript.</source>
        <translation>Błąd leży po stronie serwera albo urządzenia pomiędzy (zapory lub programu antywirusowego, który przerabia ruch pocztowy); zgłoś go administratorowi serwera razem z dziennikiem sesji.</translation>
    </message>
</context>
<context>
    <name>postel::DocumentController</name>
    <message>
        <source>New message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <source>%1[*] — Postel</source>
        <translation>%1[*] — Postel</translation>
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
        <source>%1 could not be opened: %2</source>
        <translation>Nie udało się otworzyć %1: %2</translation>
    </message>
    <message>
        <source>The message could not be saved to %1: %2</source>
        <translation>Nie udało się zapisać wiadomości do pliku %1: %2</translation>
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
</context>
<context>
    <name>postel::DsnMenu</name>
    <message>
        <source>Delivery &amp;reports</source>
        <translation>Powiadomienia o &amp;doręczeniu</translation>
    </message>
    <message>
        <source>On &amp;success</source>
        <translation>Po &amp;doręczeniu</translation>
    </message>
    <message>
        <source>Ask the receiving servers to report when the message is delivered (NOTIFY=SUCCESS, RFC 3461). Only servers that advertise DSN take it.</source>
        <translation>Poproś serwery odbiorcy o raport, gdy wiadomość zostanie doręczona (NOTIFY=SUCCESS, RFC 3461). Uwzględniają to tylko serwery, które ogłaszają DSN.</translation>
    </message>
    <message>
        <source>On &amp;failure</source>
        <translation>Po &amp;niepowodzeniu</translation>
    </message>
    <message>
        <source>Ask for a report when delivery fails (NOTIFY=FAILURE).</source>
        <translation>Poproś o raport, gdy doręczenie się nie uda (NOTIFY=FAILURE).</translation>
    </message>
    <message>
        <source>On d&amp;elay</source>
        <translation>Przy &amp;opóźnieniu</translation>
    </message>
    <message>
        <source>Ask for a report when delivery is delayed (NOTIFY=DELAY).</source>
        <translation>Poproś o raport, gdy doręczenie się opóźnia (NOTIFY=DELAY).</translation>
    </message>
    <message>
        <source>Return &amp;headers only</source>
        <translation>Zwróć tylko na&amp;główki</translation>
    </message>
    <message>
        <source>A failure report returns only the message&apos;s headers, not the whole message (RET=HDRS).</source>
        <translation>Raport o niepowodzeniu zwraca tylko nagłówki wiadomości, a nie całą wiadomość (RET=HDRS).</translation>
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
    <name>postel::Explainer</name>
    <message>
        <source>Nothing to explain: give a reply, a reply code, an enhanced status code, a command or an EHLO keyword.</source>
        <translation>Nie ma czego objaśniać: podaj odpowiedź, kod odpowiedzi, rozszerzony kod stanu, polecenie albo słowo kluczowe EHLO.</translation>
    </message>
    <message>
        <source>“%1” is not a reply, a reply code, an enhanced status code, a command or an EHLO keyword that Postel knows.</source>
        <translation>„%1” nie jest odpowiedzią, kodem odpowiedzi, rozszerzonym kodem stanu, poleceniem ani słowem kluczowym EHLO, które Postel zna.</translation>
    </message>
    <message>
        <source>%1 is not a reply code: a reply code has three digits, the first from 2 to 5 and the second from 0 to 5.</source>
        <translation>%1 nie jest kodem odpowiedzi: kod odpowiedzi ma trzy cyfry, pierwszą od 2 do 5, a drugą od 0 do 5.</translation>
    </message>
    <message>
        <source>a code that neither RFC 5321 nor the extensions Postel knows define</source>
        <translation>kod, którego nie definiuje ani RFC 5321, ani żadne znane Postelowi rozszerzenie</translation>
    </message>
    <message>
        <source>Its digits still say something. %1 %2</source>
        <translation>Jego cyfry i tak coś mówią. %1 %2</translation>
    </message>
    <message>
        <source>%1 is not an enhanced status code: it takes the form class.subject.detail, with the class 2, 4 or 5 (such as 5.1.1).</source>
        <translation>%1 nie jest rozszerzonym kodem stanu: ma on postać klasa.temat.szczegół, z klasą 2, 4 albo 5 (np. 5.1.1).</translation>
    </message>
    <message>
        <source>Unknown subject</source>
        <translation>Nieznany temat</translation>
    </message>
    <message>
        <source>The registry defines the subjects 0 to 7 only.</source>
        <translation>Rejestr określa tylko tematy od 0 do 7.</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Brak w rejestrze</translation>
    </message>
    <message>
        <source>The IANA registry lists no X.%1.%2, so only its class and subject say something. %3 %4</source>
        <translation>Rejestr IANA nie zawiera kodu X.%1.%2, więc coś mówią tylko jego klasa i temat. %3 %4</translation>
    </message>
    <message>
        <source>%1 is not an SMTP command that Postel knows.</source>
        <translation>%1 nie jest poleceniem SMTP, które Postel zna.</translation>
    </message>
    <message>
        <source>Mechanism: %1.</source>
        <translation>Mechanizm: %1.</translation>
    </message>
    <message>
        <source>%1 is not an EHLO keyword that Postel knows.</source>
        <translation>%1 nie jest słowem kluczowym EHLO, które Postel zna.</translation>
    </message>
    <message>
        <source>%1: a parameter of the %2 extension. %3</source>
        <translation>%1: parametr rozszerzenia %2. %3</translation>
    </message>
    <message>
        <source>%1: a parameter Postel does not know.</source>
        <translation>%1: parametr, którego Postel nie zna.</translation>
    </message>
</context>
<context>
    <name>postel::Explanation</name>
    <message>
        <source>See %1.</source>
        <translation>Zob. %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (the registry&apos;s meaning; servers vary)</source>
        <translation>%1 — %2 (znaczenie według rejestru; serwery stosują je różnie)</translation>
    </message>
    <message>
        <source>Class %1: %2. Subject %3: %4.</source>
        <translation>Klasa %1: %2. Temat %3: %4.</translation>
    </message>
    <message>
        <source>%1 — command: %2</source>
        <translation>%1 — polecenie: %2</translation>
    </message>
    <message>
        <source>The server may answer:</source>
        <translation>Serwer może odpowiedzieć:</translation>
    </message>
    <message>
        <source>%1 — EHLO keyword: %2</source>
        <translation>%1 — słowo kluczowe EHLO: %2</translation>
    </message>
    <message>
        <source>%1 %2 — %3 (%4)</source>
        <translation>%1 %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>%1 %2 — %3 (%4; the registry&apos;s meaning, servers vary)</source>
        <translation>%1 %2 — %3 (%4; znaczenie według rejestru, serwery stosują je różnie)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Class %1xx (%2): %3</source>
        <translation>Klasa %1xx (%2): %3</translation>
    </message>
    <message>
        <source>Category x%1x (%2): %3</source>
        <translation>Kategoria x%1x (%2): %3</translation>
    </message>
</context>
<context>
    <name>postel::FindSettingsDialog</name>
    <message>
        <source>Find settings</source>
        <translation>Znajdź ustawienia</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>ty@example.org</translation>
    </message>
    <message>
        <source>smtp.DOMAIN, mail.DOMAIN, DOMAIN</source>
        <translation>smtp.DOMENA, mail.DOMENA, DOMENA</translation>
    </message>
    <message>
        <source>Leave empty to try the usual names of the address&apos;s domain</source>
        <translation>Zostaw puste, aby wypróbować zwykłe nazwy serwerów domeny adresu</translation>
    </message>
    <message>
        <source>Postel tries the submission ports of your mail server — 587 with STARTTLS, 465 with TLS from the first byte, then 25 — connects, starts TLS and logs in (no mail is sent), and proposes the first that works.</source>
        <translation>Postel sprawdza porty nadawcze twojego serwera poczty — 587 ze STARTTLS, 465 z TLS od pierwszego bajtu, potem 25 — łączy się, włącza TLS i loguje (nie wysyła żadnej poczty), po czym proponuje pierwszy, który działa.</translation>
    </message>
    <message>
        <source>What each try saw</source>
        <translation>Co wykazała każda próba</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>&amp;Użyj tych ustawień</translation>
    </message>
    <message>
        <source>Enter the address you send from (or the server&apos;s name).</source>
        <translation>Wpisz adres, z którego wysyłasz (albo nazwę serwera).</translation>
    </message>
    <message>
        <source>Found: %1, port %2, %3. “Use these settings” puts them in the profile.</source>
        <translation>Znaleziono: %1, port %2, %3. „Użyj tych ustawień” wpisze je do profilu.</translation>
    </message>
    <message>
        <source>Nothing was tried.</source>
        <translation>Niczego nie wypróbowano.</translation>
    </message>
    <message>
        <source>No port worked. What each try saw is below.</source>
        <translation>Żaden port nie zadziałał. Poniżej widać, co wykazała każda próba.</translation>
    </message>
</context>
<context>
    <name>postel::HandbookDialog</name>
    <message>
        <source>Postel handbook</source>
        <translation>Podręcznik Postela</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>postel::Ladder</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>SMTP session between %1 and %2</source>
        <translation>Sesja SMTP między %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries are not drawn.</source>
        <translation>
            <numerusform>Pominięto %n wcześniejszy wpis.</numerusform>
            <numerusform>Pominięto %n wcześniejsze wpisy.</numerusform>
            <numerusform>Pominięto %n wcześniejszych wpisów.</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more lines)</source>
        <translation>
            <numerusform>(+%n kolejny wiersz)</numerusform>
            <numerusform>(+%n kolejne wiersze)</numerusform>
            <numerusform>(+%n kolejnych wierszy)</numerusform>
        </translation>
    </message>
    <message>
        <source>recipient refused</source>
        <translation>adresat odrzucony</translation>
    </message>
    <message>
        <source>The picture is too large.</source>
        <translation>Obraz jest za duży.</translation>
    </message>
</context>
<context>
    <name>postel::LadderPanel</name>
    <message>
        <source>&amp;Export ladder diagram…</source>
        <translation>&amp;Eksportuj diagram sekwencji…</translation>
    </message>
    <message>
        <source>Save the ladder diagram as an SVG or PNG picture (%1)</source>
        <translation>Zapisz diagram sekwencji jako obraz SVG lub PNG (%1)</translation>
    </message>
    <message>
        <source>No session yet: send or test a connection to draw one.</source>
        <translation>Nie narysowano jeszcze żadnej sesji: wyślij wiadomość albo przetestuj połączenie.</translation>
    </message>
    <message>
        <source>Commands: %1, replies: %2</source>
        <translation>Polecenia: %1, odpowiedzi: %2</translation>
    </message>
    <message>
        <source>Export ladder diagram</source>
        <translation>Eksport diagramu sekwencji</translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation>Obraz SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>The ladder diagram could not be saved to %1: %2</source>
        <translation>Nie udało się zapisać diagramu sekwencji w %1: %2</translation>
    </message>
</context>
<context>
    <name>postel::LadderView</name>
    <message>
        <source>Ladder diagram</source>
        <translation>Diagram sekwencji</translation>
    </message>
    <message>
        <source>recipient refused</source>
        <translation>adresat odrzucony</translation>
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
        <source>Sandbox inbox</source>
        <translation>Skrzynka piaskownicy</translation>
    </message>
    <message>
        <source>The message cannot be sent yet: %1</source>
        <translation>Wiadomości nie można jeszcze wysłać: %1</translation>
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
        <source>Send the message (%1)</source>
        <translation>Wyślij wiadomość (%1)</translation>
    </message>
    <message>
        <source>Ladder diagram</source>
        <translation>Diagram sekwencji</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Podręcznik</translation>
    </message>
    <message>
        <source>The sandbox listens on port %1 because %2 is in use.</source>
        <translation>Piaskownica nasłuchuje na porcie %1, bo port %2 jest zajęty.</translation>
    </message>
    <message>
        <source>Not sent: no password for %1.</source>
        <translation>Nie wysłano: brak hasła do profilu %1.</translation>
    </message>
    <message>
        <source>Connection test cancelled: no password for %1.</source>
        <translation>Sprawdzanie połączenia przerwane: brak hasła do profilu %1.</translation>
    </message>
    <message>
        <source>Waiting for the sandbox&apos;s certificate…</source>
        <translation>Czekam na certyfikat piaskownicy…</translation>
    </message>
    <message>
        <source>The send journal could not be written (%1): if Postel stops during this send, the draft is kept but not what became of the send.</source>
        <translation>Nie udało się zapisać dziennika wysyłki (%1): jeśli Postel przerwie pracę w trakcie tej wysyłki, zostanie szkic, ale nie informacja o tym, jak skończyła się wysyłka.</translation>
    </message>
</context>
<context>
    <name>postel::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Powodzenie</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
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
    <name>postel::OAuthClient</name>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Serwer tokenów odpowiedział bez tokenu dostępu.</translation>
    </message>
    <message>
        <source>The authorization server refused: %1</source>
        <translation>Serwer autoryzacji odmówił: %1</translation>
    </message>
    <message>
        <source>The authorization server refused: %1 (%2)</source>
        <translation>Serwer autoryzacji odmówił: %1 (%2)</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1</source>
        <translation>Nie udało się połączyć z serwerem tokenów: %1</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1.</source>
        <translation>Serwer tokenów odpowiedział kodem HTTP %1.</translation>
    </message>
</context>
<context>
    <name>postel::OAuthSettings</name>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Other provider</source>
        <translation>Inny dostawca</translation>
    </message>
    <message>
        <source>The ID of the app you registered with the provider</source>
        <translation>Identyfikator aplikacji zarejestrowanej u dostawcy</translation>
    </message>
    <message>
        <source>Only if the provider gave one</source>
        <translation>Tylko jeśli dostawca go podał</translation>
    </message>
    <message>
        <source>Sign in in the &amp;browser…</source>
        <translation>Zalo&amp;guj się w przeglądarce…</translation>
    </message>
    <message>
        <source>Si&amp;gn out</source>
        <translation>Wylogu&amp;j</translation>
    </message>
    <message>
        <source>Forget the tokens Postel keeps for this profile</source>
        <translation>Zapomnij tokeny, które Postel przechowuje dla tego profilu</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Dostawca:</translation>
    </message>
    <message>
        <source>Authori&amp;zation URL:</source>
        <translation>Adres au&amp;toryzacji:</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>Adres po&amp;bierania tokenów:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Sekret klienta:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Zakres:</translation>
    </message>
    <message>
        <source>Waiting for the browser: sign in there and allow Postel to send mail.</source>
        <translation>Czekam na przeglądarkę: zaloguj się w niej i pozwól Postelowi wysyłać pocztę.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Signed in: the refresh token is in your keychain.</source>
        <translation>Zalogowano: token odświeżania jest w pęku kluczy.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nie zalogowano.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Identyfikator klienta:</translation>
    </message>
</context>
<context>
    <name>postel::OAuthSignIn</name>
    <message>
        <source>The sign-in needs the authorization URL, the token URL and the client ID.</source>
        <translation>Do zalogowania potrzebne są adres autoryzacji, adres tokenów i identyfikator klienta.</translation>
    </message>
    <message>
        <source>Postel could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Postel nie może nasłuchiwać na 127.0.0.1 odpowiedzi przeglądarki.</translation>
    </message>
    <message>
        <source>Postel has the answer. You can close this page.</source>
        <translation>Postel otrzymał odpowiedź. Możesz zamknąć tę stronę.</translation>
    </message>
    <message>
        <source>The provider gave no refresh token: Postel could not stay signed in. Check that the scope allows offline access.</source>
        <translation>Dostawca nie wydał tokenu odświeżania, więc Postel nie może pozostać zalogowany. Sprawdź, czy zakres pozwala na dostęp offline.</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1</source>
        <translation>Logowanie zostało odrzucone: %1</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1 (%2)</source>
        <translation>Logowanie zostało odrzucone: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>postel::OAuthToken</name>
    <message>
        <source>The access token cannot be refreshed.</source>
        <translation>Tokenu dostępu nie da się odświeżyć.</translation>
    </message>
</context>
<context>
    <name>postel::PasswordPrompt</name>
    <message>
        <source>Password for %1</source>
        <translation>Hasło do profilu %1</translation>
    </message>
    <message>
        <source>The profile “%1” logs in as %2, but your keychain holds no password for it. Postel asks instead of logging in with an empty password.</source>
        <translation>Profil „%1” loguje się jako %2, ale w pęku kluczy nie ma do niego hasła. Postel pyta o nie, zamiast logować się pustym hasłem.</translation>
    </message>
    <message>
        <source>The profile “%1” logs in as %2, but Postel has no password for it: without a keychain (%3) passwords are kept only until Postel quits. Postel asks instead of logging in with an empty password.</source>
        <translation>Profil „%1” loguje się jako %2, ale Postel nie zna do niego hasła: bez pęku kluczy (%3) hasła są przechowywane tylko do zamknięcia Postela. Postel pyta o nie, zamiast logować się pustym hasłem.</translation>
    </message>
    <message>
        <source>Remember until Postel &amp;quits</source>
        <translation>Pamiętaj do za&amp;mknięcia Postela</translation>
    </message>
    <message>
        <source>Remember in the &amp;keychain</source>
        <translation>Zapamiętaj w pęku &amp;kluczy</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Pęk kluczy jest niedostępny.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Zaloguj się</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
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
    <name>postel::PreflightRules</name>
    <message>
        <source>A line of the message is longer than 998 characters</source>
        <translation>Wiersz wiadomości jest dłuższy niż 998 znaków</translation>
    </message>
    <message>
        <source>RFC 5322 (section 2.1.1) limits a line of a message to 998 characters, and servers refuse or break longer ones, so Postel stopped before sending. %1</source>
        <translation>RFC 5322 (punkt 2.1.1) ogranicza wiersz wiadomości do 998 znaków, a serwery odrzucają albo łamią dłuższe, więc Postel przerwał przed wysłaniem. %1</translation>
    </message>
    <message>
        <source>Let Postel encode the message (compose it, or send the file with --message, which uses quoted-printable or base64), or wrap the long lines.</source>
        <translation>Pozwól Postelowi zakodować wiadomość (zredaguj ją albo wyślij plik przez --message, które używa quoted-printable lub base64) albo połam długie wiersze.</translation>
    </message>
    <message>
        <source>The message contains a NUL byte</source>
        <translation>Wiadomość zawiera bajt NUL</translation>
    </message>
    <message>
        <source>A byte with the value 0 may not appear in the text of a message (RFC 5322), and servers drop or refuse such messages, so Postel stopped before sending. %1</source>
        <translation>Bajt o wartości 0 nie może wystąpić w tekście wiadomości (RFC 5322), a serwery gubią albo odrzucają takie wiadomości, więc Postel przerwał przed wysłaniem. %1</translation>
    </message>
    <message>
        <source>Send binary content as an attachment (base64), as Postel does when it composes the message.</source>
        <translation>Treść binarną wysyłaj jako załącznik (base64), tak jak robi Postel, gdy sam redaguje wiadomość.</translation>
    </message>
    <message>
        <source>The message has a line break that is not CR LF</source>
        <translation>Wiadomość ma koniec wiersza inny niż CR LF</translation>
    </message>
    <message>
        <source>In SMTP every line ends with CR LF (RFC 5321 section 2.3.8). A lone CR or LF is read differently by different servers (the trick behind “SMTP smuggling”), so Postel stopped before sending. %1</source>
        <translation>W SMTP każdy wiersz kończy się znakami CR LF (RFC 5321, punkt 2.3.8). Samotne CR albo LF różne serwery czytają różnie (na tym opiera się „SMTP smuggling”), więc Postel przerwał przed wysłaniem. %1</translation>
    </message>
    <message>
        <source>Convert the line ends to CR LF, or let Postel compose the message.</source>
        <translation>Zamień końce wierszy na CR LF albo pozwól Postelowi zredagować wiadomość.</translation>
    </message>
    <message>
        <source>The message has 8-bit text, but the server does not take 8-bit mail</source>
        <translation>Wiadomość ma tekst 8-bitowy, a serwer nie przyjmuje poczty 8-bitowej</translation>
    </message>
    <message>
        <source>The message contains bytes above 127 (letters outside ASCII written without an encoding), and the server does not offer 8BITMIME (RFC 6152), so it might damage them. Postel stopped before sending. %1</source>
        <translation>Wiadomość zawiera bajty powyżej 127 (litery spoza ASCII zapisane bez kodowania), a serwer nie oferuje 8BITMIME (RFC 6152), więc mógłby je uszkodzić. Postel przerwał przed wysłaniem. %1</translation>
    </message>
    <message>
        <source>Encode the text as quoted-printable or base64 (Postel does when it composes the message), or use a server that offers 8BITMIME.</source>
        <translation>Zakoduj tekst jako quoted-printable albo base64 (Postel robi to, gdy sam redaguje wiadomość) albo użyj serwera oferującego 8BITMIME.</translation>
    </message>
    <message>
        <source>Change the message or the envelope so that the server can take it.</source>
        <translation>Zmień wiadomość albo kopertę tak, żeby serwer mógł ją przyjąć.</translation>
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
    <message>
        <source>F&amp;ind settings…</source>
        <translation>Znajdź ustaw&amp;ienia…</translation>
    </message>
    <message>
        <source>Try the submission ports of your address&apos;s mail server (587, 465, 25) and fill in the settings that work</source>
        <translation>Sprawdź porty nadawcze serwera poczty twojego adresu (587, 465, 25) i wpisz działające ustawienia</translation>
    </message>
    <message>
        <source>✔ OAuth 2.0 (%1) — offered by the server</source>
        <translation>✔ OAuth 2.0 (%1) — oferowany przez serwer</translation>
    </message>
    <message>
        <source>OAuth 2.0 (%1)</source>
        <translation>OAuth 2.0 (%1)</translation>
    </message>
    <message>
        <source>OAuth 2.0 (%1) — not offered by the server</source>
        <translation>OAuth 2.0 (%1) — nieoferowany przez serwer</translation>
    </message>
    <message>
        <source>Sign in with the provider below: Postel keeps the refresh token in your keychain and gets a fresh access token before each send that needs one.</source>
        <translation>Zaloguj się poniżej u dostawcy: Postel przechowuje token odświeżania w pęku kluczy i przed wysyłką pobiera nowy token dostępu, gdy jest potrzebny.</translation>
    </message>
</context>
<context>
    <name>postel::ProfileRetry</name>
    <message>
        <source>plain text</source>
        <translation>bez szyfrowania</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS od pierwszego bajtu</translation>
    </message>
    <message>
        <source>Trust this cert&amp;ificate…</source>
        <translation>Zaufaj temu certyf&amp;ikatowi…</translation>
    </message>
    <message>
        <source>Edit the pass&amp;word</source>
        <translation>Zmi&amp;eń hasło</translation>
    </message>
    <message>
        <source>Log &amp;in as %1 with %2 and retry</source>
        <translation>Zaloguj się jako %1 przez %2 &amp;i spróbuj ponownie</translation>
    </message>
    <message>
        <source>Log &amp;in as %1 and retry</source>
        <translation>Zaloguj się jako %1 &amp;i spróbuj ponownie</translation>
    </message>
    <message>
        <source>Retr&amp;y with the host %1</source>
        <translation>Sp&amp;róbuj ponownie z serwerem %1</translation>
    </message>
    <message>
        <source>Retr&amp;y with %1 on port %2</source>
        <translation>Sp&amp;róbuj ponownie: %1 na porcie %2</translation>
    </message>
    <message>
        <source>Retr&amp;y in plain text on port %1</source>
        <translation>Sp&amp;róbuj ponownie bez szyfrowania na porcie %1</translation>
    </message>
    <message>
        <source>Retr&amp;y with the automatic login mechanism</source>
        <translation>Sp&amp;róbuj ponownie z automatycznym wyborem mechanizmu logowania</translation>
    </message>
    <message>
        <source>Retr&amp;y logging in with %1</source>
        <translation>Sp&amp;róbuj ponownie zalogować się przez %1</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Sp&amp;róbuj ponownie</translation>
    </message>
    <message>
        <source>S&amp;witch to %1 on port %2</source>
        <translation>P&amp;rzełącz na %1 na porcie %2</translation>
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
    <name>postel::ProtocolState</name>
    <message>
        <source>Already connected.</source>
        <translation>Połączenie jest już otwarte.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nie ma czego wysłać.</translation>
    </message>
    <message>
        <source>Not connected: connect to a server first.</source>
        <translation>Brak połączenia: najpierw połącz się z serwerem.</translation>
    </message>
    <message>
        <source>The server has not sent its greeting yet: a client waits for it (RFC 5321 §3.1).</source>
        <translation>Serwer jeszcze się nie przywitał: klient czeka na powitanie (RFC 5321 §3.1).</translation>
    </message>
    <message>
        <source>The server is reading the message: only message lines and the final dot may follow DATA&apos;s 354.</source>
        <translation>Serwer czyta wiadomość: po odpowiedzi 354 na DATA mogą nastąpić tylko wiersze wiadomości i kończąca kropka.</translation>
    </message>
    <message>
        <source>The server waits for the answer to its AUTH challenge (or &quot;*&quot; to cancel it).</source>
        <translation>Serwer czeka na odpowiedź na wyzwanie AUTH (albo „*”, żeby je przerwać).</translation>
    </message>
    <message>
        <source>The server refused the session in its greeting: only QUIT makes sense now (RFC 5321 §3.1).</source>
        <translation>Serwer odmówił sesji już w powitaniu: teraz ma sens tylko QUIT (RFC 5321 §3.1).</translation>
    </message>
    <message>
        <source>The connection is already encrypted.</source>
        <translation>Połączenie jest już szyfrowane.</translation>
    </message>
    <message>
        <source>STARTTLS is an extension: send EHLO first to learn whether the server offers it.</source>
        <translation>STARTTLS to rozszerzenie: najpierw wyślij EHLO, żeby sprawdzić, czy serwer je oferuje.</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS in its EHLO reply.</source>
        <translation>Serwer nie zaoferował STARTTLS w odpowiedzi na EHLO.</translation>
    </message>
    <message>
        <source>Not in the middle of a mail transaction (finish it or send RSET).</source>
        <translation>Nie w trakcie transakcji pocztowej (dokończ ją albo wyślij RSET).</translation>
    </message>
    <message>
        <source>Already authenticated: RFC 4954 allows one successful AUTH per session.</source>
        <translation>Już zalogowano: RFC 4954 pozwala na jedno udane AUTH w sesji.</translation>
    </message>
    <message>
        <source>AUTH is an extension: send EHLO first to learn whether the server offers it.</source>
        <translation>AUTH to rozszerzenie: najpierw wyślij EHLO, żeby sprawdzić, czy serwer je oferuje.</translation>
    </message>
    <message>
        <source>The server did not offer AUTH in its EHLO reply.</source>
        <translation>Serwer nie zaoferował AUTH w odpowiedzi na EHLO.</translation>
    </message>
    <message>
        <source>AUTH is not allowed during a mail transaction (RFC 4954 §4).</source>
        <translation>AUTH nie jest dozwolone w trakcie transakcji pocztowej (RFC 4954 §4).</translation>
    </message>
    <message>
        <source>Greet the server with EHLO or HELO first (RFC 5321 §4.1.4).</source>
        <translation>Najpierw przywitaj się z serwerem poleceniem EHLO albo HELO (RFC 5321 §4.1.4).</translation>
    </message>
    <message>
        <source>A transaction is already open: send RCPT, DATA, or RSET to abandon it.</source>
        <translation>Transakcja jest już otwarta: wyślij RCPT, DATA albo RSET, żeby ją porzucić.</translation>
    </message>
    <message>
        <source>RCPT needs an accepted MAIL FROM first (RFC 5321 §3.3).</source>
        <translation>RCPT wymaga wcześniej przyjętego MAIL FROM (RFC 5321 §3.3).</translation>
    </message>
    <message>
        <source>DATA needs an accepted MAIL FROM first (RFC 5321 §3.3).</source>
        <translation>DATA wymaga wcześniej przyjętego MAIL FROM (RFC 5321 §3.3).</translation>
    </message>
    <message>
        <source>DATA needs at least one accepted recipient (RFC 5321 §3.3).</source>
        <translation>DATA wymaga co najmniej jednego przyjętego adresata (RFC 5321 §3.3).</translation>
    </message>
    <message>
        <source>Wait for the server&apos;s reply.</source>
        <translation>Poczekaj na odpowiedź serwera.</translation>
    </message>
    <message>
        <source>Wait for the server&apos;s greeting.</source>
        <translation>Poczekaj na powitanie serwera.</translation>
    </message>
    <message>
        <source>Send the message, then a line with a single dot to end it.</source>
        <translation>Wyślij wiadomość, a potem wiersz z samą kropką, który ją kończy.</translation>
    </message>
    <message>
        <source>Answer the server&apos;s challenge (base64), or send &quot;*&quot; to cancel.</source>
        <translation>Odpowiedz na wyzwanie serwera (base64) albo wyślij „*”, żeby przerwać.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Greeted</source>
        <translation>Przywitano</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Zalogowano</translation>
    </message>
    <message>
        <source>In a transaction</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Recipients given</source>
        <translation>Podano adresatów</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Wysłano dane</translation>
    </message>
    <message>
        <source>No connection: connect to a server to begin.</source>
        <translation>Brak połączenia: połącz się z serwerem, żeby zacząć.</translation>
    </message>
    <message>
        <source>The connection is open; the server greets first with 220, then the client introduces itself with EHLO (or HELO).</source>
        <translation>Połączenie jest otwarte; najpierw serwer wita się kodem 220, potem klient przedstawia się poleceniem EHLO (albo HELO).</translation>
    </message>
    <message>
        <source>EHLO or HELO was accepted: the server has listed its extensions and a mail transaction may begin.</source>
        <translation>Przyjęto EHLO albo HELO: serwer wymienił swoje rozszerzenia i można zacząć transakcję pocztową.</translation>
    </message>
    <message>
        <source>The connection is encrypted. After STARTTLS the client forgets what it learnt and sends EHLO again (RFC 3207 §4.2).</source>
        <translation>Połączenie jest szyfrowane. Po STARTTLS klient zapomina, czego się dowiedział, i ponownie wysyła EHLO (RFC 3207 §4.2).</translation>
    </message>
    <message>
        <source>AUTH succeeded (235): the server knows who is sending.</source>
        <translation>AUTH się powiodło (235): serwer wie, kto wysyła.</translation>
    </message>
    <message>
        <source>MAIL FROM was accepted: a mail transaction is open; recipients come next.</source>
        <translation>Przyjęto MAIL FROM: transakcja pocztowa jest otwarta; teraz adresaci.</translation>
    </message>
    <message>
        <source>At least one RCPT TO was accepted: DATA may follow. Accepting a recipient is not delivery yet.</source>
        <translation>Przyjęto co najmniej jedno RCPT TO: może nastąpić DATA. Przyjęcie adresata to jeszcze nie doręczenie.</translation>
    </message>
    <message>
        <source>DATA was answered 354: the message follows, ended by a line with a single dot; the reply to the dot decides.</source>
        <translation>Na DATA serwer odpowiedział 354: teraz wiadomość, zakończona wierszem z samą kropką; rozstrzyga odpowiedź na kropkę.</translation>
    </message>
</context>
<context>
    <name>postel::ProviderTokenSource</name>
    <message>
        <source>There is no refresh token: sign in again.</source>
        <translation>Brak tokenu odświeżania: zaloguj się ponownie.</translation>
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
    <message>
        <source>These are the answers to RCPT TO. Whether the message reached the accepted recipients is unknown: the server did not confirm the end of the message.</source>
        <translation>To są odpowiedzi na RCPT TO. Nie wiadomo, czy wiadomość dotarła do przyjętych odbiorców: serwer nie potwierdził jej końca.</translation>
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
    <message>
        <source>The server sent reply code %1; SMTP replies are 2xx to 5xx.</source>
        <translation>Serwer przysłał kod odpowiedzi %1; odpowiedzi SMTP mają kody od 2xx do 5xx.</translation>
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
    <message>
        <source>Unsupported AUTH mechanism: %1 (supported: %2)</source>
        <translation>Nieobsługiwana metoda AUTH: %1 (obsługiwane: %2)</translation>
    </message>
    <message>
        <source>Unknown certificate: %1 (certificates: none, untrusted, other-name, expired)</source>
        <translation>Nieznany certyfikat: %1 (certyfikaty: none, untrusted, other-name, expired)</translation>
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not make a certificate.</source>
        <translation>OpenSSL nie zdołał utworzyć certyfikatu.</translation>
    </message>
    <message>
        <source>The openssl command could not be run: %1</source>
        <translation>Nie udało się uruchomić polecenia openssl: %1</translation>
    </message>
    <message>
        <source>Running openssl to make a certificate failed: %1</source>
        <translation>Nie udało się utworzyć certyfikatu poleceniem openssl: %1</translation>
    </message>
    <message>
        <source>Postel was built without libcrypto, which makes the certificates with a flaw.</source>
        <translation>Postel został zbudowany bez libcrypto, a to ona tworzy certyfikaty z wadą.</translation>
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
    <name>postel::SandboxFaultPicker</name>
    <message>
        <source>None: the sandbox accepts mail</source>
        <translation>Żadnej: piaskownica przyjmuje pocztę</translation>
    </message>
    <message>
        <source>%1 To meet it: %2.</source>
        <translation>%1 Jak na nią trafić: %2.</translation>
    </message>
    <message>
        <source>Fa&amp;ke a fault:</source>
        <translation>Odegra&amp;j awarię:</translation>
    </message>
</context>
<context>
    <name>postel::SandboxHost</name>
    <message>
        <source>Port %1 is taken (%2); the built-in sandbox listens on port %3 for now.</source>
        <translation>Port %1 jest zajęty (%2); wbudowana piaskownica nasłuchuje na razie na porcie %3.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not listen on port %1: %2</source>
        <translation>Wbudowana piaskownica nie może nasłuchiwać na porcie %1: %2</translation>
    </message>
    <message>
        <source>The built-in sandbox runs without STARTTLS, so the Sandbox profile cannot send through it. Its certificate could not be made: %1</source>
        <translation>Wbudowana piaskownica działa bez STARTTLS, więc profil Piaskownica nie może przez nią wysyłać. Nie udało się utworzyć jej certyfikatu: %1</translation>
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
    <message>
        <source>The sandbox refuses connections on %1:%2 (the fault it plays).</source>
        <translation>Piaskownica odrzuca połączenia na %1:%2 (to odgrywana awaria).</translation>
    </message>
    <message>
        <source>Message as received</source>
        <translation>Wiadomość w postaci odebranej</translation>
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
    <name>postel::SandboxScenario</name>
    <message>
        <source>no encryption</source>
        <translation>bez szyfrowania</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS od pierwszego bajtu</translation>
    </message>
    <message>
        <source>log in (any name and password)</source>
        <translation>zaloguj się (dowolna nazwa i hasło)</translation>
    </message>
    <message>
        <source>log in with %1 (any name and password)</source>
        <translation>zaloguj się metodą %1 (dowolna nazwa i hasło)</translation>
    </message>
    <message>
        <source>send a message to a non-ASCII address</source>
        <translation>wyślij wiadomość na adres ze znakami spoza ASCII</translation>
    </message>
    <message>
        <source>send a message</source>
        <translation>wyślij wiadomość</translation>
    </message>
    <message>
        <source>test the connection</source>
        <translation>sprawdź połączenie</translation>
    </message>
    <message>
        <source>then diagnose</source>
        <translation>potem uruchom diagnozę</translation>
    </message>
    <message>
        <source>Postel&apos;s own check of the message before sending: the message causes it, not the server.</source>
        <translation>To własne sprawdzenie wiadomości przez Postela przed wysłaniem: powoduje je wiadomość, nie serwer.</translation>
    </message>
    <message>
        <source>A connection times out when its packets are lost on the way (a firewall that drops them): a server that listens answers at once, and one that does not listen refuses (connection-refused).</source>
        <translation>Połączenie przekracza czas, gdy jego pakiety giną po drodze (odrzuca je zapora): serwer, który nasłuchuje, odpowiada od razu, a taki, który nie nasłuchuje, odmawia połączenia (connection-refused).</translation>
    </message>
    <message>
        <source>The name is looked up before any server is reached, and the sandbox is reached as localhost or 127.0.0.1, which are always found. Misspell the server name to see it.</source>
        <translation>Nazwa jest wyszukiwana, zanim klient dotrze do jakiegokolwiek serwera, a piaskownica ma adres localhost lub 127.0.0.1, które zawsze się znajdują. Żeby to zobaczyć, wpisz błędną nazwę serwera.</translation>
    </message>
    <message>
        <source>Postel&apos;s own check of the message before sending: the sandbox can leave 8BITMIME out of its EHLO reply (&quot;extensions&quot; in its settings), but the message decides whether it has 8-bit bytes.</source>
        <translation>To własne sprawdzenie wiadomości przez Postela przed wysłaniem: piaskownica może pominąć 8BITMIME w odpowiedzi na EHLO („extensions” w jej ustawieniach), ale to od wiadomości zależy, czy ma 8-bitowe bajty.</translation>
    </message>
    <message>
        <source>The sandbox always keeps to the rules of SMTP; a server that breaks them is played by the tests&apos; scripted peer (malformed-ehlo.script).</source>
        <translation>Piaskownica zawsze trzyma się reguł SMTP; serwer, który je łamie, odgrywa w testach skryptowany rozmówca (malformed-ehlo.script).</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Połączenie odrzucone</translation>
    </message>
    <message>
        <source>The sandbox closes its listening socket: a connection to its port is refused, as when no server runs there.</source>
        <translation>Piaskownica zamyka gniazdo nasłuchujące: połączenie z jej portem jest odrzucane, jak wtedy, gdy nie działa tam żaden serwer.</translation>
    </message>
    <message>
        <source>No greeting</source>
        <translation>Brak powitania</translation>
    </message>
    <message>
        <source>The sandbox accepts the connection and says nothing for ten minutes.</source>
        <translation>Piaskownica przyjmuje połączenie i przez dziesięć minut nic nie mówi.</translation>
    </message>
    <message>
        <source>Service refused (Spamhaus)</source>
        <translation>Odmowa obsługi (Spamhaus)</translation>
    </message>
    <message>
        <source>Instead of the greeting: 554 5.7.1, the client&apos;s address is on the Spamhaus blocklist (Postfix postscreen&apos;s words).</source>
        <translation>Zamiast powitania: 554 5.7.1, adres klienta jest na czarnej liście Spamhaus (słowami postscreen z Postfiksa).</translation>
    </message>
    <message>
        <source>Server busy (Gmail)</source>
        <translation>Serwer zajęty (Gmail)</translation>
    </message>
    <message>
        <source>EHLO gets Gmail&apos;s 421-4.7.0 &quot;Try again later, closing connection.&quot; and the connection is closed.</source>
        <translation>Na EHLO przychodzi odpowiedź Gmaila 421-4.7.0 „Try again later, closing connection.” i połączenie jest zamykane.</translation>
    </message>
    <message>
        <source>Server disconnects</source>
        <translation>Serwer się rozłącza</translation>
    </message>
    <message>
        <source>The sandbox greets, then closes the connection without a word when EHLO comes.</source>
        <translation>Piaskownica wita się, a gdy przychodzi EHLO, bez słowa zamyka połączenie.</translation>
    </message>
    <message>
        <source>Lost after the final dot</source>
        <translation>Zerwane po końcowej kropce</translation>
    </message>
    <message>
        <source>The sandbox reads the whole message and closes the connection before it answers the final dot: the message is not kept.</source>
        <translation>Piaskownica odczytuje całą wiadomość i zamyka połączenie, zanim odpowie na końcową kropkę: wiadomość nie zostaje zachowana.</translation>
    </message>
    <message>
        <source>Port expects TLS from the first byte</source>
        <translation>Port oczekuje TLS od pierwszego bajtu</translation>
    </message>
    <message>
        <source>The sandbox&apos;s port expects TLS from the first byte, like port 465; a client that waits for a greeting in plain text gets none.</source>
        <translation>Port piaskownicy oczekuje TLS od pierwszego bajtu, jak port 465; klient, który czeka na powitanie otwartym tekstem, go nie dostaje.</translation>
    </message>
    <message>
        <source>Port speaks plain text</source>
        <translation>Port mówi otwartym tekstem</translation>
    </message>
    <message>
        <source>The sandbox&apos;s port greets in plain text and offers STARTTLS, like port 587; a client that starts with TLS gets a greeting instead of a handshake.</source>
        <translation>Port piaskownicy wita otwartym tekstem i oferuje STARTTLS, jak port 587; klient, który zaczyna od TLS, dostaje powitanie zamiast uzgadniania TLS.</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>Brak STARTTLS</translation>
    </message>
    <message>
        <source>The EHLO reply has no STARTTLS.</source>
        <translation>Odpowiedź na EHLO nie zawiera STARTTLS.</translation>
    </message>
    <message>
        <source>STARTTLS refused (Postfix)</source>
        <translation>STARTTLS odrzucone (Postfix)</translation>
    </message>
    <message>
        <source>STARTTLS gets Postfix&apos;s 454 4.7.0 &quot;TLS not available due to local problem&quot;.</source>
        <translation>Na STARTTLS przychodzi odpowiedź Postfiksa 454 4.7.0 „TLS not available due to local problem”.</translation>
    </message>
    <message>
        <source>Only an old TLS version</source>
        <translation>Tylko stara wersja TLS</translation>
    </message>
    <message>
        <source>The sandbox speaks only TLS 1.0, as old servers do; clients today need TLS 1.2 or later.</source>
        <translation>Piaskownica mówi tylko TLS 1.0, jak stare serwery; dzisiejsze klienty wymagają TLS 1.2 lub nowszego.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Niezaufany certyfikat</translation>
    </message>
    <message>
        <source>The sandbox shows a self-signed certificate of its own instead of the one the Sandbox profile trusts.</source>
        <translation>Piaskownica pokazuje własny certyfikat z podpisem własnym zamiast tego, któremu ufa profil Piaskownica.</translation>
    </message>
    <message>
        <source>Certificate for another name</source>
        <translation>Certyfikat na inną nazwę</translation>
    </message>
    <message>
        <source>The sandbox shows a certificate issued by its own authority for mail.example.net and smtp.example.net, not for localhost.</source>
        <translation>Piaskownica pokazuje certyfikat wystawiony przez jej własny urząd certyfikacji dla mail.example.net i smtp.example.net, a nie dla localhost.</translation>
    </message>
    <message>
        <source>Expired certificate</source>
        <translation>Wygasły certyfikat</translation>
    </message>
    <message>
        <source>The sandbox shows a certificate issued by its own authority for localhost that expired on 1 January 2021.</source>
        <translation>Piaskownica pokazuje certyfikat wystawiony przez jej własny urząd certyfikacji dla localhost, który wygasł 1 stycznia 2021.</translation>
    </message>
    <message>
        <source>Encryption required (Gmail)</source>
        <translation>Wymagane szyfrowanie (Gmail)</translation>
    </message>
    <message>
        <source>Without STARTTLS, MAIL FROM gets Gmail&apos;s 530 5.7.0 &quot;Must issue a STARTTLS command first.&quot;</source>
        <translation>Bez STARTTLS na MAIL FROM przychodzi odpowiedź Gmaila 530 5.7.0 „Must issue a STARTTLS command first.”</translation>
    </message>
    <message>
        <source>Login required (Gmail)</source>
        <translation>Wymagane logowanie (Gmail)</translation>
    </message>
    <message>
        <source>MAIL FROM gets Gmail&apos;s 530-5.7.0 &quot;Authentication Required.&quot;</source>
        <translation>Na MAIL FROM przychodzi odpowiedź Gmaila 530-5.7.0 „Authentication Required.”</translation>
    </message>
    <message>
        <source>Login not offered</source>
        <translation>Brak logowania</translation>
    </message>
    <message>
        <source>The EHLO reply has no AUTH: the server takes no login.</source>
        <translation>Odpowiedź na EHLO nie zawiera AUTH: serwer nie przyjmuje logowania.</translation>
    </message>
    <message>
        <source>Login method not offered</source>
        <translation>Metoda logowania nieoferowana</translation>
    </message>
    <message>
        <source>AUTH offers only LOGIN and PLAIN, as Gmail and Microsoft 365 do; log in with CRAM-MD5 to meet it.</source>
        <translation>AUTH oferuje tylko LOGIN i PLAIN, jak Gmail i Microsoft 365; żeby na to trafić, zaloguj się metodą CRAM-MD5.</translation>
    </message>
    <message>
        <source>Wrong password (Gmail)</source>
        <translation>Złe hasło (Gmail)</translation>
    </message>
    <message>
        <source>AUTH gets Gmail&apos;s 535-5.7.8 &quot;Username and Password not accepted.&quot; whatever the password.</source>
        <translation>Na AUTH przychodzi odpowiedź Gmaila 535-5.7.8 „Username and Password not accepted.”, jakiekolwiek byłoby hasło.</translation>
    </message>
    <message>
        <source>App password required (Gmail)</source>
        <translation>Wymagane hasło aplikacji (Gmail)</translation>
    </message>
    <message>
        <source>AUTH gets Gmail&apos;s 534-5.7.9 &quot;Application-specific password required.&quot;</source>
        <translation>Na AUTH przychodzi odpowiedź Gmaila 534-5.7.9 „Application-specific password required.”</translation>
    </message>
    <message>
        <source>Login switched off (Microsoft 365)</source>
        <translation>Logowanie wyłączone (Microsoft 365)</translation>
    </message>
    <message>
        <source>AUTH gets Microsoft 365&apos;s 535 5.7.139 &quot;SmtpClientAuthentication is disabled for the Tenant.&quot;</source>
        <translation>Na AUTH przychodzi odpowiedź Microsoft 365 535 5.7.139 „SmtpClientAuthentication is disabled for the Tenant.”</translation>
    </message>
    <message>
        <source>Login method too weak</source>
        <translation>Za słaba metoda logowania</translation>
    </message>
    <message>
        <source>AUTH gets RFC 4954&apos;s 534 5.7.9 &quot;Authentication mechanism is too weak&quot;.</source>
        <translation>Na AUTH przychodzi odpowiedź z RFC 4954: 534 5.7.9 „Authentication mechanism is too weak”.</translation>
    </message>
    <message>
        <source>Login fails for now (Gmail)</source>
        <translation>Logowanie chwilowo niemożliwe (Gmail)</translation>
    </message>
    <message>
        <source>AUTH gets Gmail&apos;s 454 4.7.0 &quot;Too many login attempts, please try again later.&quot;</source>
        <translation>Na AUTH przychodzi odpowiedź Gmaila 454 4.7.0 „Too many login attempts, please try again later.”</translation>
    </message>
    <message>
        <source>Sender refused (Microsoft 365)</source>
        <translation>Nadawca odrzucony (Microsoft 365)</translation>
    </message>
    <message>
        <source>MAIL FROM gets Microsoft 365&apos;s 550 5.1.8 &quot;Access denied, bad outbound sender&quot;.</source>
        <translation>Na MAIL FROM przychodzi odpowiedź Microsoft 365 550 5.1.8 „Access denied, bad outbound sender”.</translation>
    </message>
    <message>
        <source>Not allowed to send as this sender (Microsoft 365)</source>
        <translation>Brak prawa wysyłania jako ten nadawca (Microsoft 365)</translation>
    </message>
    <message>
        <source>The final dot gets Microsoft 365&apos;s 550 5.7.60 &quot;Client does not have permissions to send as this sender&quot;.</source>
        <translation>Na końcową kropkę przychodzi odpowiedź Microsoft 365 550 5.7.60 „Client does not have permissions to send as this sender”.</translation>
    </message>
    <message>
        <source>Sender fails SPF and DKIM (Gmail)</source>
        <translation>Nadawca nie przechodzi SPF i DKIM (Gmail)</translation>
    </message>
    <message>
        <source>The final dot gets Gmail&apos;s 550-5.7.26 &quot;This mail has been blocked because the sender is unauthenticated.&quot;</source>
        <translation>Na końcową kropkę przychodzi odpowiedź Gmaila 550-5.7.26 „This mail has been blocked because the sender is unauthenticated.”</translation>
    </message>
    <message>
        <source>Recipient unknown (Gmail)</source>
        <translation>Nieznany adresat (Gmail)</translation>
    </message>
    <message>
        <source>RCPT TO gets Gmail&apos;s 550-5.1.1 &quot;The email account that you tried to reach does not exist.&quot;</source>
        <translation>Na RCPT TO przychodzi odpowiedź Gmaila 550-5.1.1 „The email account that you tried to reach does not exist.”</translation>
    </message>
    <message>
        <source>Recipient refused by policy (Gmail)</source>
        <translation>Adresat odrzucony przez zasady (Gmail)</translation>
    </message>
    <message>
        <source>RCPT TO gets Gmail&apos;s 550-5.7.1 &quot;The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.&quot;</source>
        <translation>Na RCPT TO przychodzi odpowiedź Gmaila 550-5.7.1 „The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.”</translation>
    </message>
    <message>
        <source>Relaying denied (Microsoft 365)</source>
        <translation>Przekazywanie zabronione (Microsoft 365)</translation>
    </message>
    <message>
        <source>RCPT TO gets Microsoft 365&apos;s 550 5.7.54 &quot;Unable to relay recipient in non-accepted domain&quot;.</source>
        <translation>Na RCPT TO przychodzi odpowiedź Microsoft 365 550 5.7.54 „Unable to relay recipient in non-accepted domain”.</translation>
    </message>
    <message>
        <source>Mailbox full (Gmail)</source>
        <translation>Pełna skrzynka (Gmail)</translation>
    </message>
    <message>
        <source>RCPT TO gets Gmail&apos;s 452-4.2.2 &quot;The recipient&apos;s inbox is out of storage space.&quot;</source>
        <translation>Na RCPT TO przychodzi odpowiedź Gmaila 452-4.2.2 „The recipient&apos;s inbox is out of storage space.”</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>Szara lista</translation>
    </message>
    <message>
        <source>RCPT TO gets milter-greylist&apos;s 451 4.7.1 &quot;Greylisting in action, please come back in 00:05:00&quot;.</source>
        <translation>Na RCPT TO przychodzi odpowiedź milter-greylist 451 4.7.1 „Greylisting in action, please come back in 00:05:00”.</translation>
    </message>
    <message>
        <source>Sending limit reached (Gmail)</source>
        <translation>Osiągnięty limit wysyłania (Gmail)</translation>
    </message>
    <message>
        <source>MAIL FROM gets Gmail&apos;s 550-5.4.5 &quot;Daily user sending limit exceeded.&quot;</source>
        <translation>Na MAIL FROM przychodzi odpowiedź Gmaila 550-5.4.5 „Daily user sending limit exceeded.”</translation>
    </message>
    <message>
        <source>Message too large (Gmail)</source>
        <translation>Za duża wiadomość (Gmail)</translation>
    </message>
    <message>
        <source>The final dot gets Gmail&apos;s 552-5.2.3 &quot;Your message exceeded Google&apos;s message size limits.&quot;</source>
        <translation>Na końcową kropkę przychodzi odpowiedź Gmaila 552-5.2.3 „Your message exceeded Google&apos;s message size limits.”</translation>
    </message>
    <message>
        <source>Message refused as spam (Gmail)</source>
        <translation>Wiadomość odrzucona jako spam (Gmail)</translation>
    </message>
    <message>
        <source>The final dot gets Gmail&apos;s 550-5.7.1 &quot;Our system has detected that this message is likely unsolicited mail.&quot;</source>
        <translation>Na końcową kropkę przychodzi odpowiedź Gmaila 550-5.7.1 „Our system has detected that this message is likely unsolicited mail.”</translation>
    </message>
    <message>
        <source>No SMTPUTF8</source>
        <translation>Brak SMTPUTF8</translation>
    </message>
    <message>
        <source>The EHLO reply has no SMTPUTF8; send to an address with a non-ASCII name (such as zoë@example.net) to meet it.</source>
        <translation>Odpowiedź na EHLO nie zawiera SMTPUTF8; żeby na to trafić, wyślij na adres ze znakami spoza ASCII (np. zoë@example.net).</translation>
    </message>
    <message>
        <source>Login offered without encryption</source>
        <translation>Logowanie bez szyfrowania</translation>
    </message>
    <message>
        <source>The EHLO reply has no STARTTLS and offers only AUTH PLAIN and LOGIN: a login would send the password in clear text.</source>
        <translation>Odpowiedź na EHLO nie zawiera STARTTLS i oferuje tylko AUTH PLAIN i LOGIN: logowanie wysłałoby hasło otwartym tekstem.</translation>
    </message>
    <message>
        <source>EHLO name refused (Exim)</source>
        <translation>Nazwa w EHLO odrzucona (Exim)</translation>
    </message>
    <message>
        <source>EHLO and HELO get Exim&apos;s 501 &quot;Syntactically invalid EHLO argument(s)&quot;.</source>
        <translation>Na EHLO i HELO przychodzi odpowiedź Exima 501 „Syntactically invalid EHLO argument(s)”.</translation>
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
    <message>
        <source>The server asks for %L1 SCRAM iterations; Postel refuses more than %L2, because a server can keep the client busy for minutes this way.</source>
        <translation>Serwer żąda %L1 iteracji SCRAM; Postel odmawia, gdy jest ich więcej niż %L2, bo w ten sposób serwer może zająć klienta na długie minuty.</translation>
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
    <message>
        <source>This profile signs in with OAuth 2.0, and Postel holds no token for it: open the server profiles and sign in.</source>
        <translation>Ten profil loguje się przez OAuth 2.0, a Postel nie ma dla niego tokenu: otwórz profile serwerów i zaloguj się.</translation>
    </message>
    <message>
        <source>Logging in as %1</source>
        <translation>Logowanie jako %1</translation>
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
    <message>
        <source>Line %1 of the message contains a NUL byte, which SMTP cannot carry without BINARYMIME: nothing was sent.</source>
        <translation>Wiersz %1 wiadomości zawiera bajt NUL, którego SMTP nie przeniesie bez BINARYMIME: niczego nie wysłano.</translation>
    </message>
    <message>
        <source>Line %1 of the message is %2 octets long; SMTP allows 998 without BINARYMIME: nothing was sent.</source>
        <translation>Wiersz %1 wiadomości ma %2 oktetów, a bez BINARYMIME SMTP dopuszcza 998: niczego nie wysłano.</translation>
    </message>
    <message>
        <source>Line %1 of the message contains 8-bit bytes, and the server does not offer 8BITMIME: nothing was sent.</source>
        <translation>Wiersz %1 wiadomości zawiera bajty 8-bitowe, a serwer nie oferuje 8BITMIME: niczego nie wysłano.</translation>
    </message>
</context>
<context>
    <name>postel::SendOutcomePresenter</name>
    <message>
        <source>Sending: %1</source>
        <translation>Wysyłanie: %1</translation>
    </message>
    <message>
        <source>Testing connection: %1</source>
        <translation>Test połączenia: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
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
        <source>Outcome unknown: the message may have been delivered. It is kept.</source>
        <translation>Wynik nieznany: wiadomość mogła zostać doręczona. Została zachowana.</translation>
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
    <message>
        <source>Extensions</source>
        <translation>Rozszerzenia</translation>
    </message>
    <message>
        <source>Before STARTTLS</source>
        <translation>Przed STARTTLS</translation>
    </message>
    <message>
        <source>After STARTTLS</source>
        <translation>Po STARTTLS</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nieoferowane</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>oferowane</translation>
    </message>
    <message>
        <source>certificate refused: %1</source>
        <translation>certyfikat odrzucony: %1</translation>
    </message>
    <message>
        <source>not verified by a CA — trusted by you for this profile (SHA-256 %1)</source>
        <translation>niepotwierdzony przez urząd certyfikacji — ufasz mu w tym profilu (SHA-256 %1)</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Szczegóły certyfikatu</translation>
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
    <name>postel::ServerWords</name>
    <message>
        <source>“%1”</source>
        <comment>quotation marks around the server&apos;s own words</comment>
        <translation>„%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzinę</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutę</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekundę</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>powitanie</translation>
    </message>
    <message>
        <source>the end of the message</source>
        <translation>koniec wiadomości</translation>
    </message>
    <message>
        <source>the message (BDAT)</source>
        <translation>wiadomość (BDAT)</translation>
    </message>
</context>
<context>
    <name>postel::SessionExplainer</name>
    <message>
        <source>A chunk of the message: exactly as many bytes as BDAT announced, with no dot at the end (RFC 3030 §2).</source>
        <translation>Kawałek wiadomości: dokładnie tyle bajtów, ile zapowiedziało BDAT, bez kropki na końcu (RFC 3030 §2).</translation>
    </message>
    <message>
        <source>The message itself: the headers, an empty line and the body, ended by a line holding a single dot (RFC 5321 §4.1.1.4). Postel records its size, not its content.</source>
        <translation>Sama wiadomość: nagłówki, pusty wiersz i treść, zakończone wierszem z samą kropką (RFC 5321 §4.1.1.4). Postel zapisuje jej rozmiar, nie zawartość.</translation>
    </message>
    <message>
        <source>TLS is on: from here on everything is encrypted, and both sides forget what they knew about each other (RFC 3207 §4.2).</source>
        <translation>TLS działa: od tej chwili wszystko jest szyfrowane, a obie strony zapominają, co o sobie wiedziały (RFC 3207 §4.2).</translation>
    </message>
    <message>
        <source>The client&apos;s answer to the server&apos;s challenge. It carries the credentials, so Postel masks it and never decodes it (RFC 4954 §4).</source>
        <translation>Odpowiedź klienta na wyzwanie serwera. Zawiera dane logowania, więc Postel ją maskuje i nigdy jej nie dekoduje (RFC 4954 §4).</translation>
    </message>
    <message>
        <source>The rest of the line is the initial response, which carries the credentials: Postel masks it (RFC 4954 §4).</source>
        <translation>Reszta wiersza to odpowiedź początkowa, która zawiera dane logowania: Postel ją maskuje (RFC 4954 §4).</translation>
    </message>
    <message>
        <source>A command Postel does not know; the server&apos;s reply says whether the server does.</source>
        <translation>Polecenie, którego Postel nie zna; odpowiedź serwera pokaże, czy serwer je zna.</translation>
    </message>
    <message>
        <source>EHLO again: after STARTTLS the session starts over. Both sides forget what they learnt before TLS, and the client asks for the extensions anew, this time over the encrypted connection (RFC 3207 §4.2).</source>
        <translation>Znów EHLO: po STARTTLS sesja zaczyna się od nowa. Obie strony zapominają, czego dowiedziały się przed TLS, a klient ponownie pyta o rozszerzenia, tym razem przez szyfrowane połączenie (RFC 3207 §4.2).</translation>
    </message>
    <message>
        <source>A 554 greeting: this server refuses the session; the client may only say QUIT (RFC 5321 §3.1).</source>
        <translation>Powitanie 554: ten serwer odmawia sesji; klient może już tylko wysłać QUIT (RFC 5321 §3.1).</translation>
    </message>
    <message>
        <source>The greeting: the first reply of every session, sent before the client says anything (RFC 5321 §3.1).</source>
        <translation>Powitanie: pierwsza odpowiedź w każdej sesji, wysyłana, zanim klient cokolwiek powie (RFC 5321 §3.1).</translation>
    </message>
    <message>
        <source>A reply to no command: the server spoke without being asked.</source>
        <translation>Odpowiedź bez polecenia: serwer odezwał się niepytany.</translation>
    </message>
    <message>
        <source>The TLS handshake starts right after this reply. Then the session starts over: the client has to send EHLO again (RFC 3207 §4.2).</source>
        <translation>Negocjacja TLS zaczyna się zaraz po tej odpowiedzi. Potem sesja zaczyna się od nowa: klient musi ponownie wysłać EHLO (RFC 3207 §4.2).</translation>
    </message>
    <message>
        <source>Only this recipient is refused: the message can still go to the recipients that were accepted (RFC 5321 §3.3).</source>
        <translation>Odrzucony jest tylko ten odbiorca: wiadomość może nadal trafić do odbiorców, których przyjęto (RFC 5321 §3.3).</translation>
    </message>
    <message>
        <source>In LMTP the server answers the final dot once for each accepted recipient, in the order of the RCPT commands; this answer is for recipient %1 (RFC 2033 §4.2).</source>
        <translation>W LMTP serwer odpowiada na kończącą kropkę raz dla każdego przyjętego odbiorcy, w kolejności poleceń RCPT; ta odpowiedź dotyczy odbiorcy nr %1 (RFC 2033 §4.2).</translation>
    </message>
    <message>
        <source>Accepted: the server is now responsible for delivering the message, or for sending a bounce if it cannot (RFC 5321 §6.1).</source>
        <translation>Przyjęto: serwer odpowiada teraz za doręczenie wiadomości albo, jeśli to się nie uda, za wysłanie zwrotki (RFC 5321 §6.1).</translation>
    </message>
    <message>
        <source>The server closes the connection after this reply; a message not yet accepted is not sent (RFC 5321 §3.8).</source>
        <translation>Po tej odpowiedzi serwer zamyka połączenie; wiadomość, której jeszcze nie przyjęto, nie zostaje wysłana (RFC 5321 §3.8).</translation>
    </message>
    <message>
        <source>%1 %2 — after %3: %4 (%5)</source>
        <translation>%1 %2 — po %3: %4 (%5)</translation>
    </message>
    <message>
        <source>%1: an extension Postel does not know.</source>
        <translation>%1: rozszerzenie, którego Postel nie zna.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>AUTH appears only now, over TLS: this server does not offer a login on an unencrypted connection, so that passwords never travel in clear text (RFC 4954 §4, RFC 3207 §4.2).</source>
        <translation>AUTH pojawia się dopiero teraz, po włączeniu TLS: ten serwer nie oferuje logowania w nieszyfrowanym połączeniu, żeby hasła nigdy nie szły otwartym tekstem (RFC 4954 §4, RFC 3207 §4.2).</translation>
    </message>
    <message>
        <source>STARTTLS is no longer offered: the connection is already encrypted (RFC 3207 §4.2).</source>
        <translation>STARTTLS nie jest już oferowane: połączenie jest już szyfrowane (RFC 3207 §4.2).</translation>
    </message>
    <message>
        <source>An empty challenge: the server waits for the client&apos;s credentials (with PLAIN, the user name and the password in one base64 answer) (RFC 4954 §4).</source>
        <translation>Puste wyzwanie: serwer czeka na dane logowania klienta (przy PLAIN nazwę użytkownika i hasło w jednej odpowiedzi w base64) (RFC 4954 §4).</translation>
    </message>
    <message>
        <source>The challenge is not valid base64, which the client cannot answer (RFC 4954 §4).</source>
        <translation>Wyzwanie nie jest poprawnym base64, więc klient nie może na nie odpowiedzieć (RFC 4954 §4).</translation>
    </message>
    <message>
        <source>The challenge is binary data, not text; the mechanism&apos;s own rules say how to answer it.</source>
        <translation>Wyzwanie to dane binarne, nie tekst; jak na nie odpowiedzieć, określają zasady samego mechanizmu.</translation>
    </message>
    <message>
        <source>The server&apos;s challenge, decoded from base64: “%1”. The client&apos;s answer is masked in the transcript (RFC 4954 §4).</source>
        <translation>Wyzwanie serwera po zdekodowaniu z base64: „%1”. Odpowiedź klienta jest w dzienniku sesji zamaskowana (RFC 4954 §4).</translation>
    </message>
    <message>
        <source>In SCRAM this is the server&apos;s first message: the nonce (r=), the salt (s=) and the iteration count (i=) from which the client computes its proof (RFC 5802 §5).</source>
        <translation>W SCRAM to pierwsza wiadomość serwera: liczba jednorazowa (r=), sól (s=) i liczba iteracji (i=), z których klient oblicza swój dowód (RFC 5802 §5).</translation>
    </message>
    <message>
        <source>In SCRAM this is the server&apos;s final message: its signature (v=), which proves that the server knows the password too (RFC 5802 §5).</source>
        <translation>W SCRAM to ostatnia wiadomość serwera: jego podpis (v=), który dowodzi, że serwer także zna hasło (RFC 5802 §5).</translation>
    </message>
    <message>
        <source>The client answers with the user name and an HMAC-MD5 of this challenge keyed with the password, so the password itself is never sent (RFC 2195 §2).</source>
        <translation>Klient odpowiada nazwą użytkownika i skrótem HMAC-MD5 tego wyzwania z hasłem jako kluczem, więc samo hasło nigdy nie jest wysyłane (RFC 2195 §2).</translation>
    </message>
    <message>
        <source>the final dot</source>
        <translation>kończącej kropce</translation>
    </message>
    <message>
        <source>Accepted is not delivered: the recipient is only noted for this message. Nothing is delivered until the message itself has been sent and accepted (after DATA, or after the last BDAT chunk) (RFC 5321 §3.3).</source>
        <translation>Przyjęty to nie to samo co doręczony: odbiorca został tylko zapisany dla tej wiadomości. Nic nie zostanie doręczone, dopóki sama wiadomość nie zostanie wysłana i przyjęta (po DATA albo po ostatnim kawałku BDAT) (RFC 5321 §3.3).</translation>
    </message>
</context>
<context>
    <name>postel::SettingsFinder</name>
    <message>
        <source>plain text</source>
        <translation>bez szyfrowania</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS od pierwszego bajtu</translation>
    </message>
    <message>
        <source>Trying %1 port %2 with %3…</source>
        <translation>Próba: %1, port %2, %3…</translation>
    </message>
    <message>
        <source>%1 port %2 with %3</source>
        <translation>%1, port %2, %3</translation>
    </message>
    <message>
        <source>%1: does not work — %2</source>
        <translation>%1: nie działa — %2</translation>
    </message>
    <message>
        <source>greeting %1</source>
        <translation>powitanie %1</translation>
    </message>
    <message>
        <source>%1, certificate verified</source>
        <translation>%1, certyfikat zweryfikowany</translation>
    </message>
    <message>
        <source>%1, certificate not verified</source>
        <translation>%1, certyfikat niezweryfikowany</translation>
    </message>
    <message>
        <source>AUTH %1</source>
        <translation>AUTH %1</translation>
    </message>
    <message>
        <source>logged in as %1 with %2</source>
        <translation>zalogowano jako %1 przez %2</translation>
    </message>
    <message>
        <source>%1: works — %2</source>
        <translation>%1: działa — %2</translation>
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
    <message>
        <source>The server closed the connection (421).</source>
        <translation>Serwer zamknął połączenie (421).</translation>
    </message>
    <message>
        <source>The server sent a reply that no command was waiting for; the conversation is out of step, so the connection was closed.</source>
        <translation>Serwer przysłał odpowiedź, na którą nie czekało żadne polecenie; rozmowa straciła synchronizację, więc połączenie zostało zamknięte.</translation>
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
    <name>postel::StateDiagram</name>
    <message>
        <source>Session state</source>
        <translation>Stan sesji</translation>
    </message>
    <message>
        <source>Now: the message, then a line with a single dot.</source>
        <translation>Teraz: wiadomość, a potem wiersz z samą kropką.</translation>
    </message>
    <message>
        <source>Now: the answer to the server&apos;s challenge.</source>
        <translation>Teraz: odpowiedź na wyzwanie serwera.</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>połączenie</translation>
    </message>
    <message>
        <source>Now: wait for the server.</source>
        <translation>Teraz: czekaj na serwer.</translation>
    </message>
    <message>
        <source>Allowed now: %1</source>
        <translation>Dozwolone teraz: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Stan: %1</translation>
    </message>
</context>
<context>
    <name>postel::TlsRules</name>
    <message>
        <source>A plain-text connection to the same port got no greeting either (%1).</source>
        <translation>Połączenie bez szyfrowania z tym samym portem też nie dostało powitania (%1).</translation>
    </message>
    <message>
        <source>Port %1 expects TLS from the first byte</source>
        <translation>Port %1 oczekuje TLS od pierwszego bajtu</translation>
    </message>
    <message>
        <source>Port %1 may expect TLS from the first byte</source>
        <translation>Port %1 może oczekiwać TLS od pierwszego bajtu</translation>
    </message>
    <message>
        <source>Postel connected in plain text and waited for the server&apos;s greeting, but port %1 of %2 speaks TLS at once (“implicit TLS”, usually port 465): the server waits for a TLS handshake while the client waits for a greeting, so neither says anything until the time runs out.</source>
        <translation>Postel połączył się bez szyfrowania i czekał na powitanie serwera, ale port %1 hosta %2 od razu mówi TLS („implicit TLS”, zwykle port 465): serwer czeka na negocjację TLS, a klient na powitanie, więc żaden nic nie mówi, dopóki nie minie czas.</translation>
    </message>
    <message>
        <source>Postel connected in plain text and waited for the server&apos;s greeting in vain. A port that speaks TLS at once (“implicit TLS”, usually port 465) behaves like this: the server waits for a TLS handshake while the client waits for a greeting.</source>
        <translation>Postel połączył się bez szyfrowania i na próżno czekał na powitanie serwera. Tak zachowuje się port, który od razu mówi TLS („implicit TLS”, zwykle port 465): serwer czeka na negocjację TLS, a klient na powitanie.</translation>
    </message>
    <message>
        <source>Use TLS from the first byte (often called SSL/TLS) on this port, or STARTTLS on port 587.</source>
        <translation>Użyj TLS od pierwszego bajtu (często nazywanego SSL/TLS) na tym porcie albo STARTTLS na porcie 587.</translation>
    </message>
    <message>
        <source>A TLS handshake on port %1 succeeded (%2) and the server then greeted: %3.</source>
        <translation>Negocjacja TLS na porcie %1 się udała (%2) i serwer się przywitał: %3.</translation>
    </message>
    <message>
        <source>Port %1 expects STARTTLS, not TLS from the first byte</source>
        <translation>Port %1 oczekuje STARTTLS, a nie TLS od pierwszego bajtu</translation>
    </message>
    <message>
        <source>Postel started a TLS handshake as soon as it connected, but the server on port %1 speaks plain text first, so the handshake failed (%2). Ports 587 and 25 greet in plain text and switch to TLS when the client sends STARTTLS.</source>
        <translation>Postel zaczął negocjację TLS zaraz po połączeniu, ale serwer na porcie %1 najpierw mówi bez szyfrowania, więc negocjacja się nie udała (%2). Porty 587 i 25 witają się bez szyfrowania i przechodzą na TLS, gdy klient wyśle STARTTLS.</translation>
    </message>
    <message>
        <source>Use STARTTLS on this port, or TLS from the first byte on port 465.</source>
        <translation>Użyj STARTTLS na tym porcie albo TLS od pierwszego bajtu na porcie 465.</translation>
    </message>
    <message>
        <source>A plain-text connection to port %1 got the greeting %2, and the server offers STARTTLS.</source>
        <translation>Połączenie bez szyfrowania z portem %1 dostało powitanie %2, a serwer oferuje STARTTLS.</translation>
    </message>
    <message>
        <source>A plain-text connection to port %1 got the greeting %2.</source>
        <translation>Połączenie bez szyfrowania z portem %1 dostało powitanie %2.</translation>
    </message>
    <message>
        <source>A plain-text connection to port %1 got the greeting %2, but the server does not offer STARTTLS.</source>
        <translation>Połączenie bez szyfrowania z portem %1 dostało powitanie %2, ale serwer nie oferuje STARTTLS.</translation>
    </message>
    <message>
        <source>This port offers no encryption at all: use TLS from the first byte on port 465, or ask the server&apos;s administrator to enable STARTTLS.</source>
        <translation>Ten port w ogóle nie oferuje szyfrowania: użyj TLS od pierwszego bajtu na porcie 465 albo poproś administratora serwera o włączenie STARTTLS.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Serwer nie oferuje STARTTLS</translation>
    </message>
    <message>
        <source>STARTTLS was asked for, but the server&apos;s reply to EHLO does not list it (it offers: %1). Without it the connection would stay unencrypted, so Postel stopped before sending anything.</source>
        <translation>Zażądano STARTTLS, ale odpowiedź serwera na EHLO go nie wymienia (oferuje: %1). Bez niego połączenie zostałoby nieszyfrowane, więc Postel przerwał, zanim cokolwiek wysłał.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Use TLS from the first byte on port 465 if the server has it, or ask its administrator to enable TLS. Without encryption your password and the message can be read on the way.</source>
        <translation>Użyj TLS od pierwszego bajtu na porcie 465, jeśli serwer go ma, albo poproś jego administratora o włączenie TLS. Bez szyfrowania hasło i wiadomość można przeczytać po drodze.</translation>
    </message>
    <message>
        <source>Postel and the server have no TLS version or cipher in common</source>
        <translation>Postel i serwer nie mają wspólnej wersji TLS ani szyfru</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1). The server offers only TLS versions or ciphers that this system no longer accepts as safe (anything before TLS 1.2), or it asks for something this system does not have.</source>
        <translation>Negocjacja TLS się nie udała (%1). Serwer oferuje tylko wersje TLS albo szyfry, których ten system już nie uznaje za bezpieczne (wszystko przed TLS 1.2), albo żąda czegoś, czego ten system nie ma.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to enable TLS 1.2 or 1.3; an outdated server cannot be made safe from the client&apos;s side.</source>
        <translation>Poproś administratora serwera o włączenie TLS 1.2 albo 1.3; przestarzałego serwera nie da się zabezpieczyć od strony klienta.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>bez nazwy</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1</source>
        <translation>Certyfikat serwera wygasł %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid until %1</source>
        <translation>Certyfikat serwera jest ważny dopiero od %1</translation>
    </message>
    <message numerus="yes">
        <source>The certificate the server showed (for %1) was valid until %2, %n day(s) ago. An expired certificate no longer proves who the server is.</source>
        <translation>
            <numerusform>Certyfikat pokazany przez serwer (dla %1) był ważny do %2, czyli %n dzień temu. Wygasły certyfikat nie dowodzi już, kim jest serwer.</numerusform>
            <numerusform>Certyfikat pokazany przez serwer (dla %1) był ważny do %2, czyli %n dni temu. Wygasły certyfikat nie dowodzi już, kim jest serwer.</numerusform>
            <numerusform>Certyfikat pokazany przez serwer (dla %1) był ważny do %2, czyli %n dni temu. Wygasły certyfikat nie dowodzi już, kim jest serwer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate the server showed (for %1) is valid only from %2, in %n day(s). Either it was installed too early, or this computer&apos;s clock is wrong.</source>
        <translation>
            <numerusform>Certyfikat pokazany przez serwer (dla %1) jest ważny dopiero od %2, czyli za %n dzień. Albo zainstalowano go za wcześnie, albo zegar tego komputera źle chodzi.</numerusform>
            <numerusform>Certyfikat pokazany przez serwer (dla %1) jest ważny dopiero od %2, czyli za %n dni. Albo zainstalowano go za wcześnie, albo zegar tego komputera źle chodzi.</numerusform>
            <numerusform>Certyfikat pokazany przez serwer (dla %1) jest ważny dopiero od %2, czyli za %n dni. Albo zainstalowano go za wcześnie, albo zegar tego komputera źle chodzi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator to renew the certificate. If the date looks wrong, check this computer&apos;s date and time.</source>
        <translation>Powiadom administratora serwera, żeby odnowił certyfikat. Jeśli data wygląda na błędną, sprawdź datę i godzinę na tym komputerze.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, tell the server&apos;s administrator.</source>
        <translation>Sprawdź datę i godzinę na tym komputerze; jeśli są dobre, powiadom administratora serwera.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name</source>
        <translation>Certyfikat serwera jest wystawiony na inną nazwę</translation>
    </message>
    <message>
        <source>Postel connected to %1, but the certificate the server showed names only: %2. Either the name used is an alias the certificate does not cover, or this is a different server.</source>
        <translation>Postel połączył się z %1, ale certyfikat pokazany przez serwer wymienia tylko: %2. Albo użyta nazwa jest aliasem, którego certyfikat nie obejmuje, albo to inny serwer.</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>żadnej nazwy</translation>
    </message>
    <message>
        <source>Use the server name your provider documents, which the certificate names.</source>
        <translation>Użyj nazwy serwera podanej w dokumentacji dostawcy, którą wymienia certyfikat.</translation>
    </message>
    <message>
        <source>Use the name the certificate gives, %1, if your provider documents it for this server.</source>
        <translation>Użyj nazwy z certyfikatu, %1, jeśli dostawca podaje ją dla tego serwera.</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>nienazwanego wystawcę</translation>
    </message>
    <message>
        <source>The certificate the server showed (for %1) is self-signed: it vouches for itself, and no certificate authority this system knows confirms it. Anyone between you and the server could show such a certificate.</source>
        <translation>Certyfikat pokazany przez serwer (dla %1) jest samopodpisany: ręczy sam za siebie i nie potwierdza go żaden urząd certyfikacji znany temu systemowi. Taki certyfikat mógłby pokazać każdy, kto stoi między tobą a serwerem.</translation>
    </message>
    <message>
        <source>The certificate the server showed (for %1, issued by %2) does not lead to a certificate authority this system trusts. Anyone between you and the server could show such a certificate.</source>
        <translation>Certyfikat pokazany przez serwer (dla %1, wystawiony przez %2) nie prowadzi do urzędu certyfikacji, któremu ten system ufa. Taki certyfikat mógłby pokazać każdy, kto stoi między tobą a serwerem.</translation>
    </message>
    <message>
        <source>The check also said: %1.</source>
        <translation>Weryfikacja zgłosiła też: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Certyfikat serwera nie jest zaufany</translation>
    </message>
    <message>
        <source>If this is your own or a test server and its SHA-256 fingerprint %1 is the one its administrator gives you, trust this very certificate (or its CA). Otherwise do not send: the connection may be intercepted.</source>
        <translation>Jeśli to twój własny albo testowy serwer, a jego odcisk SHA-256 %1 zgadza się z tym, który podaje administrator, zaufaj temu jednemu certyfikatowi (albo jego urzędowi certyfikacji). W przeciwnym razie nie wysyłaj: połączenie może być przechwytywane.</translation>
    </message>
    <message>
        <source>The server refused to start TLS</source>
        <translation>Serwer odmówił rozpoczęcia TLS</translation>
    </message>
    <message>
        <source>The server offers STARTTLS but answered it with %1.</source>
        <translation>Serwer oferuje STARTTLS, ale odpowiedział na nie %1.</translation>
    </message>
    <message>
        <source>The fault is on the server (often a missing or broken certificate). Try again later or use TLS from the first byte on port 465, and tell the server&apos;s administrator.</source>
        <translation>Błąd leży po stronie serwera (często brakujący albo uszkodzony certyfikat). Spróbuj później albo użyj TLS od pierwszego bajtu na porcie 465 i powiadom administratora serwera.</translation>
    </message>
    <message>
        <source>The server answered %1: it wants an encrypted connection (STARTTLS) before it goes on.</source>
        <translation>Serwer odpowiedział %1: zanim pójdzie dalej, chce połączenia szyfrowanego (STARTTLS).</translation>
    </message>
    <message>
        <source>TLS was required, but the connection is not encrypted, so Postel did not send the login.</source>
        <translation>Wymagano TLS, ale połączenie nie jest szyfrowane, więc Postel nie wysłał danych logowania.</translation>
    </message>
    <message>
        <source>A login was asked for without encryption, and the server&apos;s reply to EHLO offers no AUTH in plain text; it does offer STARTTLS. Servers often offer the login only once the connection is encrypted.</source>
        <translation>Zażądano logowania bez szyfrowania, a odpowiedź serwera na EHLO nie oferuje AUTH bez szyfrowania; oferuje za to STARTTLS. Serwery często udostępniają logowanie dopiero w połączeniu szyfrowanym.</translation>
    </message>
    <message>
        <source>The server wants encryption first</source>
        <translation>Serwer wymaga najpierw szyfrowania</translation>
    </message>
    <message>
        <source>Use STARTTLS on this port (or TLS from the first byte on port 465).</source>
        <translation>Użyj STARTTLS na tym porcie (albo TLS od pierwszego bajtu na porcie 465).</translation>
    </message>
    <message>
        <source>After STARTTLS (%1) the server offers AUTH %2.</source>
        <translation>Po STARTTLS (%1) serwer oferuje AUTH %2.</translation>
    </message>
    <message>
        <source>After STARTTLS (%1) the server still offers no AUTH.</source>
        <translation>Po STARTTLS (%1) serwer nadal nie oferuje AUTH.</translation>
    </message>
</context>
<context>
    <name>postel::TransactionRules</name>
    <message>
        <source>The receiving server does not believe the mail comes from %1</source>
        <translation>Serwer odbiorcy nie wierzy, że poczta pochodzi od %1</translation>
    </message>
    <message>
        <source>The server answered %1: the sender&apos;s domain failed its SPF, DKIM or DMARC check (RFC 7372, enhanced codes 5.7.23 to 5.7.27). The domain publishes which servers may send its mail, and the one this message went through is not among them.</source>
        <translation>Serwer odpowiedział %1: domena nadawcy nie przeszła kontroli SPF, DKIM albo DMARC (RFC 7372, kody rozszerzone od 5.7.23 do 5.7.27). Domena ogłasza, które serwery mogą wysyłać jej pocztę, a ten, przez który szła ta wiadomość, do nich nie należy.</translation>
    </message>
    <message>
        <source>Send through the server the domain&apos;s owner uses (usually your provider&apos;s, with your login), or have the domain&apos;s administrator add this server to its SPF record and sign its mail with DKIM.</source>
        <translation>Wysyłaj przez serwer, którego używa właściciel domeny (zwykle serwer dostawcy, z logowaniem), albo poproś administratora domeny o dodanie tego serwera do rekordu SPF i podpisywanie poczty kluczem DKIM.</translation>
    </message>
    <message>
        <source>You may not send as %1</source>
        <translation>Nie możesz wysyłać jako %1</translation>
    </message>
    <message>
        <source>The server answered %1: the account you logged in with (%2) may not send with this sender address.</source>
        <translation>Serwer odpowiedział %1: konto, na które się zalogowano (%2), nie może wysyłać z tym adresem nadawcy.</translation>
    </message>
    <message>
        <source>The server answered %1: the sender address is not one this connection may use.</source>
        <translation>Serwer odpowiedział %1: tego adresu nadawcy nie można używać w tym połączeniu.</translation>
    </message>
    <message>
        <source>Send from your account&apos;s own address, or ask the administrator for the right to send as %1 (“send as”).</source>
        <translation>Wysyłaj z adresu własnego konta albo poproś administratora o prawo wysyłania jako %1 („wyślij jako”).</translation>
    </message>
    <message>
        <source>The server will not pass mail on to %1</source>
        <translation>Serwer nie przekaże poczty dalej do %1</translation>
    </message>
    <message>
        <source>The server answered %1: even for a logged-in user it does not pass mail on to this domain.</source>
        <translation>Serwer odpowiedział %1: nawet zalogowanemu użytkownikowi nie przekazuje poczty do tej domeny.</translation>
    </message>
    <message>
        <source>The server answered %1: without a login it takes mail only for its own domains. Passing mail on to other domains (relaying) needs a login.</source>
        <translation>Serwer odpowiedział %1: bez logowania przyjmuje pocztę tylko dla własnych domen. Przekazywanie poczty do innych domen (relay) wymaga zalogowania.</translation>
    </message>
    <message>
        <source>Send through your own provider&apos;s server, or ask this server&apos;s administrator.</source>
        <translation>Wysyłaj przez serwer swojego dostawcy albo zapytaj administratora tego serwera.</translation>
    </message>
    <message>
        <source>Log in with your user name and password (usually on port 587 with STARTTLS).</source>
        <translation>Zaloguj się nazwą użytkownika i hasłem (zwykle na porcie 587 ze STARTTLS).</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full: %1</source>
        <translation>Skrzynka odbiorcy jest pełna: %1</translation>
    </message>
    <message>
        <source>The server answered %1 for %2: the mailbox is over its storage limit.</source>
        <translation>Serwer odpowiedział %1 dla %2: skrzynka przekroczyła swój limit miejsca.</translation>
    </message>
    <message>
        <source>Try again later (after a reply starting with 4 the server takes the message once there is room), or tell the recipient another way.</source>
        <translation>Spróbuj później (po odpowiedzi zaczynającej się od 4 serwer przyjmie wiadomość, gdy zwolni się miejsce) albo powiadom odbiorcę inną drogą.</translation>
    </message>
    <message>
        <source>Tell the recipient another way; the server will not take the message until the mailbox has room.</source>
        <translation>Powiadom odbiorcę inną drogą; serwer nie przyjmie wiadomości, dopóki w skrzynce nie będzie miejsca.</translation>
    </message>
    <message>
        <source>Greylisted: try again in %1</source>
        <translation>Szara lista: spróbuj ponownie za %1</translation>
    </message>
    <message>
        <source>The server answered %1: it turns away mail from a sender it has not seen before, once and on purpose (greylisting). A sender that comes back later is let through.</source>
        <translation>Serwer odpowiedział %1: pocztę od nadawcy, którego wcześniej nie widział, celowo odrzuca raz (szara lista, greylisting). Nadawcę, który wróci później, przepuszcza.</translation>
    </message>
    <message>
        <source>Send the same message again after %1, from the same address to the same recipients.</source>
        <translation>Wyślij tę samą wiadomość ponownie za %1, z tego samego adresu do tych samych odbiorców.</translation>
    </message>
    <message>
        <source>No such recipient: %1</source>
        <translation>Nie ma takiego odbiorcy: %1</translation>
    </message>
    <message>
        <source>The server answered RCPT TO for %1 with %2: that mailbox does not exist.</source>
        <translation>Serwer odpowiedział na RCPT TO dla %1: %2. Taka skrzynka nie istnieje.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes, or ask the recipient for the right one.</source>
        <translation>Sprawdź, czy w adresie nie ma literówek, albo zapytaj odbiorcę o właściwy.</translation>
    </message>
    <message>
        <source>The server refused the recipient %1</source>
        <translation>Serwer odrzucił odbiorcę %1</translation>
    </message>
    <message>
        <source>The server answered RCPT TO for %1 with %2.</source>
        <translation>Serwer odpowiedział na RCPT TO dla %1: %2.</translation>
    </message>
    <message>
        <source>The refusal is temporary (the reply starts with 4): try again later.</source>
        <translation>Odmowa jest przejściowa (odpowiedź zaczyna się od 4): spróbuj później.</translation>
    </message>
    <message>
        <source>Check the address. If it is right, the server&apos;s words say why it is refused; its administrator can tell more.</source>
        <translation>Sprawdź adres. Jeśli jest dobry, słowa serwera mówią, dlaczego go odrzucono; więcej powie jego administrator.</translation>
    </message>
    <message>
        <source>The server refused the sender address %1</source>
        <translation>Serwer odrzucił adres nadawcy %1</translation>
    </message>
    <message>
        <source>The server answered MAIL FROM:&lt;%1&gt; with %2.</source>
        <translation>Serwer odpowiedział na MAIL FROM:&lt;%1&gt;: %2.</translation>
    </message>
    <message>
        <source>Check the sender address and use the address of the account you log in with; the server&apos;s words say what it objects to.</source>
        <translation>Sprawdź adres nadawcy i użyj adresu konta, na które się logujesz; słowa serwera mówią, co mu nie odpowiada.</translation>
    </message>
    <message>
        <source>The server refused the message itself</source>
        <translation>Serwer odrzucił samą wiadomość</translation>
    </message>
    <message>
        <source>The server refused to take the message (DATA) with %1.</source>
        <translation>Serwer odmówił przyjęcia wiadomości (DATA): %1.</translation>
    </message>
    <message>
        <source>The server took the sender and the recipients but refused the message after its end with %1. This is usually a content filter (spam, a virus, a forbidden kind of attachment) or a rule of the server.</source>
        <translation>Serwer przyjął nadawcę i odbiorców, ale po końcu wiadomości odrzucił ją odpowiedzią %1. Zwykle to filtr treści (spam, wirus, zabroniony rodzaj załącznika) albo reguła serwera.</translation>
    </message>
    <message>
        <source>The server&apos;s words say what it objects to; change the content (attachments, links, wording) or ask its administrator.</source>
        <translation>Słowa serwera mówią, co mu nie odpowiada; zmień treść (załączniki, odnośniki, sformułowania) albo zapytaj jego administratora.</translation>
    </message>
    <message>
        <source>The server answered %1 with %2: the message is larger than it accepts.</source>
        <translation>Serwer odpowiedział na %1: %2. Wiadomość jest większa, niż przyjmuje.</translation>
    </message>
    <message>
        <source>The server answered %1 with %2: the message (%3) is larger than it accepts.</source>
        <translation>Serwer odpowiedział na %1: %2. Wiadomość (%3) jest większa, niż przyjmuje.</translation>
    </message>
    <message>
        <source>It announced a limit of %1 (SIZE in its reply to EHLO).</source>
        <translation>Ogłosił limit %1 (SIZE w odpowiedzi na EHLO).</translation>
    </message>
    <message>
        <source>The message is %1, but the server announced a limit of %2 (SIZE in its reply to EHLO, RFC 1870), so Postel did not send it.</source>
        <translation>Wiadomość ma %1, a serwer ogłosił limit %2 (SIZE w odpowiedzi na EHLO, RFC 1870), więc Postel jej nie wysłał.</translation>
    </message>
    <message>
        <source>larger</source>
        <translation>więcej</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>The message is too large for this server</source>
        <translation>Wiadomość jest za duża dla tego serwera</translation>
    </message>
    <message>
        <source>Make the message smaller: put large attachments in a shared folder and send a link, compress them, or split them over several messages.</source>
        <translation>Zmniejsz wiadomość: duże załączniki umieść we wspólnym folderze i wyślij odnośnik, skompresuj je albo rozdziel na kilka wiadomości.</translation>
    </message>
    <message>
        <source>It answered %1 with %2.</source>
        <translation>Na %1 odpowiedział %2.</translation>
    </message>
    <message>
        <source>The server cannot take addresses with non-ASCII characters</source>
        <translation>Serwer nie przyjmuje adresów ze znakami spoza ASCII</translation>
    </message>
    <message>
        <source>The addresses %1 contain characters outside ASCII, and the server does not offer SMTPUTF8 (RFC 6531), which such addresses need.</source>
        <translation>Adresy %1 zawierają znaki spoza ASCII, a serwer nie oferuje SMTPUTF8 (RFC 6531), którego takie adresy wymagają.</translation>
    </message>
    <message>
        <source>The address %1 contains characters outside ASCII, and the server does not offer SMTPUTF8 (RFC 6531), which such an address needs.</source>
        <translation>Adres %1 zawiera znaki spoza ASCII, a serwer nie oferuje SMTPUTF8 (RFC 6531), którego taki adres wymaga.</translation>
    </message>
    <message>
        <source>An address contains characters outside ASCII, and the server does not offer SMTPUTF8 (RFC 6531), which such addresses need.</source>
        <translation>Któryś adres zawiera znaki spoza ASCII, a serwer nie oferuje SMTPUTF8 (RFC 6531), którego takie adresy wymagają.</translation>
    </message>
    <message>
        <source>Write the domain in its ASCII form: %1 (the same address, in the form servers without SMTPUTF8 understand).</source>
        <translation>Zapisz domenę w postaci ASCII: %1 (ten sam adres w postaci zrozumiałej dla serwerów bez SMTPUTF8).</translation>
    </message>
    <message>
        <source>The part before @ of %1 has no ASCII form: use another address, or a server that offers SMTPUTF8.</source>
        <translation>Część przed @ w %1 nie ma postaci ASCII: użyj innego adresu albo serwera oferującego SMTPUTF8.</translation>
    </message>
    <message>
        <source>Use addresses written in ASCII, or a server that offers SMTPUTF8.</source>
        <translation>Użyj adresów zapisanych w ASCII albo serwera oferującego SMTPUTF8.</translation>
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
    <message>
        <source>Explain</source>
        <translation>Objaśnij</translation>
    </message>
    <message>
        <source>Explain the current line: what the command asks or what the reply means (Enter or a double click on a line opens it too)</source>
        <translation>Objaśnij bieżący wiersz: o co prosi polecenie albo co znaczy odpowiedź (objaśnienie otwiera też Enter lub dwukrotne kliknięcie wiersza)</translation>
    </message>
    <message>
        <source>Explanation of the current line</source>
        <translation>Objaśnienie bieżącego wiersza</translation>
    </message>
    <message>
        <source>Select a command or a reply in the transcript to see what it means.</source>
        <translation>Zaznacz polecenie lub odpowiedź w dzienniku sesji, aby zobaczyć, co oznacza.</translation>
    </message>
    <message>
        <source>A note from Postel itself: nothing the client or the server sent.</source>
        <translation>Uwaga od samego Postela, a nie coś, co wysłał klient lub serwer.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
</context>
<context>
    <name>postel::UnknownOutcomeNotice</name>
    <message>
        <source>Keep it to check and resend</source>
        <translation>Zachowaj, by sprawdzić i wysłać ponownie</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>connecting to the server</source>
        <translation>łączenie z serwerem</translation>
    </message>
    <message>
        <source>connected, greeted by the server</source>
        <translation>połączono, serwer się przywitał</translation>
    </message>
    <message>
        <source>EHLO answered</source>
        <translation>serwer odpowiedział na EHLO</translation>
    </message>
    <message>
        <source>TLS started</source>
        <translation>rozpoczęto TLS</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>zalogowano</translation>
    </message>
    <message>
        <source>MAIL FROM accepted</source>
        <translation>serwer przyjął MAIL FROM</translation>
    </message>
    <message numerus="yes">
        <source>RCPT accepted for %1 of %n recipient(s)</source>
        <translation>
            <numerusform>serwer przyjął RCPT dla %1 z %n odbiorcy</numerusform>
            <numerusform>serwer przyjął RCPT dla %1 z %n odbiorców</numerusform>
            <numerusform>serwer przyjął RCPT dla %1 z %n odbiorców</numerusform>
        </translation>
    </message>
    <message>
        <source>DATA accepted, %1 of the message sent</source>
        <translation>serwer przyjął DATA, wysłano %1 wiadomości</translation>
    </message>
    <message>
        <source>DATA accepted, the message being sent</source>
        <translation>serwer przyjął DATA, trwało wysyłanie treści</translation>
    </message>
    <message>
        <source>the whole message sent (DATA&apos;s final dot), waiting for the server&apos;s reply</source>
        <translation>wysłano całą wiadomość (z kropką kończącą DATA), Postel czekał na odpowiedź serwera</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>The server&apos;s last reply: “%1”</source>
        <translation>Ostatnia odpowiedź serwera: „%1”</translation>
    </message>
    <message>
        <source>The last error: %1</source>
        <translation>Ostatni błąd: %1</translation>
    </message>
    <message>
        <source>What you changed while it was being sent is kept in %1.</source>
        <translation>Zmiany wprowadzone w trakcie wysyłania zachowano w pliku %1.</translation>
    </message>
    <message>
        <source>Postel stopped while this message was being sent through %1. The outcome of that send is unknown: it may have been delivered.</source>
        <translation>Postel przerwał pracę w trakcie wysyłania tej wiadomości przez %1. Wynik tej wysyłki jest nieznany: wiadomość mogła zostać doręczona.</translation>
    </message>
    <message>
        <source>Postel stopped while this message was being sent through %1, before the message itself went out: it was not delivered.</source>
        <translation>Postel przerwał pracę w trakcie wysyłania tej wiadomości przez %1, zanim wyszła jej treść: wiadomość nie została doręczona.</translation>
    </message>
    <message>
        <source>The send started on %1. How far it got: %2.</source>
        <translation>Wysyłka zaczęła się %1. Na czym stanęło: %2.</translation>
    </message>
    <message>
        <source>The send started on %1. How far it got is not known: its record could not be written.</source>
        <translation>Wysyłka zaczęła się %1. Nie wiadomo, na czym stanęło: nie udało się tego zapisać.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after the whole message went out, before the server confirmed it. The outcome of that send is unknown: it may have been delivered.</source>
        <translation>Połączenie z %1 zostało zerwane po wysłaniu całej wiadomości, zanim serwer potwierdził jej przyjęcie. Wynik tej wysyłki jest nieznany: wiadomość mogła zostać doręczona.</translation>
    </message>
    <message>
        <source>The send through %1 was stopped (cancelled, or Postel was closed) after the whole message went out, before the server confirmed it. The outcome of that send is unknown: it may have been delivered.</source>
        <translation>Wysyłanie przez %1 zostało przerwane (anulowane albo Postel został zamknięty) po wysłaniu całej wiadomości, zanim serwer potwierdził jej przyjęcie. Wynik tej wysyłki jest nieznany: wiadomość mogła zostać doręczona.</translation>
    </message>
    <message>
        <source>Postel stopped while this message was being sent through %1: it was delivered to some of its recipients only.</source>
        <translation>Postel przerwał pracę w trakcie wysyłania tej wiadomości przez %1: została doręczona tylko części adresatów.</translation>
    </message>
    <message>
        <source>Already delivered to %1 (the server accepted it for them in an earlier transaction of this send). Unknown for %2.</source>
        <translation>Już doręczona do: %1 (serwer przyjął ją dla nich we wcześniejszej transakcji tej wysyłki). Wynik nieznany dla: %2.</translation>
    </message>
    <message>
        <source>Already delivered to %1 (the server accepted it for them in an earlier transaction of this send). Not delivered to %2.</source>
        <translation>Już doręczona do: %1 (serwer przyjął ją dla nich we wcześniejszej transakcji tej wysyłki). Niedoręczona do: %2.</translation>
    </message>
    <message>
        <source>Before you send it again, ask a recipient or the server&apos;s administrator whether the message with Message-ID &lt;%1&gt; arrived: sending it again may deliver it twice.</source>
        <translation>Zanim wyślesz ją ponownie, zapytaj adresata lub administratora serwera, czy dotarła wiadomość o identyfikatorze Message-ID &lt;%1&gt;: ponowne wysłanie może sprawić, że dotrze dwa razy.</translation>
    </message>
    <message>
        <source>If you send it again, leave out %1: they have it already.</source>
        <translation>Wysyłając ją ponownie, pomiń adresy %1: tam już dotarła.</translation>
    </message>
</context>
</TS>
