<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>Shows the UCServer host and every UC MediaServer of an estos ProCall installation with live status.</source>
        <translation>Zeigt den UCServer-Host und jeden UC MediaServer einer Installation von estos ProCall mit Live-Status.</translation>
    </message>
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
        <source>The file is not valid JSON (line %1, column %2: %3) Repair the text first; until then only the text can be edited.</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile %1, Spalte %2: %3). Korrigieren Sie zuerst den Text; bis dahin kann nur der Text bearbeitet werden.</translation>
    </message>
    <message>
        <source>The file has no &quot;kurentoservers&quot; list. Add it in the text first.</source>
        <translation>Die Datei enthält keine Liste &quot;kurentoservers&quot;. Fügen Sie sie zuerst im Text hinzu.</translation>
    </message>
    <message>
        <source>&quot;kurentoservers&quot; is not a list [ … ]. Repair it in the text first.</source>
        <translation>&quot;kurentoservers&quot; ist keine Liste [ … ]. Korrigieren Sie dies zuerst im Text.</translation>
    </message>
    <message>
        <source>There is no media server number %1; the list has %2.</source>
        <translation>Media-Server Nr. %1 gibt es nicht (Anzahl in der Liste: %2).</translation>
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
        <source>media server %1</source>
        <translation>Media-Server %1</translation>
    </message>
    <message>
        <source>A media server cannot be added at position %1; the list has %2.</source>
        <translation>An Position %1 kann kein Media-Server hinzugefügt werden (Anzahl in der Liste: %2).</translation>
    </message>
    <message>
        <source>Add media server %1</source>
        <translation>Media-Server %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove media server %1</source>
        <translation>Media-Server %1 entfernen</translation>
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
        <source>The file %1 contains zero bytes, so it is not UTF-8 text. Is it the right file?</source>
        <translation>Die Datei %1 enthält Nullbytes und ist daher kein UTF-8-Text. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>You do not have permission to read %1. Ask for read access, or open a copy of the file.</source>
        <translation>Sie haben keine Berechtigung, %1 zu lesen. Fordern Sie Lesezugriff an oder öffnen Sie eine Kopie der Datei.</translation>
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
        <source>&lt;b&gt;UC Media Console&lt;/b&gt; %1&lt;br&gt;Shows the UCServer host and every UC MediaServer of an estos ProCall Infinity installation with live status.</source>
        <translation>&lt;b&gt;UC Media Console&lt;/b&gt; %1&lt;br&gt;Zeigt den UCServer-Host und jeden UC MediaServer einer Installation von estos ProCall Infinity mit Live-Status.</translation>
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
        <source>Open an eucwebconfig.json (Ctrl+O); you can also drop the file on the window</source>
        <translation>Eine eucwebconfig.json öffnen (Strg+O); Sie können die Datei auch auf das Fenster ziehen</translation>
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
        <source>Some entries of %1 cannot be checked</source>
        <translation>Einige Einträge in %1 können nicht geprüft werden</translation>
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
        <source>Reload</source>
        <translation>Neu laden</translation>
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
        <source>UC WebServer runs, but its UCServer is not connected (HTTP 502)</source>
        <translation>UC WebServer läuft, aber sein UCServer ist nicht verbunden (HTTP 502)</translation>
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
        <source>UCServer not connected (HTTP 502)</source>
        <translation>UCServer nicht verbunden (HTTP 502)</translation>
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
</context>
</TS>
