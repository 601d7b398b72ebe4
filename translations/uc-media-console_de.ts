<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>The eucwebconfig.json to open.</source>
        <translation>Die zu öffnende eucwebconfig.json.</translation>
    </message>
    <message>
        <source>Start on simulated media servers.</source>
        <translation>Startet mit simulierten Media-Servern.</translation>
    </message>
    <message>
        <source>Render the window to a PNG once status has settled, then exit.</source>
        <translation>Speichert das Fenster als PNG-Datei, sobald der Status feststeht, und beendet dann das Programm.</translation>
    </message>
    <message>
        <source>Language of the user interface (en, de).</source>
        <translation>Sprache der Benutzeroberfläche (en, de).</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Demo (simulated media servers)</source>
        <translation>Demo (simulierte Media-Server)</translation>
    </message>
    <message>
        <source>Shows the UCServer host and every UC MediaServer of an estos ProCall Infinity installation with live status.</source>
        <translation>Zeigt den UCServer-Host und jeden UC MediaServer einer Installation von estos ProCall Infinity mit Live-Status.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>FleetText</name>
    <message>
        <source>No media servers</source>
        <translation>Keine Media-Server</translation>
    </message>
    <message>
        <source>Media servers up: %1 of %2</source>
        <translation>Media-Server aktiv: %1 von %2</translation>
    </message>
    <message>
        <source>All run version %1</source>
        <translation>Alle laufen mit Version %1</translation>
    </message>
    <message>
        <source>Versions differ: %1</source>
        <translation>Unterschiedliche Versionen: %1</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation>Nicht überwacht</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>Timed out while connecting</source>
        <translation>Zeitlimit beim Verbindungsaufbau überschritten</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Not a WebSocket endpoint</source>
        <translation>Kein WebSocket-Endpunkt</translation>
    </message>
    <message>
        <source>Not a Kurento media server</source>
        <translation>Kein Kurento-Media-Server</translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation>Ungültige URL</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Ping not answered in time</source>
        <translation>Ping nicht rechtzeitig beantwortet</translation>
    </message>
    <message>
        <source>Closed by the server (code %1)</source>
        <translation>Vom Server geschlossen (Code %1)</translation>
    </message>
    <message>
        <source>Closed by the server (code %1: %2)</source>
        <translation>Vom Server geschlossen (Code %1: %2)</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>Answered a request that was never sent</source>
        <translation>Antwort auf eine Anfrage, die nie gesendet wurde</translation>
    </message>
    <message>
        <source>Reply larger than %1</source>
        <translation>Antwort größer als %1</translation>
    </message>
    <message>
        <source>Nothing listens on this port: the UC MediaServer service is stopped, or it uses another port.</source>
        <translation>An diesem Port nimmt nichts Verbindungen an: Der Dienst UC MediaServer ist beendet oder verwendet einen anderen Port.</translation>
    </message>
    <message>
        <source>The name cannot be resolved. The knowledge-base article asks for the media server&apos;s IPv4 address.</source>
        <translation>Der Name kann nicht aufgelöst werden. Der Knowledge-Base-Artikel sieht die IPv4-Adresse des Media-Servers vor.</translation>
    </message>
    <message>
        <source>There is no route to this host: check the address and the network.</source>
        <translation>Es gibt keine Route zu diesem Host: Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>No answer while connecting: a firewall drops the traffic, the host is off, or the media server hangs.</source>
        <translation>Keine Antwort beim Verbindungsaufbau: Eine Firewall verwirft den Datenverkehr, der Host ist ausgeschaltet oder der Media-Server hängt.</translation>
    </message>
    <message>
        <source>The media server accepted the connection but did not answer the ping within the timeout: it hangs or is overloaded.</source>
        <translation>Der Media-Server hat die Verbindung angenommen, den Ping aber nicht innerhalb des Zeitlimits beantwortet: Er hängt oder ist überlastet.</translation>
    </message>
    <message>
        <source>The certificate is not trusted or not valid for this address. A UC MediaServer uses its self-signed defaultCertificate.pem unless another one was installed.</source>
        <translation>Das Zertifikat ist nicht vertrauenswürdig oder für diese Adresse nicht gültig. Ein UC MediaServer verwendet sein selbstsigniertes defaultCertificate.pem, sofern kein anderes installiert wurde.</translation>
    </message>
    <message>
        <source>Something answers HTTP on this port, but it is not a Kurento media server.</source>
        <translation>An diesem Port antwortet ein HTTP-Dienst, aber kein Kurento-Media-Server.</translation>
    </message>
    <message>
        <source>The media server rejected the path of the URL; UC MediaServers use /kurento.</source>
        <translation>Der Media-Server hat den Pfad der URL abgelehnt; UC MediaServer verwenden /kurento.</translation>
    </message>
    <message>
        <source>The media server ended the connection.</source>
        <translation>Der Media-Server hat die Verbindung beendet.</translation>
    </message>
    <message>
        <source>The connection dropped without a WebSocket close: the media server stopped or crashed, or the network failed.</source>
        <translation>Die Verbindung ist ohne ordnungsgemäßen WebSocket-Abschluss abgebrochen: Der Media-Server wurde beendet oder ist abgestürzt, oder das Netzwerk ist ausgefallen.</translation>
    </message>
    <message>
        <source>The answers do not follow the Kurento protocol: another program may use this port.</source>
        <translation>Die Antworten entsprechen nicht dem Kurento-Protokoll: Möglicherweise verwendet ein anderes Programm diesen Port.</translation>
    </message>
    <message>
        <source>The console refuses oversized replies to stay responsive.</source>
        <translation>Die Konsole weist übergroße Antworten zurück, damit sie bedienbar bleibt.</translation>
    </message>
    <message>
        <source>Correct the url of this entry in eucwebconfig.json.</source>
        <translation>Korrigieren Sie die url dieses Eintrags in der eucwebconfig.json.</translation>
    </message>
</context>
<context>
    <name>SnapshotText</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>This entry has no usable url.</source>
        <translation>Dieser Eintrag hat keine verwendbare url.</translation>
    </message>
    <message>
        <source>Not a WebSocket URL (ws:// or wss://): a media server cannot be reached with %1.</source>
        <translation>Keine WebSocket-URL (ws:// oder wss://): Mit %1 ist ein Media-Server nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>ucmc::AddServerDialog</name>
    <message>
        <source>&amp;Encrypted (wss on port 8433)</source>
        <translation>&amp;Verschlüsselt (wss auf Port 8433)</translation>
    </message>
    <message>
        <source>Add Media Server</source>
        <translation>Media-Server hinzufügen</translation>
    </message>
    <message>
        <source>IPv4 address, e.g. 10.21.3.12, or a full ws:// URL</source>
        <translation>IPv4-Adresse, z. B. 10.21.3.12, oder vollständige ws://-URL</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>A media server is reached with ws:// or wss://.</source>
        <translation>Ein Media-Server wird über ws:// oder wss:// erreicht.</translation>
    </message>
</context>
<context>
    <name>ucmc::CheckCommand</name>
    <message>
        <source>Checks the media server list of an eucwebconfig.json.
Prints one line per problem: FILE:LINE:COL: severity: message [rule-id].
Exit code: 0 no problems, 1 warnings only, 2 errors, 3 the file could not be read.</source>
        <translation>Prüft die Media-Server-Liste einer eucwebconfig.json.
Gibt je Problem eine Zeile aus: FILE:LINE:COL: severity: message [rule-id].
Exit-Code: 0 keine Probleme, 1 nur Warnungen, 2 Fehler, 3 die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Language of the messages (en, de).</source>
        <translation>Sprache der Meldungen (en, de).</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>Der Unterbefehl.</translation>
    </message>
    <message>
        <source>The eucwebconfig.json to check.</source>
        <translation>Die zu prüfende eucwebconfig.json.</translation>
    </message>
    <message>
        <source>Which file? Usage: uc-media-console check FILE [--format text|json]</source>
        <translation>Welche Datei? Aufruf: uc-media-console check FILE [--format text|json]</translation>
    </message>
    <message>
        <source>Only one file can be checked at a time; unexpected: %1</source>
        <translation>Es kann nur eine Datei auf einmal geprüft werden; unerwartet: %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
</context>
<context>
    <name>ucmc::ConfigDocument</name>
    <message>
        <source>The file must contain a JSON object { … } at the top level, but it contains %1.</source>
        <translation>Die Datei muss auf oberster Ebene ein JSON-Objekt { … } enthalten, enthält aber %1.</translation>
    </message>
    <message>
        <source>&quot;kurentoservers&quot; appears more than once. Programs differ in which one they use; this console shows the first one (line %1). Remove the extra list.</source>
        <translation>&quot;kurentoservers&quot; ist mehrfach vorhanden. Welche Liste verwendet wird, ist von Programm zu Programm verschieden; diese Konsole zeigt die erste (Zeile %1). Entfernen Sie die überzählige Liste.</translation>
    </message>
    <message>
        <source>The file has no &quot;kurentoservers&quot; list, so no media server is configured.</source>
        <translation>Die Datei enthält keine Liste &quot;kurentoservers&quot;, daher ist kein Media-Server konfiguriert.</translation>
    </message>
    <message>
        <source>&quot;kurentoservers&quot; must be a list in square brackets [ … ], but it is %1.</source>
        <translation>&quot;kurentoservers&quot; muss eine Liste in eckigen Klammern [ … ] sein, ist aber %1.</translation>
    </message>
    <message>
        <source>The &quot;kurentoservers&quot; list is empty. The UC WebServer has no media server for softphone calls.</source>
        <translation>Die Liste &quot;kurentoservers&quot; ist leer. Der UC WebServer hat keinen Media-Server für Softphone-Anrufe.</translation>
    </message>
    <message>
        <source>Media server %1 is %2, not an object like { &quot;url&quot; : &quot;ws://…&quot; }.</source>
        <translation>Media-Server %1 ist %2, kein Objekt wie { &quot;url&quot; : &quot;ws://…&quot; }.</translation>
    </message>
    <message>
        <source>Media server %1 contains &quot;%2&quot; more than once. This console uses the first one; other programs may use another. Remove the extra one.</source>
        <translation>Media-Server %1 enthält &quot;%2&quot; mehrfach. Diese Konsole verwendet das erste Vorkommen, andere Programme möglicherweise ein anderes. Entfernen Sie das überzählige.</translation>
    </message>
    <message>
        <source>Media server %1 has no &quot;url&quot;.</source>
        <translation>Bei Media-Server %1 fehlt &quot;url&quot;.</translation>
    </message>
    <message>
        <source>The &quot;url&quot; of media server %1 must be text in double quotes, but it is %2.</source>
        <translation>&quot;url&quot; von Media-Server %1 muss Text in doppelten Anführungszeichen sein, ist aber %2.</translation>
    </message>
    <message>
        <source>The address of media server %1 cannot be used: %2</source>
        <translation>Die Adresse von Media-Server %1 ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>ucmc::ConfigEditor</name>
    <message>
        <source>The file has no &quot;kurentoservers&quot; list. Add it in the text first.</source>
        <translation>Die Datei enthält keine Liste &quot;kurentoservers&quot;. Fügen Sie sie zuerst im Text hinzu.</translation>
    </message>
    <message>
        <source>&quot;kurentoservers&quot; is not a list [ … ]. Repair it in the text first.</source>
        <translation>&quot;kurentoservers&quot; ist keine Liste [ … ]. Korrigieren Sie dies zuerst im Text.</translation>
    </message>
    <message>
        <source>Media server %1 is not an object { … }, so it has no settings to change. Repair it in the text or remove it.</source>
        <translation>Media-Server %1 ist kein Objekt { … } und hat daher keine Einstellungen, die sich ändern lassen. Korrigieren Sie ihn im Text oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; cannot be used: %2</source>
        <translation>Die Adresse „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The change was not made: it would have touched text outside the media server list. Please report this.</source>
        <translation>Die Änderung wurde nicht ausgeführt: Sie hätte Text außerhalb der Media-Server-Liste verändert. Bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>The change was not made: it would have made the file invalid (%1). Please report this.</source>
        <translation>Die Änderung wurde nicht ausgeführt: Sie hätte die Datei ungültig gemacht (%1). Bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>Add media server %1</source>
        <translation>Media-Server %1 hinzufügen</translation>
    </message>
    <message>
        <source>The media server is already at position %1.</source>
        <translation>Der Media-Server steht bereits an Position %1.</translation>
    </message>
    <message>
        <source>Move %1 to position %2</source>
        <translation>%1 an Position %2 verschieben</translation>
    </message>
    <message>
        <source>Change the address of %1 to %2</source>
        <translation>Adresse von %1 in %2 ändern</translation>
    </message>
    <message>
        <source>The address is already %1.</source>
        <translation>Die Adresse lautet bereits %1.</translation>
    </message>
    <message>
        <source>The address of media server %1 cannot be taken apart; enter the whole address instead.</source>
        <translation>Die Adresse von Media-Server %1 lässt sich nicht in ihre Bestandteile zerlegen; geben Sie stattdessen die vollständige Adresse ein.</translation>
    </message>
    <message>
        <source>Encryption can only be switched for an address that starts with ws:// or wss://; correct the address of media server %1 first.</source>
        <translation>Die Verschlüsselung lässt sich nur bei einer Adresse umschalten, die mit ws:// oder wss:// beginnt; korrigieren Sie zuerst die Adresse von Media-Server %1.</translation>
    </message>
    <message>
        <source>%1 already uses %2.</source>
        <translation>%1 verwendet bereits %2.</translation>
    </message>
    <message>
        <source>Switch %1 to %2</source>
        <translation>%1 auf %2 umstellen</translation>
    </message>
    <message>
        <source>No media server needs to be switched to %1.</source>
        <translation>Kein Media-Server muss auf %1 umgestellt werden.</translation>
    </message>
    <message>
        <source>Switch all media servers to %1</source>
        <translation>Alle Media-Server auf %1 umstellen</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 hat kein %2.</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>The text is unchanged.</source>
        <translation>Der Text ist unverändert.</translation>
    </message>
    <message>
        <source>Edit the JSON text</source>
        <translation>JSON-Text bearbeiten</translation>
    </message>
    <message>
        <source>This fix belongs to another version of the text; check the file again.</source>
        <translation>Diese Korrektur gehört zu einer anderen Version des Textes; prüfen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The file is not valid JSON at line %1, column %2: %3 Repair the text first; until then only the text can be edited.</source>
        <translation>Die Datei ist in Zeile %1, Spalte %2 kein gültiges JSON: %3 Korrigieren Sie zuerst den Text; bis dahin kann nur der Text bearbeitet werden.</translation>
    </message>
    <message>
        <source>There is no media server no. %1: the list is empty.</source>
        <translation>Media-Server Nr. %1 gibt es nicht: Die Liste ist leer.</translation>
    </message>
    <message>
        <source>There is no media server no. %1: the list ends at no. %2.</source>
        <translation>Media-Server Nr. %1 gibt es nicht: Die Liste endet bei Nr. %2.</translation>
    </message>
    <message>
        <source>media server no. %1</source>
        <translation>Media-Server Nr. %1</translation>
    </message>
    <message>
        <source>A media server cannot be added at position %1: the positions go from 1 to %2.</source>
        <translation>An Position %1 kann kein Media-Server hinzugefügt werden: Die Positionen reichen von 1 bis %2.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ucmc::ConfigFileReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket).</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket).</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 bytes). A configuration file of more than %3 bytes is not read.</source>
        <translation>Die Datei %1 ist zu groß (%2 Byte). Eine Konfigurationsdatei mit mehr als %3 Byte wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>Die Datei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Die Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large. A configuration file of more than %2 bytes is not read.</source>
        <translation>Die Datei %1 ist zu groß. Eine Konfigurationsdatei mit mehr als %2 Byte wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The file %1 is saved as %2 text. JSON files must be UTF-8: open it in an editor and save it with the encoding UTF-8.</source>
        <translation>Die Datei %1 ist in der Codierung %2 gespeichert. JSON-Dateien müssen UTF-8 sein: Öffnen Sie die Datei in einem Editor und speichern Sie sie mit der Codierung UTF-8.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1. Ask for read access, or open a copy of the file.</source>
        <translation>Sie haben keine Berechtigung, %1 zu lesen. Fordern Sie Lesezugriff an oder öffnen Sie eine Kopie der Datei.</translation>
    </message>
    <message>
        <source>The file %1 contains NUL bytes (0x00), so it is not UTF-8 text. Is it the right file?</source>
        <translation>Die Datei %1 enthält NUL-Bytes (0x00) und ist daher kein UTF-8-Text. Ist es die richtige Datei?</translation>
    </message>
</context>
<context>
    <name>ucmc::ConfigLint</name>
    <message>
        <source>Remove this extra &quot;kurentoservers&quot; list</source>
        <translation>Überzählige Liste &quot;kurentoservers&quot; entfernen</translation>
    </message>
    <message>
        <source>Remove this extra member</source>
        <translation>Überzählige Einstellung entfernen</translation>
    </message>
    <message>
        <source>Remove the comma</source>
        <translation>Komma entfernen</translation>
    </message>
    <message>
        <source>Insert a comma</source>
        <translation>Komma einfügen</translation>
    </message>
    <message>
        <source>Replace the special space with a normal space</source>
        <translation>Sonderleerzeichen durch normales Leerzeichen ersetzen</translation>
    </message>
    <message>
        <source>Replace the typographic quotes with straight quotes &quot;</source>
        <translation>Typografische Anführungszeichen durch gerade Anführungszeichen &quot; ersetzen</translation>
    </message>
    <message>
        <source>Media server %1 has the setting &quot;%2&quot;, which this console does not know. It is kept as it is.</source>
        <translation>Media-Server %1 hat die Einstellung &quot;%2&quot;, die diese Konsole nicht kennt. Sie bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <source>Media server %1 has the unknown setting &quot;%2&quot; next to &quot;%3&quot;. Is &quot;%2&quot; a misspelt copy? The UC WebServer ignores it.</source>
        <translation>Media-Server %1 hat neben &quot;%3&quot; die unbekannte Einstellung &quot;%2&quot;. Ist &quot;%2&quot; eine falsch geschriebene Kopie? Der UC WebServer ignoriert sie.</translation>
    </message>
    <message>
        <source>Media server %1 has the unknown setting &quot;%2&quot;. Did you mean &quot;%3&quot;? As written, the UC WebServer ignores it.</source>
        <translation>Media-Server %1 hat die unbekannte Einstellung &quot;%2&quot;. Meinten Sie &quot;%3&quot;? So geschrieben ignoriert der UC WebServer sie.</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; umbenennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of media server %2 is %3. It must be 0 or 1 (or false or true); what the UC WebServer makes of anything else is unknown.</source>
        <translation>&quot;%1&quot; von Media-Server %2 ist %3. Der Wert muss 0 oder 1 (oder false oder true) sein; wie der UC WebServer andere Werte auswertet, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Write %1 as %2</source>
        <translation>%1 als %2 schreiben</translation>
    </message>
    <message>
        <source>Media server %1 uses &quot;%2://&quot;. The UC WebServer talks to media servers over WebSocket: use ws:// (or wss:// for an encrypted connection).</source>
        <translation>Media-Server %1 verwendet &quot;%2://&quot;. Der UC WebServer kommuniziert mit Media-Servern über WebSocket: Verwenden Sie ws:// (oder wss:// für eine verschlüsselte Verbindung).</translation>
    </message>
    <message>
        <source>Use %1://</source>
        <translation>%1:// verwenden</translation>
    </message>
    <message>
        <source>The address of media server %1 has no port, so the connection goes to port %2. The UC MediaServer listens on %3 for %4.</source>
        <translation>Die Adresse von Media-Server %1 enthält keinen Port, daher wird die Verbindung zu Port %2 aufgebaut. Der UC MediaServer nimmt %4-Verbindungen auf Port %3 an.</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <source>Media server %1 uses port 8443, the usual secure port of Kurento. The UC MediaServer uses 8433 for wss.</source>
        <translation>Media-Server %1 verwendet Port 8443, den üblichen sicheren Port von Kurento. Der UC MediaServer verwendet für wss den Port 8433.</translation>
    </message>
    <message>
        <source>Use port 8433</source>
        <translation>Port 8433 verwenden</translation>
    </message>
    <message>
        <source>Media server %1 uses wss (encrypted) on port 8888, the port for unencrypted ws. An encrypted UC MediaServer listens on 8433: use wss://…:8433, or ws:// if the server is not encrypted.</source>
        <translation>Media-Server %1 verwendet wss (verschlüsselt) auf Port 8888, dem Port für unverschlüsseltes ws. Ein verschlüsselter UC MediaServer nimmt Verbindungen auf Port 8433 an: Verwenden Sie wss://…:8433 oder ws://, falls der Server nicht verschlüsselt ist.</translation>
    </message>
    <message>
        <source>Media server %1 uses ws (unencrypted) on port 8433, the port for encrypted wss. Use ws://…:8888, or wss:// if the server is encrypted.</source>
        <translation>Media-Server %1 verwendet ws (unverschlüsselt) auf Port 8433, dem Port für verschlüsseltes wss. Verwenden Sie ws://…:8888 oder wss://, falls der Server verschlüsselt ist.</translation>
    </message>
    <message>
        <source>The address of media server %1 has no path. The UC MediaServer expects /kurento.</source>
        <translation>Die Adresse von Media-Server %1 enthält keinen Pfad. Der UC MediaServer erwartet /kurento.</translation>
    </message>
    <message>
        <source>Media server %1 uses the path &quot;%2&quot;. The UC MediaServer expects /kurento.</source>
        <translation>Media-Server %1 verwendet den Pfad „%2“. Der UC MediaServer erwartet /kurento.</translation>
    </message>
    <message>
        <source>Use the path /kurento</source>
        <translation>Pfad /kurento verwenden</translation>
    </message>
    <message>
        <source>Media server %1 is addressed by the IPv6 address %2. The estos article asks for direct IPv4 communication between the servers: use the media server&apos;s IPv4 address.</source>
        <translation>Media-Server %1 wird über die IPv6-Adresse %2 angesprochen. Der estos-Artikel sieht direkte IPv4-Kommunikation zwischen den Servern vor: Verwenden Sie die IPv4-Adresse des Media-Servers.</translation>
    </message>
    <message>
        <source>Media server %1 is addressed by the host name &quot;%2&quot;. The estos article asks for direct IPv4 communication between the servers: use the media server&apos;s IPv4 address.</source>
        <translation>Media-Server %1 wird über den Hostnamen „%2“ angesprochen. Der estos-Artikel sieht direkte IPv4-Kommunikation zwischen den Servern vor: Verwenden Sie die IPv4-Adresse des Media-Servers.</translation>
    </message>
    <message>
        <source>Use 127.0.0.1</source>
        <translation>127.0.0.1 verwenden</translation>
    </message>
    <message>
        <source>%1 cannot be the address of media server %2: it is not the address of a single computer (an unspecified, multicast, broadcast or reserved address).</source>
        <translation>%1 kann nicht die Adresse von Media-Server %2 sein: Es ist nicht die Adresse eines einzelnen Computers (sondern eine unspezifizierte, Multicast-, Broadcast- oder reservierte Adresse).</translation>
    </message>
    <message>
        <source>Media server %1 has the public address %2. The estos server components must run in the same LAN; a public address means routing, NAT or a firewall in between, which the article rules out.</source>
        <translation>Media-Server %1 hat die öffentliche Adresse %2. Die Serverkomponenten von estos müssen im selben LAN laufen; eine öffentliche Adresse bedeutet Routing, NAT oder eine Firewall dazwischen, was der Artikel ausschließt.</translation>
    </message>
    <message>
        <source>The connection to media server %1 (%2) is not encrypted, although it crosses the network. If the media server is set up for encryption, use wss:// on port 8433.</source>
        <translation>Die Verbindung zu Media-Server %1 (%2) ist nicht verschlüsselt, obwohl sie über das Netzwerk läuft. Wenn der Media-Server für Verschlüsselung eingerichtet ist, verwenden Sie wss:// auf Port 8433.</translation>
    </message>
    <message>
        <source>Media server %1 is the same server as media server %2 (%3). Round robin would hand it twice as many calls; remove one of them.</source>
        <translation>Media-Server %1 ist derselbe Server wie Media-Server %2 (%3). Bei der Verteilung reihum (Round Robin) bekäme er doppelt so viele Anrufe; entfernen Sie einen der beiden Einträge.</translation>
    </message>
    <message>
        <source>Remove media server %1</source>
        <translation>Media-Server %1 entfernen</translation>
    </message>
    <message>
        <source>Some remote media servers are encrypted (wss: %1) and some are not (ws: %2). Usually all of them use the same setting; check whether the unencrypted ones were forgotten.</source>
        <translation>Einige entfernte Media-Server sind verschlüsselt (wss: %1), andere nicht (ws: %2). Üblicherweise verwenden alle dieselbe Einstellung; prüfen Sie, ob die unverschlüsselten vergessen wurden.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Die Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The file does not contain a JSON object { … } at the top level.</source>
        <translation>Die Datei enthält auf oberster Ebene kein JSON-Objekt { … }.</translation>
    </message>
    <message>
        <source>The file has no &quot;kurentoservers&quot; list.</source>
        <translation>Die Datei enthält keine Liste &quot;kurentoservers&quot;.</translation>
    </message>
    <message>
        <source>&quot;kurentoservers&quot; is not a list [ … ].</source>
        <translation>&quot;kurentoservers&quot; ist keine Liste [ … ].</translation>
    </message>
    <message>
        <source>The &quot;kurentoservers&quot; list is empty.</source>
        <translation>Die Liste &quot;kurentoservers&quot; ist leer.</translation>
    </message>
    <message>
        <source>&quot;kurentoservers&quot; appears more than once.</source>
        <translation>&quot;kurentoservers&quot; ist mehrfach vorhanden.</translation>
    </message>
    <message>
        <source>A media server entry is not an object { … }.</source>
        <translation>Ein Media-Server-Eintrag ist kein Objekt { … }.</translation>
    </message>
    <message>
        <source>A media server has no &quot;url&quot;.</source>
        <translation>Bei einem Media-Server fehlt &quot;url&quot;.</translation>
    </message>
    <message>
        <source>A media server has the same setting twice.</source>
        <translation>Ein Media-Server enthält dieselbe Einstellung zweimal.</translation>
    </message>
    <message>
        <source>A &quot;url&quot; is not text in quotes.</source>
        <translation>Eine &quot;url&quot; ist kein Text in Anführungszeichen.</translation>
    </message>
    <message>
        <source>An address cannot be read.</source>
        <translation>Eine Adresse lässt sich nicht auswerten.</translation>
    </message>
    <message>
        <source>An address has no host.</source>
        <translation>Eine Adresse enthält keinen Host.</translation>
    </message>
    <message>
        <source>A port is outside 1 to 65535.</source>
        <translation>Ein Port liegt außerhalb von 1 bis 65535.</translation>
    </message>
    <message>
        <source>An address does not start with ws:// or wss://.</source>
        <translation>Eine Adresse beginnt nicht mit ws:// oder wss://.</translation>
    </message>
    <message>
        <source>wss on port 8888 or ws on port 8433.</source>
        <translation>wss auf Port 8888 oder ws auf Port 8433.</translation>
    </message>
    <message>
        <source>Port 8443 (Kurento&apos;s usual secure port) where the UC MediaServer uses 8433.</source>
        <translation>Port 8443 (der übliche sichere Port von Kurento), wo der UC MediaServer 8433 verwendet.</translation>
    </message>
    <message>
        <source>An address without a port (the UC MediaServer listens on 8888 or 8433).</source>
        <translation>Eine Adresse ohne Port (der UC MediaServer nimmt Verbindungen auf 8888 oder 8433 an).</translation>
    </message>
    <message>
        <source>A path other than /kurento.</source>
        <translation>Ein anderer Pfad als /kurento.</translation>
    </message>
    <message>
        <source>A host name or IPv6 address where the article asks for direct IPv4.</source>
        <translation>Ein Hostname oder eine IPv6-Adresse, wo der Artikel direktes IPv4 vorsieht.</translation>
    </message>
    <message>
        <source>A public IPv4 address where the article requires the same LAN.</source>
        <translation>Eine öffentliche IPv4-Adresse, wo der Artikel dasselbe LAN verlangt.</translation>
    </message>
    <message>
        <source>An address that no single computer can have (0.0.0.0, multicast, broadcast).</source>
        <translation>Eine Adresse, die kein einzelner Computer haben kann (0.0.0.0, Multicast, Broadcast).</translation>
    </message>
    <message>
        <source>The same media server (host and port) appears twice.</source>
        <translation>Derselbe Media-Server (Host und Port) ist zweimal eingetragen.</translation>
    </message>
    <message>
        <source>candkillipv6, candkilltcp or candonlyturn is not 0/1 or false/true.</source>
        <translation>candkillipv6, candkilltcp oder candonlyturn ist nicht 0/1 oder false/true.</translation>
    </message>
    <message>
        <source>An unknown setting that looks like a misspelt known one.</source>
        <translation>Eine unbekannte Einstellung, die wie eine falsch geschriebene bekannte aussieht.</translation>
    </message>
    <message>
        <source>A setting this console does not know (kept as it is).</source>
        <translation>Eine Einstellung, die diese Konsole nicht kennt (bleibt unverändert erhalten).</translation>
    </message>
    <message>
        <source>Some remote media servers use wss and some ws.</source>
        <translation>Einige entfernte Media-Server verwenden wss, andere ws.</translation>
    </message>
    <message>
        <source>An unencrypted (ws) connection to a remote media server.</source>
        <translation>Eine unverschlüsselte Verbindung (ws) zu einem entfernten Media-Server.</translation>
    </message>
</context>
<context>
    <name>ucmc::ConfigWriter</name>
    <message>
        <source>%1 is marked read-only. Remove the read-only mark in the file&apos;s properties, or save to another place. The file was not changed.</source>
        <translation>%1 ist schreibgeschützt. Heben Sie den Schreibschutz in den Eigenschaften der Datei auf oder speichern Sie an einem anderen Ort. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is on a drive or share that can only be read. Save to another place. The file was not changed.</source>
        <translation>%1 liegt auf einem Laufwerk oder einer Freigabe, die nur gelesen werden kann. Speichern Sie an einem anderen Ort. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>You do not have permission to change %1; saving needs the right to create files in the folder %2. Run the console as an administrator, or save to another place. The file was not changed.</source>
        <translation>Sie haben keine Berechtigung, %1 zu ändern; zum Speichern ist das Recht erforderlich, im Ordner %2 Dateien anzulegen. Führen Sie die Konsole als Administrator aus oder speichern Sie an einem anderen Ort. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Der Ordner %1 ist nicht vorhanden. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 can no longer be reached. Is the network share disconnected, or was the folder removed? Your changes are kept; save them to another place.</source>
        <translation>Der Ordner %1 ist nicht mehr erreichbar. Wurde die Verbindung zur Netzwerkfreigabe getrennt oder der Ordner entfernt? Ihre Änderungen bleiben erhalten; speichern Sie sie an einem anderen Ort.</translation>
    </message>
    <message>
        <source>There is not enough free space on the drive to write %1. Free some space, or save to another place. The file was not changed.</source>
        <translation>Auf dem Laufwerk ist nicht genug freier Speicherplatz, um %1 zu schreiben. Geben Sie Speicherplatz frei oder speichern Sie an einem anderen Ort. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). The file was not changed.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The file was not saved because it has errors (%1 in all). The first one, at line %2, column %3: %4</source>
        <translation>Die Datei wurde nicht gespeichert, weil sie Fehler enthält (insgesamt %1). Der erste, in Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>You do not have permission to read %1, so the console cannot check whether another program changed it. The file was not changed.</source>
        <translation>Sie haben keine Berechtigung, %1 zu lesen, daher kann die Konsole nicht prüfen, ob ein anderes Programm die Datei geändert hat. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 was deleted or renamed after it was loaded. Save again to write it anew, or save to another place.</source>
        <translation>%1 wurde nach dem Laden gelöscht oder umbenannt. Speichern Sie erneut, um die Datei neu anzulegen, oder speichern Sie an einem anderen Ort.</translation>
    </message>
    <message>
        <source>%1 was changed by another program after it was loaded. Reload it, compare it with your version, or overwrite it.</source>
        <translation>%1 wurde nach dem Laden von einem anderen Programm geändert. Laden Sie die Datei neu, vergleichen Sie sie mit Ihrer Version oder überschreiben Sie sie.</translation>
    </message>
    <message>
        <source>Before saving, the console writes a backup copy, and that failed: %1</source>
        <translation>Vor dem Speichern schreibt die Konsole eine Sicherungskopie, und das ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ucmc::DemoEnvironment</name>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Für die Demo konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>The demo needs the openssl command to make a certificate; install the openssl package.</source>
        <translation>Die Demo benötigt den Befehl openssl, um ein Zertifikat zu erzeugen; installieren Sie das Paket openssl.</translation>
    </message>
    <message>
        <source>openssl could not make the demo certificate: %1</source>
        <translation>openssl konnte das Demo-Zertifikat nicht erzeugen: %1</translation>
    </message>
    <message>
        <source>Could not write the demo certificate to %1</source>
        <translation>Das Demo-Zertifikat konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Could not write the demo configuration to %1</source>
        <translation>Die Demo-Konfiguration konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>The simulator %1 was not found next to the console.</source>
        <translation>Der Simulator %1 wurde nicht im Programmverzeichnis der Konsole gefunden.</translation>
    </message>
    <message>
        <source>The simulator %1 did not start: %2</source>
        <translation>Der Simulator %1 ist nicht gestartet: %2</translation>
    </message>
</context>
<context>
    <name>ucmc::DocumentSession</name>
    <message>
        <source>Edit the JSON text</source>
        <translation>JSON-Text bearbeiten</translation>
    </message>
</context>
<context>
    <name>ucmc::EditCommand</name>
    <message>
        <source>Actions:
  add URL [POSITION]          add a media server (at the end, or at POSITION, 1 = first)
  remove SERVER               remove a media server
  move SERVER POSITION        move a media server in the round-robin order
  encrypt on|off [SERVER]     switch to wss:8433 or ws:8888 (all servers without SERVER)
  set-flag SERVER NAME 0|1    set candkillipv6, candkilltcp or candonlyturn
  clear-flag SERVER NAME      remove candkillipv6, candkilltcp or candonlyturn
  set-url SERVER URL          change the address of a media server
SERVER is a position (1 = first) or an address: the whole URL, or host[:port] if unique.</source>
        <translation>Aktionen:
  add URL [POSITION]          Media-Server hinzufügen (am Ende oder an POSITION, 1 = erste)
  remove SERVER               Media-Server entfernen
  move SERVER POSITION        Media-Server in der Reihum-Reihenfolge verschieben
  encrypt on|off [SERVER]     auf wss:8433 oder ws:8888 umstellen (ohne SERVER alle Server)
  set-flag SERVER NAME 0|1    candkillipv6, candkilltcp oder candonlyturn setzen
  clear-flag SERVER NAME      candkillipv6, candkilltcp oder candonlyturn entfernen
  set-url SERVER URL          Adresse eines Media-Servers ändern
SERVER ist eine Position (1 = erste) oder eine Adresse: die vollständige URL oder host[:port], sofern eindeutig.</translation>
    </message>
    <message>
        <source>Usage: uc-media-console edit FILE ACTION [--dry-run] [--use-default-port]</source>
        <translation>Aufruf: uc-media-console edit FILE ACTION [--dry-run] [--use-default-port]</translation>
    </message>
    <message>
        <source>There is no media server number %1; the list has %2.</source>
        <translation>Media-Server Nr. %1 gibt es nicht (Anzahl in der Liste: %2).</translation>
    </message>
    <message>
        <source>No media server has the address %1.</source>
        <translation>Kein Media-Server hat die Adresse %1.</translation>
    </message>
    <message>
        <source>%1 matches several media servers (%2); give the position instead.</source>
        <translation>%1 passt auf mehrere Media-Server (%2); geben Sie stattdessen die Position an.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Unbekannte Aktion „%1“.</translation>
    </message>
    <message>
        <source>add needs an address and optionally a position: add URL [POSITION]</source>
        <translation>add benötigt eine Adresse und optional eine Position: add URL [POSITION]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a position (1 = first).</source>
        <translation>„%1“ ist keine Position (1 = erste).</translation>
    </message>
    <message>
        <source>remove needs one media server: remove URL|POSITION</source>
        <translation>remove benötigt genau einen Media-Server: remove URL|POSITION</translation>
    </message>
    <message>
        <source>move needs a media server and a position: move FROM TO</source>
        <translation>move benötigt einen Media-Server und eine Position: move FROM TO</translation>
    </message>
    <message>
        <source>encrypt needs on or off and optionally a media server: encrypt on|off [URL]</source>
        <translation>encrypt benötigt on oder off und optional einen Media-Server: encrypt on|off [URL]</translation>
    </message>
    <message>
        <source>set-flag needs a media server, a flag name and 0 or 1: set-flag URL NAME 0|1</source>
        <translation>set-flag benötigt einen Media-Server, einen Flag-Namen und 0 oder 1: set-flag URL NAME 0|1</translation>
    </message>
    <message>
        <source>clear-flag needs a media server and a flag name: clear-flag URL NAME</source>
        <translation>clear-flag benötigt einen Media-Server und einen Flag-Namen: clear-flag URL NAME</translation>
    </message>
    <message>
        <source>Unknown flag &quot;%1&quot;; use candkillipv6, candkilltcp or candonlyturn.</source>
        <translation>Unbekanntes Flag „%1“; verwenden Sie candkillipv6, candkilltcp oder candonlyturn.</translation>
    </message>
    <message>
        <source>A flag is set to 0 or 1, not &quot;%1&quot;.</source>
        <translation>Ein Flag wird auf 0 oder 1 gesetzt, nicht auf „%1“.</translation>
    </message>
    <message>
        <source>set-url needs a media server and the new address: set-url URL NEWURL</source>
        <translation>set-url benötigt einen Media-Server und die neue Adresse: set-url URL NEWURL</translation>
    </message>
    <message>
        <source>Changes the media server list of an eucwebconfig.json: first a backup next to the file, then an atomic replace.</source>
        <translation>Ändert die Media-Server-Liste einer eucwebconfig.json: Zuerst wird neben der Datei eine Sicherungskopie angelegt, dann wird die Datei atomar ersetzt.</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>Der Unterbefehl.</translation>
    </message>
    <message>
        <source>The eucwebconfig.json to change.</source>
        <translation>Die zu ändernde eucwebconfig.json.</translation>
    </message>
    <message>
        <source>What to change, see above.</source>
        <translation>Was geändert werden soll, siehe oben.</translation>
    </message>
    <message>
        <source>Print the changes as a unified diff; write nothing.</source>
        <translation>Gibt die Änderungen als Unified Diff aus und schreibt nichts.</translation>
    </message>
    <message>
        <source>encrypt: also move a custom port to 8433 (wss) or 8888 (ws).</source>
        <translation>encrypt: stellt auch einen abweichenden Port auf 8433 (wss) bzw. 8888 (ws) um.</translation>
    </message>
    <message>
        <source>Language of the messages (en, de).</source>
        <translation>Sprache der Meldungen (en, de).</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>Nichts zu ändern: %1</translation>
    </message>
    <message>
        <source>Dry run (%1): the result has errors and could not be saved; nothing was written.</source>
        <translation>Probelauf (%1): Das Ergebnis enthält Fehler und könnte nicht gespeichert werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Dry run (%1): nothing was written.</source>
        <translation>Probelauf (%1): Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: saved %2.</source>
        <translation>%1: %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1: saved %2 (backup: %3).</source>
        <translation>%1: %2 gespeichert (Sicherungskopie: %3).</translation>
    </message>
    <message>
        <source>The change takes effect when the UC WebServer service is restarted.</source>
        <translation>Die Änderung wird wirksam, wenn der Dienst UC WebServer neu gestartet wird.</translation>
    </message>
</context>
<context>
    <name>ucmc::JsonNode</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation>eine Liste [ … ]</translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation>ein Objekt { … }</translation>
    </message>
</context>
<context>
    <name>ucmc::JsonSyntaxError</name>
    <message>
        <source>The file is empty. It must contain a JSON object, starting with { and ending with }.</source>
        <translation>Die Datei ist leer. Sie muss ein JSON-Objekt enthalten, das mit { beginnt und mit } endet.</translation>
    </message>
    <message>
        <source>The file ends too early: the { at line %1, column %2 is never closed with }.</source>
        <translation>Die Datei endet zu früh: Die geschweifte Klammer { in Zeile %1, Spalte %2 wird nie mit } geschlossen.</translation>
    </message>
    <message>
        <source>The file ends too early: the [ at line %1, column %2 is never closed with ].</source>
        <translation>Die Datei endet zu früh: Die eckige Klammer [ in Zeile %1, Spalte %2 wird nie mit ] geschlossen.</translation>
    </message>
    <message>
        <source>The file ends too early: a value is missing.</source>
        <translation>Die Datei endet zu früh: Ein Wert fehlt.</translation>
    </message>
    <message>
        <source>The text in quotes that starts at line %1, column %2 has no closing quote &quot;.</source>
        <translation>Dem Text in Anführungszeichen, der in Zeile %1, Spalte %2 beginnt, fehlt das schließende Anführungszeichen &quot;.</translation>
    </message>
    <message>
        <source>The character %1 is not allowed here.</source>
        <translation>Das Zeichen %1 ist hier nicht zulässig.</translation>
    </message>
    <message>
        <source>There is a comma after the last entry. Remove this comma: JSON allows no comma before ] or }.</source>
        <translation>Nach dem letzten Eintrag steht ein Komma. Entfernen Sie dieses Komma: JSON erlaubt kein Komma vor ] oder }.</translation>
    </message>
    <message>
        <source>A comma is missing before this entry. Separate entries with a comma.</source>
        <translation>Vor diesem Eintrag fehlt ein Komma. Trennen Sie Einträge durch Kommas.</translation>
    </message>
    <message>
        <source>A colon : is missing after the name in quotes.</source>
        <translation>Nach dem Namen in Anführungszeichen fehlt ein Doppelpunkt :.</translation>
    </message>
    <message>
        <source>A value is missing here.</source>
        <translation>Hier fehlt ein Wert.</translation>
    </message>
    <message>
        <source>This bracket does not match the [ at line %1, column %2: a list opened with [ must be closed with ].</source>
        <translation>Diese Klammer passt nicht zur eckigen Klammer [ in Zeile %1, Spalte %2: Eine mit [ geöffnete Liste muss mit ] geschlossen werden.</translation>
    </message>
    <message>
        <source>This bracket does not match the { at line %1, column %2: an object opened with { must be closed with }.</source>
        <translation>Diese Klammer passt nicht zur geschweiften Klammer { in Zeile %1, Spalte %2: Ein mit { geöffnetes Objekt muss mit } geschlossen werden.</translation>
    </message>
    <message>
        <source>Typographic quotes such as “ ” or „ “ (often copied from a web page or a word processor) are used here. JSON needs straight double quotes &quot;.</source>
        <translation>Hier stehen typografische Anführungszeichen wie “ ” oder „ “ (oft aus einer Webseite oder Textverarbeitung kopiert). JSON benötigt gerade doppelte Anführungszeichen &quot;.</translation>
    </message>
    <message>
        <source>Single quotes are used here. JSON needs straight double quotes &quot; around names and texts.</source>
        <translation>Hier stehen einfache Anführungszeichen. JSON benötigt gerade doppelte Anführungszeichen &quot; um Namen und Texte.</translation>
    </message>
    <message>
        <source>A comment (// or /* */) is here. JSON does not allow comments; remove it.</source>
        <translation>Hier steht ein Kommentar (// oder /* */). JSON erlaubt keine Kommentare; entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>The name %1 must be in double quotes, for example &quot;%1&quot;.</source>
        <translation>Der Name %1 muss in doppelten Anführungszeichen stehen, zum Beispiel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An invisible special space (%1, often copied from a web page) is here. Replace it with a normal space.</source>
        <translation>Hier steht ein unsichtbares Sonderleerzeichen (%1, oft aus einer Webseite kopiert). Ersetzen Sie es durch ein normales Leerzeichen.</translation>
    </message>
    <message>
        <source>A backslash \ inside quotes must be followed by &quot;, \, /, b, f, n, r, t or u and four hex digits. For a backslash in a Windows path write two: C:\\Program Files.</source>
        <translation>Auf einen Backslash \ in Anführungszeichen muss &quot;, \, /, b, f, n, r, t oder u mit vier Hexadezimalziffern folgen. Für einen Backslash in einem Windows-Pfad schreiben Sie zwei: C:\\Program Files.</translation>
    </message>
    <message>
        <source>The escape \u here is half of a surrogate pair without its other half; it is not a valid character.</source>
        <translation>Die Escape-Sequenz \u ist hier die Hälfte eines Surrogatpaars ohne die andere Hälfte; sie ergibt kein gültiges Zeichen.</translation>
    </message>
    <message>
        <source>A tab character is inside quotes. Write it as \t or use spaces.</source>
        <translation>In Anführungszeichen steht ein Tabulatorzeichen. Schreiben Sie es als \t oder verwenden Sie Leerzeichen.</translation>
    </message>
    <message>
        <source>The control character %1 is inside quotes. Remove it.</source>
        <translation>In Anführungszeichen steht das Steuerzeichen %1. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>This number is not valid JSON. Write numbers with digits, an optional minus sign and a dot for decimals, without leading zeros: 0, 8888, -1, 2.5.</source>
        <translation>Diese Zahl ist kein gültiges JSON. Schreiben Sie Zahlen mit Ziffern, optional mit Minuszeichen und mit einem Punkt als Dezimaltrennzeichen, ohne führende Nullen: 0, 8888, -1, 2.5.</translation>
    </message>
    <message>
        <source>The word %1 is not a JSON value. Use true, false, null, a number, or text in double quotes.</source>
        <translation>Das Wort %1 ist kein JSON-Wert. Verwenden Sie true, false, null, eine Zahl oder Text in doppelten Anführungszeichen.</translation>
    </message>
    <message>
        <source>There is more text after the end of the JSON data. Is there one } or ] too many?</source>
        <translation>Nach dem Ende der JSON-Daten folgt weiterer Text. Steht eine } oder ] zu viel?</translation>
    </message>
    <message>
        <source>The file contains bytes that are not UTF-8 text here. Save the file as UTF-8.</source>
        <translation>Die Datei enthält hier Bytes, die kein UTF-8-Text sind. Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>Lists and objects are nested too deeply here.</source>
        <translation>Listen und Objekte sind hier zu tief verschachtelt.</translation>
    </message>
</context>
<context>
    <name>ucmc::MainWindow</name>
    <message>
        <source>About UC Media Console</source>
        <translation>Über UC Media Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Site &amp;Settings…</source>
        <translation>Standort&amp;einstellungen…</translation>
    </message>
    <message>
        <source>UCServer host, ports and probe timing of this site</source>
        <translation>UCServer-Host, Ports und Ping-Einstellungen dieses Standorts</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About UC Media Console</source>
        <translation>&amp;Über UC Media Console</translation>
    </message>
    <message>
        <source>Switch to another installation you opened before</source>
        <translation>Zu einem anderen, bereits geöffneten Standort wechseln</translation>
    </message>
    <message>
        <source>UC Media Console</source>
        <translation>UC Media Console</translation>
    </message>
    <message>
        <source>%1 – UC Media Console</source>
        <translation>%1 – UC Media Console</translation>
    </message>
    <message>
        <source>Open an eucwebconfig.json to see its media servers (File &gt; Open, or drop the file here).</source>
        <translation>Öffnen Sie eine eucwebconfig.json, um ihre Media-Server zu sehen (Datei &gt; Öffnen, oder ziehen Sie die Datei hierher).</translation>
    </message>
    <message>
        <source>Open eucwebconfig.json</source>
        <translation>eucwebconfig.json öffnen</translation>
    </message>
    <message>
        <source>JSON configuration (*.json);;All files (*)</source>
        <translation>JSON-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The kurentoservers list is empty.</source>
        <translation>Die Liste kurentoservers ist leer.</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No media servers: the file could not be read.</source>
        <translation>Keine Media-Server: Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: the UC WebServer cannot read it either</source>
        <translation>%1 ist kein gültiges JSON: Auch der UC WebServer kann die Datei nicht lesen</translation>
    </message>
    <message>
        <source>No media servers: the file is not valid JSON.</source>
        <translation>Keine Media-Server: Die Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>%1 has no usable media server list</source>
        <translation>%1 enthält keine verwendbare Media-Server-Liste</translation>
    </message>
    <message>
        <source>No media servers: see the message above.</source>
        <translation>Keine Media-Server: Siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 verwendet %2</translation>
    </message>
    <message>
        <source>Media servers run different versions</source>
        <translation>Media-Server laufen mit unterschiedlichen Versionen</translation>
    </message>
    <message>
        <source>All hosts must run the same software version. Most run %1; %2.</source>
        <translation>Auf allen Hosts muss dieselbe Softwareversion laufen. Die meisten verwenden %1; %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;UC Media Console&lt;/b&gt; %1&lt;br&gt;Shows the UCServer host and every UC MediaServer of an estos ProCall Infinity installation with live status, and edits the media server list safely.</source>
        <translation>&lt;b&gt;UC Media Console&lt;/b&gt; %1&lt;br&gt;Zeigt den UCServer-Host und jeden UC MediaServer einer Installation von estos ProCall Infinity mit Live-Status und bearbeitet die Media-Server-Liste sicher.</translation>
    </message>
    <message>
        <source>This change was not made</source>
        <translation>Diese Änderung wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>Not saved. Your edits are still here.</source>
        <translation>Nicht gespeichert. Ihre Änderungen sind weiterhin vorhanden.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Open an eucwebconfig.json (%1); you can also drop the file on the window</source>
        <translation>Eine eucwebconfig.json öffnen (%1); Sie können die Datei auch auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Review the changes and save them, with a backup of the current file</source>
        <translation>Änderungen prüfen und speichern, mit einer Sicherungskopie der aktuellen Datei</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add Media Server…</source>
        <translation>Media-Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Media Server</source>
        <translation>Media-Server &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Encrypt All (wss)…</source>
        <translation>Alle &amp;verschlüsseln (wss)…</translation>
    </message>
    <message>
        <source>&amp;Unencrypted for All (ws)…</source>
        <translation>Alle u&amp;nverschlüsselt (ws)…</translation>
    </message>
    <message>
        <source>Edit &amp;History</source>
        <translation>Bearbeitungs&amp;verlauf</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;geöffnete Datei&gt;</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>Die Datei wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing it. Saving will ask whether to overwrite their version.</source>
        <translation>Jemand anderes hat %1 geändert, während Sie die Datei bearbeitet haben. Beim Speichern werden Sie gefragt, ob die andere Version überschrieben werden soll.</translation>
    </message>
    <message>
        <source>Reload and Discard My Edits</source>
        <translation>Neu laden und meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>The JSON text is not valid: the other views are locked until it is repaired</source>
        <translation>Der JSON-Text ist ungültig: Die anderen Ansichten sind gesperrt, bis er korrigiert ist</translation>
    </message>
    <message>
        <source>Show in JSON</source>
        <translation>Im JSON-Text anzeigen</translation>
    </message>
    <message>
        <source>There was no previous file to back up.</source>
        <translation>Es gab keine bisherige Datei, die gesichert werden konnte.</translation>
    </message>
    <message>
        <source>The previous version was kept as %1.</source>
        <translation>Die vorherige Version wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Saved. The change takes effect when the UC WebServer service is restarted.</source>
        <translation>Gespeichert. Die Änderung wird wirksam, wenn der Dienst UC WebServer neu gestartet wird.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>ucmc::MediaServerConnection</name>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the reply is not JSON-RPC 2.0</source>
        <translation>Antwort ist kein JSON-RPC 2.0</translation>
    </message>
    <message>
        <source>ping was not answered with pong</source>
        <translation>Ping nicht mit pong beantwortet</translation>
    </message>
    <message>
        <source>ping was answered with error %1 (%2)</source>
        <translation>Ping mit Fehler %1 (%2) beantwortet</translation>
    </message>
</context>
<context>
    <name>ucmc::MediaServerUrl</name>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>The address contains a space, tab or line break. Remove it.</source>
        <translation>Die Adresse enthält ein Leerzeichen, einen Tabulator oder einen Zeilenumbruch. Entfernen Sie dieses Zeichen.</translation>
    </message>
    <message>
        <source>The address does not start with a scheme such as ws://. Write it like ws://10.21.3.11:8888/kurento.</source>
        <translation>Die Adresse beginnt nicht mit einem Schema wie ws://. Schreiben Sie sie in der Form ws://10.21.3.11:8888/kurento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid scheme. Use ws:// or wss://.</source>
        <translation>„%1“ ist kein gültiges Schema. Verwenden Sie ws:// oder wss://.</translation>
    </message>
    <message>
        <source>The address has no host name or IP address after %1://.</source>
        <translation>Die Adresse enthält nach %1:// keinen Hostnamen und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The IPv6 address has no closing bracket ]. Write it like ws://[fd00::11]:8888/kurento.</source>
        <translation>Der IPv6-Adresse fehlt die schließende Klammer ]. Schreiben Sie sie in der Form ws://[fd00::11]:8888/kurento.</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the IPv6 address.</source>
        <translation>Unerwarteter Text „%1“ nach der IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The brackets [ ] contain no IPv6 address.</source>
        <translation>Die Klammern [ ] enthalten keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>An IPv6 address must be written in square brackets, for example ws://[fd00::11]:8888/kurento.</source>
        <translation>Eine IPv6-Adresse muss in eckigen Klammern stehen, zum Beispiel ws://[fd00::11]:8888/kurento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address. Write four numbers from 0 to 255 without leading zeros, separated by dots, for example 10.21.3.11.</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse. Schreiben Sie vier Zahlen von 0 bis 255 ohne führende Nullen, getrennt durch Punkte, zum Beispiel 10.21.3.11.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name. Use letters, digits, hyphens and dots, or an IP address.</source>
        <translation>„%1“ ist kein gültiger Hostname. Verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte oder eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The port number after the colon is missing.</source>
        <translation>Die Portnummer nach dem Doppelpunkt fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Use digits only, for example 8888.</source>
        <translation>„%1“ ist keine Portnummer. Verwenden Sie nur Ziffern, zum Beispiel 8888.</translation>
    </message>
    <message>
        <source>The port %1 is outside the valid range 1 to 65535.</source>
        <translation>Der Port %1 liegt außerhalb des gültigen Bereichs von 1 bis 65535.</translation>
    </message>
</context>
<context>
    <name>ucmc::PortCheck</name>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <source>closed without an HTTP answer</source>
        <translation>ohne HTTP-Antwort geschlossen</translation>
    </message>
    <message>
        <source>not an HTTP server</source>
        <translation>kein HTTP-Server</translation>
    </message>
    <message>
        <source>UCServer not connected (HTTP 502)</source>
        <translation>UCServer nicht verbunden (HTTP 502)</translation>
    </message>
</context>
<context>
    <name>ucmc::ProblemsList</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, notes: %3</source>
        <translation>Fehler: %1, Warnungen: %2, Hinweise: %3</translation>
    </message>
</context>
<context>
    <name>ucmc::SaveFlow</name>
    <message>
        <source>Save eucwebconfig.json As</source>
        <translation>eucwebconfig.json speichern unter</translation>
    </message>
    <message>
        <source>JSON configuration (*.json);;All files (*)</source>
        <translation>JSON-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The media server list has changes that are not saved. Save them before closing?</source>
        <translation>Die Media-Server-Liste enthält nicht gespeicherte Änderungen. Möchten Sie sie vorher speichern?</translation>
    </message>
    <message>
        <source>Not saved: the list has errors. Fix the problems marked as errors first.</source>
        <translation>Nicht gespeichert: Die Liste enthält Fehler. Beheben Sie zuerst die als Fehler markierten Probleme.</translation>
    </message>
    <message>
        <source>Review Changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>These lines of %1 change (the file on disk against what will be written). A backup of the current file is written first.</source>
        <translation>Diese Zeilen von %1 ändern sich (Datei auf dem Datenträger im Vergleich zu dem, was geschrieben wird). Zuerst wird eine Sicherungskopie der aktuellen Datei geschrieben.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>Die Datei wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was opened. Overwrite it with your version (the other version is kept as a backup), or reload it and lose your edits?</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem geändert. Möchten Sie die Datei mit Ihrer Version überschreiben (die andere Version wird als Sicherungskopie aufbewahrt) oder neu laden und Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Reload and Discard My Edits</source>
        <translation>Neu laden und meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ucmc::ServerEditing</name>
    <message>
        <source>wss on port 8433</source>
        <translation>wss auf Port 8433</translation>
    </message>
    <message>
        <source>ws on port 8888</source>
        <translation>ws auf Port 8888</translation>
    </message>
    <message>
        <source>Keep the custom port?</source>
        <translation>Abweichenden Port beibehalten?</translation>
    </message>
    <message>
        <source>%1 does not use the default port. Keep its port, or switch to %2 as the knowledge-base article describes?</source>
        <translation>Bei %1 ist nicht der Standardport eingestellt. Den bisherigen Port beibehalten oder wie im Knowledge-Base-Artikel beschrieben auf %2 umstellen?</translation>
    </message>
    <message>
        <source>Yes keeps the port as it is, No uses the default port.</source>
        <translation>„Ja“ behält den Port bei, „Nein“ verwendet den Standardport.</translation>
    </message>
</context>
<context>
    <name>ucmc::ServerPropertiesPanel</name>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Encrypted (wss)</source>
        <translation>&amp;Verschlüsselt (wss)</translation>
    </message>
    <message>
        <source>The article: encryption means wss:// on port 8433 instead of ws:// on 8888. The media server must be set up for it.</source>
        <translation>Laut Artikel bedeutet Verschlüsselung wss:// auf Port 8433 statt ws:// auf 8888. Der Media-Server muss dafür eingerichtet sein.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>0 (off)</source>
        <translation>0 (aus)</translation>
    </message>
    <message>
        <source>1 (on)</source>
        <translation>1 (ein)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move up: earlier in the round-robin order</source>
        <translation>Nach oben: kommt bei der Verteilung reihum (Round Robin) früher an die Reihe</translation>
    </message>
    <message>
        <source>Move down: later in the round-robin order</source>
        <translation>Nach unten: kommt bei der Verteilung reihum (Round Robin) später an die Reihe</translation>
    </message>
    <message>
        <source>No media server selected</source>
        <translation>Kein Media-Server ausgewählt</translation>
    </message>
    <message>
        <source>Media server %1 of %2</source>
        <translation>Media-Server %1 von %2</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>In der Datei: %1</translation>
    </message>
    <message>
        <source>Not in the file</source>
        <translation>Nicht in der Datei</translation>
    </message>
    <message>
        <source>A media server is reached with ws:// or wss://.</source>
        <translation>Ein Media-Server wird über ws:// oder wss:// erreicht.</translation>
    </message>
    <message>
        <source>✓ %1, port %2</source>
        <translation>✓ %1, Port %2</translation>
    </message>
</context>
<context>
    <name>ucmc::ServerTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Place in the list: the UCServer hands out new calls round robin in this order</source>
        <translation>Position in der Liste: In dieser Reihenfolge verteilt der UCServer neue Anrufe reihum (Round Robin)</translation>
    </message>
    <message>
        <source>candkillipv6: drop IPv6 ICE candidates of this media server</source>
        <translation>candkillipv6: IPv6-ICE-Kandidaten dieses Media-Servers verwerfen</translation>
    </message>
    <message>
        <source>candkilltcp: drop TCP ICE candidates of this media server</source>
        <translation>candkilltcp: TCP-ICE-Kandidaten dieses Media-Servers verwerfen</translation>
    </message>
    <message>
        <source>candonlyturn: offer only TURN relay candidates</source>
        <translation>candonlyturn: nur TURN-Relay-Kandidaten anbieten</translation>
    </message>
    <message>
        <source>Round-trip time of the last JSON-RPC ping</source>
        <translation>Antwortzeit des letzten JSON-RPC-Pings</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>No IPv6</source>
        <translation>Kein IPv6</translation>
    </message>
    <message>
        <source>No TCP</source>
        <translation>Kein TCP</translation>
    </message>
    <message>
        <source>Only TURN</source>
        <translation>Nur TURN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>KMS version</source>
        <translation>KMS-Version</translation>
    </message>
    <message>
        <source>In state for</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>ucmc::SiteSettingsDialog</name>
    <message>
        <source>Site Settings</source>
        <translation>Standorteinstellungen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Configuration file:</source>
        <translation>Konfigurationsdatei:</translation>
    </message>
    <message>
        <source>e.g. WinServer1 or 10.21.3.10</source>
        <translation>z. B. WinServer1 oder 10.21.3.10</translation>
    </message>
    <message>
        <source>%1 (from the file&apos;s share)</source>
        <translation>%1 (aus der Freigabe der Datei)</translation>
    </message>
    <message>
        <source>The host that runs the UCServer and the UC WebServer. Leave empty to use the host of the file&apos;s network share.</source>
        <translation>Der Host, auf dem UCServer und UC WebServer laufen. Lassen Sie das Feld leer, um den Host der Netzwerkfreigabe zu verwenden, über die die Datei geöffnet wurde.</translation>
    </message>
    <message>
        <source>UCServer &amp;host:</source>
        <translation>UCServer-&amp;Host:</translation>
    </message>
    <message>
        <source>UCServer &amp;client port:</source>
        <translation>UCServer-&amp;Client-Port:</translation>
    </message>
    <message>
        <source>UC &amp;WebServer HTTP port:</source>
        <translation>HTTP-Port des UC &amp;WebServers:</translation>
    </message>
    <message>
        <source>Time between two JSON-RPC pings to each media server.</source>
        <translation>Zeit zwischen zwei JSON-RPC-Pings an denselben Media-Server.</translation>
    </message>
    <message>
        <source>Ping &amp;interval:</source>
        <translation>Ping-&amp;Intervall:</translation>
    </message>
    <message>
        <source>A media server that does not answer a ping within this time is shown as down.</source>
        <translation>Ein Media-Server, der einen Ping nicht innerhalb dieser Zeit beantwortet, wird als ausgefallen angezeigt.</translation>
    </message>
    <message>
        <source>Ping &amp;timeout:</source>
        <translation>Ping-&amp;Zeitlimit:</translation>
    </message>
</context>
<context>
    <name>ucmc::TopologyView</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>answers (HTTP %1)</source>
        <translation>antwortet (HTTP %1)</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 (%2 %3): %4</source>
        <translation>%1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>UCServer host not set</source>
        <translation>UCServer-Host nicht festgelegt</translation>
    </message>
    <message>
        <source>UCServer and UC WebServer</source>
        <translation>UCServer und UC WebServer</translation>
    </message>
    <message>
        <source>Open the file through its share (\\host\…) or set the host in the site settings.</source>
        <translation>Öffnen Sie die Datei über ihre Freigabe (\\host\…) oder legen Sie den Host in den Standorteinstellungen fest.</translation>
    </message>
    <message>
        <source>UCServer</source>
        <translation>UCServer</translation>
    </message>
    <message>
        <source>UC WebServer</source>
        <translation>UC WebServer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(differs)</source>
        <translation>(abweichend)</translation>
    </message>
    <message>
        <source>No media servers listed.</source>
        <translation>Keine Media-Server eingetragen.</translation>
    </message>
    <message>
        <source>Switch to ws (unencrypted)</source>
        <translation>Auf ws umstellen (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Switch to wss (encrypted)</source>
        <translation>Auf wss umstellen (verschlüsselt)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add Media Server…</source>
        <translation>Media-Server hinzufügen…</translation>
    </message>
</context>
</TS>
