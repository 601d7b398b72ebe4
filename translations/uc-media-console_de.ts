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
        <source>Shows the UCServer host and every UC MediaServer of an estos ProCall Infinity installation with live status.

Commands without a window (see &lt;command&gt; --help):
  check FILE          lint rules, for editors and CI
  edit FILE ACTION    one safe change with backup
  probe FILE|URL...   one probe round, Nagios/Icinga conventions
  serve-metrics FILE  Prometheus metrics over HTTP</source>
        <translation>Zeigt den UCServer-Host und jeden UC MediaServer einer Installation von estos ProCall Infinity mit Live-Status.

Befehle ohne Fenster (siehe &lt;command&gt; --help):
  check FILE          Prüfregeln, für Editoren und CI
  edit FILE ACTION    eine sichere Änderung mit Sicherungskopie
  probe FILE|URL...   eine Prüfrunde, nach Nagios/Icinga-Konventionen
  serve-metrics FILE  Prometheus-Metriken über HTTP</translation>
    </message>
    <message>
        <source>Dark colours (the Fusion style with a dark palette), whatever the desktop&apos;s theme; for screenshots.</source>
        <translation>Dunkle Farben (Fusion-Stil mit dunkler Palette), unabhängig vom Design des Desktops; für Bildschirmfotos.</translation>
    </message>
    <message>
        <source>The tab to start with: servers, json, hosts (hosts checks the services) or fleet.</source>
        <translation>Die Registerkarte beim Start: servers, json, hosts (hosts prüft die Dienste) oder fleet.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>State changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Restarted</source>
        <translation>Neu gestartet</translation>
    </message>
    <message>
        <source>Version changed</source>
        <translation>Version geändert</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Zertifikat läuft ab</translation>
    </message>
    <message>
        <source>UCServer host</source>
        <translation>UCServer-Host</translation>
    </message>
    <message>
        <source>Console action</source>
        <translation>Konsolenaktion</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
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
        <translation>Abweichende Versionen: %1</translation>
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
    <message>
        <source>Going down</source>
        <translation>Fällt aus</translation>
    </message>
    <message>
        <source>Going up</source>
        <translation>Kommt zurück</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Going down (%1 of %2)</source>
        <translation>Fällt aus (%1 von %2)</translation>
    </message>
    <message>
        <source>Going up (%1 of %2)</source>
        <translation>Kommt zurück (%1 von %2)</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Certificate changed since you trusted it</source>
        <translation>Zertifikat geändert, seit Sie ihm vertraut haben</translation>
    </message>
    <message>
        <source>No WebSocket upgrade (HTTP %1)</source>
        <translation>Kein WebSocket-Upgrade (HTTP %1)</translation>
    </message>
    <message>
        <source>No WebSocket upgrade</source>
        <translation>Kein WebSocket-Upgrade</translation>
    </message>
    <message>
        <source>Connection lost (no close frame, 1006)</source>
        <translation>Verbindung abgebrochen (kein Close-Frame, 1006)</translation>
    </message>
    <message>
        <source>Ping answered with an error</source>
        <translation>Ping mit Fehler beantwortet</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete: the port may not speak TLS (ws:// instead of wss://?), or the server hangs.</source>
        <translation>Der TLS-Handshake wurde nicht abgeschlossen: Der Port spricht möglicherweise kein TLS (ws:// statt wss://?) oder der Server hängt.</translation>
    </message>
    <message>
        <source>The UC MediaServer uses its self-signed defaultCertificate.pem unless another one was installed. Check the fingerprint with the server&apos;s administrator, then trust it in the certificate details.</source>
        <translation>Der UC MediaServer verwendet sein selbstsigniertes defaultCertificate.pem, sofern kein anderes installiert wurde. Prüfen Sie den Fingerabdruck mit dem Administrator des Servers und vertrauen Sie dem Zertifikat dann in den Zertifikatsdetails.</translation>
    </message>
    <message>
        <source>The server now presents another certificate than the one you trusted. If it was not replaced on purpose, someone may be in between.</source>
        <translation>Der Server legt jetzt ein anderes Zertifikat vor als das, dem Sie vertraut haben. Wenn es nicht absichtlich ersetzt wurde, hat sich möglicherweise jemand dazwischengeschaltet.</translation>
    </message>
    <message>
        <source>Invalid WebSocket upgrade</source>
        <translation>Ungültiges WebSocket-Upgrade</translation>
    </message>
    <message>
        <source>Flooded by the server</source>
        <translation>Vom Server überflutet</translation>
    </message>
    <message>
        <source>The server sent control frames faster than it read the answers; the console closed the connection to keep its memory bounded. A Kurento media server does not do this: another program may use this port.</source>
        <translation>Der Server hat Steuer-Frames schneller gesendet, als er die Antworten gelesen hat; die Konsole hat die Verbindung geschlossen, damit ihr Speicher begrenzt bleibt. Ein Kurento-Media-Server tut das nicht: Möglicherweise verwendet ein anderes Programm diesen Port.</translation>
    </message>
</context>
<context>
    <name>ServiceControlError</name>
    <message>
        <source>discover</source>
        <translation>Ermitteln</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>set startup type</source>
        <translation>Starttyp festlegen</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; could not be started (%2). Is it installed, and in the PATH?</source>
        <translation>Das Programm „%1“ konnte nicht gestartet werden (%2). Ist es installiert und im PATH?</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; crashed.</source>
        <translation>Der Befehl „%1“ ist abgestürzt.</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; for %2 failed with exit code %3: %4</source>
        <translation>Der Befehl „%1“ für %2 ist mit Exit-Code %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>ssh could not log in on %1: %2</source>
        <translation>ssh konnte sich nicht bei %1 anmelden: %2</translation>
    </message>
    <message>
        <source>ssh could not connect to %1: %2</source>
        <translation>ssh konnte keine Verbindung zu %1 herstellen: %2</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; for %2 did not finish in time and was stopped.</source>
        <translation>Der Befehl „%1“ für %2 wurde nicht rechtzeitig fertig und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Only the startup types Automatic, Manual and Disabled can be set.</source>
        <translation>Nur die Starttypen Automatisch, Manuell und Deaktiviert können festgelegt werden.</translation>
    </message>
    <message>
        <source>The discover command did not print the UCMC-RESULT line with the services.</source>
        <translation>Der Befehl zum Ermitteln hat die Zeile UCMC-RESULT mit den Diensten nicht ausgegeben.</translation>
    </message>
    <message>
        <source>The host&apos;s answer to the service command was not understood.</source>
        <translation>Die Antwort des Hosts auf den Dienstbefehl wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; does not exist on the host.</source>
        <translation>Der Dienst „%1“ ist auf dem Host nicht vorhanden.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; did not reach the wanted state in time (it is: %2).</source>
        <translation>Der Dienst „%1“ hat den gewünschten Zustand nicht rechtzeitig erreicht (aktueller Zustand: %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The service name is too long.</source>
        <translation>Der Dienstname ist zu lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Windows service name.</source>
        <translation>„%1“ ist kein gültiger Windows-Dienstname.</translation>
    </message>
    <message>
        <source>The host&apos;s answer to the service query was not understood.</source>
        <translation>Die Antwort des Hosts auf die Dienstabfrage wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; did not reach the wanted state within %2 seconds (it is: %3).</source>
        <translation>Der Dienst „%1“ hat den gewünschten Zustand nicht innerhalb von %2 Sekunden erreicht (aktueller Zustand: %3).</translation>
    </message>
    <message>
        <source>Looking for the services failed: %1</source>
        <translation>Die Suche nach den Diensten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopping the service &quot;%1&quot; failed: %2</source>
        <translation>Der Dienst „%1“ konnte nicht beendet werden: %2</translation>
    </message>
    <message>
        <source>Starting the service &quot;%1&quot; failed: %2</source>
        <translation>Der Dienst „%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Restarting the service &quot;%1&quot; failed: %2</source>
        <translation>Der Dienst „%1“ konnte nicht neu gestartet werden: %2</translation>
    </message>
    <message>
        <source>Setting the startup type of the service &quot;%1&quot; failed: %2</source>
        <translation>Der Starttyp des Dienstes „%1“ konnte nicht festgelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
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
    <name>WinRmError</name>
    <message>
        <source>The PowerShell command on the host failed: %1</source>
        <translation>Der PowerShell-Befehl auf dem Host ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The host&apos;s remote management service reported an error: %1</source>
        <translation>Der Remoteverwaltungsdienst des Hosts hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The WinRM connection settings are not usable.</source>
        <translation>Die WinRM-Verbindungseinstellungen sind nicht verwendbar.</translation>
    </message>
    <message>
        <source>The host cannot be reached on the WinRM port.</source>
        <translation>Der Host ist über den WinRM-Port nicht erreichbar.</translation>
    </message>
    <message>
        <source>The secure (HTTPS) connection to the host failed.</source>
        <translation>Die sichere Verbindung (HTTPS) zum Host ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The host rejected the user name or password.</source>
        <translation>Der Host hat den Benutzernamen oder das Kennwort abgelehnt.</translation>
    </message>
    <message>
        <source>The host offers no authentication method this console supports (Negotiate/NTLM, or Basic over HTTPS).</source>
        <translation>Der Host bietet keine Authentifizierungsmethode an, die diese Konsole unterstützt (Negotiate/NTLM oder Basic über HTTPS).</translation>
    </message>
    <message>
        <source>The host refused access: the user needs administrator rights for remote management.</source>
        <translation>Der Host hat den Zugriff verweigert: Der Benutzer benötigt Administratorrechte für die Remoteverwaltung.</translation>
    </message>
    <message>
        <source>The host&apos;s remote management service reported an error.</source>
        <translation>Der Remoteverwaltungsdienst des Hosts hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The host did not answer in time.</source>
        <translation>Der Host hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The host&apos;s answer is not a valid WinRM message.</source>
        <translation>Die Antwort des Hosts ist keine gültige WinRM-Nachricht.</translation>
    </message>
    <message>
        <source>The PowerShell command on the host failed.</source>
        <translation>Der PowerShell-Befehl auf dem Host ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The host&apos;s output was not what was expected.</source>
        <translation>Die Ausgabe des Hosts entsprach nicht den Erwartungen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Basic authentication sends the password readable; it is only allowed over HTTPS.</source>
        <translation>Die Basic-Authentifizierung überträgt das Kennwort lesbar; sie ist nur über HTTPS zulässig.</translation>
    </message>
    <message>
        <source>The host&apos;s WinRM certificate is not trusted. Check Services on the Hosts tab shows its fingerprint: compare it with the certificate on the server before you trust it.</source>
        <translation>Dem WinRM-Zertifikat des Hosts wird nicht vertraut. „Dienste prüfen“ auf der Registerkarte „Hosts“ zeigt seinen Fingerabdruck: Vergleichen Sie ihn mit dem Zertifikat auf dem Server, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The host&apos;s answer was not properly encrypted and signed, so it was discarded: it may have been altered on the way.</source>
        <translation>Die Antwort des Hosts war nicht ordnungsgemäß verschlüsselt und signiert und wurde deshalb verworfen: Sie könnte unterwegs verändert worden sein.</translation>
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
</context>
<context>
    <name>ucmc::AlertPolicy</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>The UC WebServer on %1 answers, but the UCServer is not connected to it (HTTP 502).</source>
        <translation>Der UC WebServer auf %1 antwortet, aber der UCServer ist nicht mit ihm verbunden (HTTP 502).</translation>
    </message>
    <message>
        <source>The UCServer on %1 does not answer on port %2%3.</source>
        <translation>Der UCServer auf %1 antwortet nicht auf Port %2%3.</translation>
    </message>
    <message>
        <source>The UC WebServer on %1 does not answer on port %2%3.</source>
        <translation>Der UC WebServer auf %1 antwortet nicht auf Port %2%3.</translation>
    </message>
    <message>
        <source>The UCServer on %1 answers again.</source>
        <translation>Der UCServer auf %1 antwortet wieder.</translation>
    </message>
    <message>
        <source>The UC WebServer on %1 answers again.</source>
        <translation>Der UC WebServer auf %1 antwortet wieder.</translation>
    </message>
    <message>
        <source>%1 went down %2 times in %3 (flapping).</source>
        <translation>%1 ist %2-mal in %3 ausgefallen (instabil).</translation>
    </message>
    <message>
        <source>UCServer host %1 is unreachable</source>
        <translation>UCServer-Host %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The UCServer host %1 is marked as unreachable.</source>
        <translation>Der UCServer-Host %1 ist als nicht erreichbar markiert.</translation>
    </message>
    <message>
        <source>Neither the UCServer (port %1) nor the UC WebServer (port %2) on %3 answers.</source>
        <translation>Auf %3 antworten weder der UCServer (Port %1) noch der UC WebServer (Port %2).</translation>
    </message>
    <message>
        <source>1 media server is down with it: %1.</source>
        <translation>Mit ihm ist 1 Media-Server ausgefallen: %1.</translation>
    </message>
    <message>
        <source>%1 media servers are down with it: %2.</source>
        <translation>Mit ihm sind %1 Media-Server ausgefallen: %2.</translation>
    </message>
    <message>
        <source>Media server %1 is down</source>
        <translation>Media-Server %1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1 is down.</source>
        <translation>%1 ist ausgefallen.</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 ist ausgefallen: %2</translation>
    </message>
    <message>
        <source>%1 media servers are down</source>
        <translation>%1 Media-Server sind ausgefallen</translation>
    </message>
    <message>
        <source>Down: %1</source>
        <translation>Ausgefallen: %1</translation>
    </message>
    <message>
        <source>UCServer host %1 has a problem</source>
        <translation>UCServer-Host %1 hat ein Problem</translation>
    </message>
    <message>
        <source>Certificate of %1 changed</source>
        <translation>Zertifikat von %1 geändert</translation>
    </message>
    <message>
        <source>%1 certificates changed</source>
        <translation>%1 Zertifikate geändert</translation>
    </message>
    <message>
        <source>Changed certificate (not trusted until you confirm it): %1</source>
        <translation>Geändertes Zertifikat (nicht vertrauenswürdig, bis Sie es bestätigen): %1</translation>
    </message>
    <message>
        <source>Media server %1 restarted</source>
        <translation>Media-Server %1 wurde neu gestartet</translation>
    </message>
    <message>
        <source>%1 media servers restarted</source>
        <translation>%1 Media-Server wurden neu gestartet</translation>
    </message>
    <message>
        <source>Restarted, calls they were handling were lost: %1</source>
        <translation>Neu gestartet, ihre laufenden Anrufe gingen verloren: %1</translation>
    </message>
    <message>
        <source>UCServer host %1 answers again</source>
        <translation>UCServer-Host %1 antwortet wieder</translation>
    </message>
    <message>
        <source>The UCServer host %1 answers again.</source>
        <translation>Der UCServer-Host %1 antwortet wieder.</translation>
    </message>
    <message>
        <source>Media server %1 is up again</source>
        <translation>Media-Server %1 ist wieder aktiv</translation>
    </message>
    <message>
        <source>%1 media servers are up again</source>
        <translation>%1 Media-Server sind wieder aktiv</translation>
    </message>
    <message>
        <source>Up again: %1</source>
        <translation>Wieder aktiv: %1</translation>
    </message>
    <message>
        <source>No media servers</source>
        <translation>Keine Media-Server</translation>
    </message>
    <message>
        <source>%1 of %2 media servers up</source>
        <translation>%1 von %2 Media-Servern aktiv</translation>
    </message>
    <message>
        <source>%1 down: %2</source>
        <translation>%1 ausgefallen: %2</translation>
    </message>
    <message>
        <source>%1 in maintenance</source>
        <translation>%1 in Wartung</translation>
    </message>
    <message>
        <source>%1 not checked yet</source>
        <translation>%1 noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1 not monitored</source>
        <translation>%1 nicht überwacht</translation>
    </message>
    <message>
        <source>UCServer host %1 unreachable</source>
        <translation>UCServer-Host %1 nicht erreichbar</translation>
    </message>
    <message>
        <source>UCServer not answering</source>
        <translation>UCServer antwortet nicht</translation>
    </message>
    <message>
        <source>UCServer not connected to the UC WebServer</source>
        <translation>UCServer nicht mit dem UC WebServer verbunden</translation>
    </message>
    <message>
        <source>UC WebServer not answering</source>
        <translation>UC WebServer antwortet nicht</translation>
    </message>
    <message>
        <source>versions differ</source>
        <translation>Versionen weichen ab</translation>
    </message>
    <message>
        <source>certificate of %1 expired</source>
        <translation>Zertifikat von %1 abgelaufen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 expires soon</source>
        <translation>Das Zertifikat von %1 läuft bald ab</translation>
    </message>
    <message>
        <source>%1 certificates expire soon</source>
        <translation>%1 Zertifikate laufen bald ab</translation>
    </message>
    <message numerus="yes">
        <source>certificate of %1 expires in %n days</source>
        <translation>
            <numerusform>Zertifikat von %1 läuft in %n Tag ab</numerusform>
            <numerusform>Zertifikat von %1 läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>UC WebServer HTTPS not answering</source>
        <translation>UC WebServer HTTPS antwortet nicht</translation>
    </message>
    <message>
        <source>The UCServer host %1 had a problem %2 times in %3 (flapping).</source>
        <translation>Der UCServer-Host %1 hatte %2-mal in %3 ein Problem (instabil).</translation>
    </message>
    <message>
        <source>%1 restarted %2 times in %3.</source>
        <translation>%1 wurde %2-mal in %3 neu gestartet.</translation>
    </message>
    <message>
        <source>Still down: %1</source>
        <translation>Weiterhin ausgefallen: %1</translation>
    </message>
</context>
<context>
    <name>ucmc::ApplyDialog</name>
    <message>
        <source>Apply and Restart</source>
        <translation>Übernehmen und neu starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Keep New File</source>
        <translation>Neue Datei behalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Apply the Change: Restart the UC WebServer</source>
        <translation>Änderung übernehmen: UC WebServer neu starten</translation>
    </message>
    <message>
        <source>Checking the change…</source>
        <translation>Änderung wird geprüft…</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Review the change, then apply it. The UC WebServer is restarted; softphone calls being set up at that moment may fail.</source>
        <translation>Prüfen Sie die Änderung und übernehmen Sie sie dann. Der UC WebServer wird neu gestartet; Softphone-Anrufe, die in diesem Moment aufgebaut werden, können fehlschlagen.</translation>
    </message>
    <message>
        <source>Roll back to the previous file and restart again?</source>
        <translation>Auf die vorherige Datei zurücksetzen und erneut neu starten?</translation>
    </message>
    <message>
        <source>Restart the UC WebServer</source>
        <translation>UC WebServer neu starten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Keep the File</source>
        <translation>Datei behalten</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>The UC WebServer is restarted with the file as it is; softphone calls being set up at that moment may fail.</source>
        <translation>Der UC WebServer wird mit der Datei neu gestartet, wie sie ist; Softphone-Anrufe, die in diesem Moment aufgebaut werden, können fehlschlagen.</translation>
    </message>
</context>
<context>
    <name>ucmc::ApplyTransaction</name>
    <message>
        <source>No media server is added or removed.</source>
        <translation>Es wird kein Media-Server hinzugefügt oder entfernt.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>New calls will go to: %1</source>
        <translation>Neue Anrufe gehen an: %1</translation>
    </message>
    <message>
        <source>No media server of the new list is up now: no softphone call will have a media server until one is.</source>
        <translation>Kein Media-Server der neuen Liste ist derzeit aktiv: Bis einer aktiv ist, steht keinem Softphone-Anruf ein Media-Server zur Verfügung.</translation>
    </message>
    <message>
        <source>Not up now (no calls until they are): %1</source>
        <translation>Derzeit nicht aktiv (keine Anrufe, bis sie aktiv sind): %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Applying restarts the UC WebServer: softphone calls being set up in that moment may fail.</source>
        <translation>Beim Übernehmen wird der UC WebServer neu gestartet: Softphone-Anrufe, die in diesem Moment aufgebaut werden, können fehlschlagen.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Check the UCServer host %1 and find the UC WebServer service</source>
        <translation>UCServer-Host %1 prüfen und den Dienst UC WebServer ermitteln</translation>
    </message>
    <message>
        <source>Restart the UC WebServer (its service name is found by the check above; shown here as %1)</source>
        <translation>UC WebServer neu starten (der Dienstname wird durch die Prüfung oben ermittelt; hier als %1 dargestellt)</translation>
    </message>
    <message>
        <source>Restart the UC WebServer</source>
        <translation>UC WebServer neu starten</translation>
    </message>
    <message>
        <source>Only if the UC WebServer does not come back: after restoring the backup, restart it again</source>
        <translation>Nur falls der UC WebServer nicht wieder antwortet: nach dem Wiederherstellen der Sicherungskopie erneut neu starten</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Check the new file</source>
        <translation>Neue Datei prüfen</translation>
    </message>
    <message>
        <source>Summarise the change</source>
        <translation>Änderung zusammenfassen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Check the UCServer host</source>
        <translation>UCServer-Host prüfen</translation>
    </message>
    <message>
        <source>Save with a backup</source>
        <translation>Mit Sicherungskopie speichern</translation>
    </message>
    <message>
        <source>Wait for the UC WebServer</source>
        <translation>Auf den UC WebServer warten</translation>
    </message>
    <message>
        <source>Watch the media servers</source>
        <translation>Media-Server beobachten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Roll back?</source>
        <translation>Zurücksetzen?</translation>
    </message>
    <message>
        <source>Restore the previous file</source>
        <translation>Vorherige Datei wiederherstellen</translation>
    </message>
    <message>
        <source>Restart the UC WebServer again</source>
        <translation>UC WebServer erneut neu starten</translation>
    </message>
    <message>
        <source>Wait for the UC WebServer again</source>
        <translation>Erneut auf den UC WebServer warten</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>After the restart, %1 of %2 media servers of the new list are up.</source>
        <translation>Nach dem Neustart sind %1 von %2 Media-Servern der neuen Liste aktiv.</translation>
    </message>
    <message>
        <source>Not up: %1.</source>
        <translation>Nicht aktiv: %1.</translation>
    </message>
    <message>
        <source>Applied: %1 was saved (backup: %2); the UC WebServer (%3 on %4) was restarted and answers again.</source>
        <translation>Übernommen: %1 wurde gespeichert (Sicherungskopie: %2); der UC WebServer (%3 auf %4) wurde neu gestartet und antwortet wieder.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Apply, %1: %2</source>
        <translation>Übernehmen, %1: %2</translation>
    </message>
    <message>
        <source>Apply finished (%1): %2</source>
        <translation>Übernehmen beendet (%1): %2</translation>
    </message>
    <message>
        <source>No configuration file is given.</source>
        <translation>Es ist keine Konfigurationsdatei angegeben.</translation>
    </message>
    <message>
        <source>The UCServer host %1 is not managed: set up its service control (WinRM or commands) in the host settings, or save the file and restart the UC WebServer by hand.</source>
        <translation>Der UCServer-Host %1 wird nicht verwaltet: Richten Sie in den Host-Einstellungen seine Dienststeuerung ein (WinRM oder Befehle), oder speichern Sie die Datei und starten Sie den UC WebServer von Hand neu.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>The UCServer host is not known: set it in the site settings.</source>
        <translation>Der UCServer-Host ist nicht bekannt: Legen Sie ihn in den Standorteinstellungen fest.</translation>
    </message>
    <message>
        <source>The new file has errors; the first one, at line %1, column %2: %3</source>
        <translation>Die neue Datei enthält Fehler; der erste, in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Nothing to apply: the file has no changes.</source>
        <translation>Nichts zu übernehmen: Die Datei enthält keine Änderungen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program after it was loaded. Reload it and apply again.</source>
        <translation>%1 wurde nach dem Laden von einem anderen Programm geändert. Laden Sie die Datei neu und übernehmen Sie erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Windows service name.</source>
        <translation>„%1“ ist kein gültiger Windows-Dienstname.</translation>
    </message>
    <message>
        <source>The UC WebServer&apos;s service name on %1 is not known, and this host&apos;s command templates cannot discover it: enter the name in the host settings.</source>
        <translation>Der Dienstname des UC WebServers auf %1 ist nicht bekannt, und die Befehlsvorlagen dieses Hosts können ihn nicht ermitteln: Geben Sie den Namen in den Host-Einstellungen ein.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The new file has no errors.</source>
        <translation>Die neue Datei enthält keine Fehler.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed; %3 of the new list up now; %4 active sessions on servers being removed.</source>
        <translation>%1 hinzugefügt, %2 entfernt; %3 der neuen Liste derzeit aktiv; %4 aktive Sitzungen auf zu entfernenden Servern.</translation>
    </message>
    <message>
        <source>Dry run: nothing was run and nothing was written; the summary lists the %1 commands that would run.</source>
        <translation>Probelauf: Es wurde nichts ausgeführt und nichts geschrieben; die Zusammenfassung listet die %1 Befehle auf, die ausgeführt würden.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>The service control for %1 is no longer available (its settings were changed).</source>
        <translation>Die Dienststeuerung für %1 ist nicht mehr verfügbar (ihre Einstellungen wurden geändert).</translation>
    </message>
    <message>
        <source>Not checked: this host&apos;s command templates cannot discover; the service name %1 is used as set.</source>
        <translation>Nicht geprüft: Die Befehlsvorlagen dieses Hosts können keine Dienste ermitteln; der Dienstname %1 wird wie eingestellt verwendet.</translation>
    </message>
    <message>
        <source>Asking %1 for its estos services…</source>
        <translation>%1 wird nach seinen estos-Diensten gefragt…</translation>
    </message>
    <message>
        <source>The UCServer host %1 could not be checked: %2</source>
        <translation>Der UCServer-Host %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>No UC WebServer service was found on %1 (no service runs EUCWeb.exe). If it has another name, enter it in the host settings.</source>
        <translation>Auf %1 wurde kein Dienst UC WebServer gefunden (kein Dienst führt EUCWeb.exe aus). Wenn er anders heißt, geben Sie den Namen in den Host-Einstellungen ein.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; does not exist on %2.</source>
        <translation>Der Dienst „%1“ ist auf %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>The UC WebServer is the service %1 (%2, %3).</source>
        <translation>Der UC WebServer ist der Dienst %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Saved %1 (it had no previous version to back up).</source>
        <translation>%1 gespeichert (es gab keine vorherige Version zum Sichern).</translation>
    </message>
    <message>
        <source>Saved %1; the previous version is in %2.</source>
        <translation>%1 gespeichert; die vorherige Version liegt in %2.</translation>
    </message>
    <message>
        <source>ROLLBACK INCOMPLETE: %1 %2</source>
        <translation>ZURÜCKSETZEN UNVOLLSTÄNDIG: %1 %2</translation>
    </message>
    <message>
        <source>Restarting %1 on %2…</source>
        <translation>%1 auf %2 wird neu gestartet…</translation>
    </message>
    <message>
        <source>%1 was restarted.</source>
        <translation>%1 wurde neu gestartet.</translation>
    </message>
    <message>
        <source>The UC WebServer could not be restarted: %1</source>
        <translation>Der UC WebServer konnte nicht neu gestartet werden: %1</translation>
    </message>
    <message>
        <source>ROLLBACK INCOMPLETE: the previous file was restored, but restarting the UC WebServer again failed: %1 %2</source>
        <translation>ZURÜCKSETZEN UNVOLLSTÄNDIG: Die vorherige Datei wurde wiederhergestellt, aber der erneute Neustart des UC WebServers ist fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>The UC WebServer did not answer on %1 port %2 within %3 seconds.</source>
        <translation>Der UC WebServer hat auf %1 Port %2 nicht innerhalb von %3 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The UC WebServer answers again (HTTP 502: its UCServer is not connected yet).</source>
        <translation>Der UC WebServer antwortet wieder (HTTP 502: Sein UCServer ist noch nicht verbunden).</translation>
    </message>
    <message>
        <source>The UC WebServer answers again (HTTP %1).</source>
        <translation>Der UC WebServer antwortet wieder (HTTP %1).</translation>
    </message>
    <message>
        <source>The UC WebServer does not answer yet (%1); %2 s left.</source>
        <translation>Der UC WebServer antwortet noch nicht (%1); noch %2 s.</translation>
    </message>
    <message>
        <source>the service %1 is %2</source>
        <translation>der Dienst %1 ist im Zustand %2</translation>
    </message>
    <message>
        <source>the service %1 is gone</source>
        <translation>der Dienst %1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>The UC WebServer answers, but %1.</source>
        <translation>Der UC WebServer antwortet, aber %1.</translation>
    </message>
    <message>
        <source>The UC WebServer&apos;s service is not running: %1.</source>
        <translation>Der Dienst des UC WebServers läuft nicht: %1.</translation>
    </message>
    <message>
        <source>The UC WebServer answers again on port %1 and its service %2 is running (after %3 s).</source>
        <translation>Der UC WebServer antwortet wieder auf Port %1 und sein Dienst %2 läuft (nach %3 s).</translation>
    </message>
    <message>
        <source>Cancelled and undone: %1 holds the previous configuration again (restored from %2), and the UC WebServer was restarted with it and answers.</source>
        <translation>Abgebrochen und rückgängig gemacht: %1 enthält wieder die vorherige Konfiguration (wiederhergestellt aus %2), und der UC WebServer wurde damit neu gestartet und antwortet.</translation>
    </message>
    <message>
        <source>Rolled back: %1 %2 holds the previous configuration again (restored from %3), and the UC WebServer was restarted with it and answers.</source>
        <translation>Zurückgesetzt: %1 %2 enthält wieder die vorherige Konfiguration (wiederhergestellt aus %3), und der UC WebServer wurde damit neu gestartet und antwortet.</translation>
    </message>
    <message>
        <source>ROLLBACK INCOMPLETE: the previous file was restored, but the UC WebServer did not come back: %1 %2</source>
        <translation>ZURÜCKSETZEN UNVOLLSTÄNDIG: Die vorherige Datei wurde wiederhergestellt, aber der UC WebServer antwortet nicht wieder: %1 %2</translation>
    </message>
    <message>
        <source>Not watched (switched off in the settings).</source>
        <translation>Nicht beobachtet (in den Einstellungen ausgeschaltet).</translation>
    </message>
    <message>
        <source>Watching the media servers for %1 s…</source>
        <translation>Media-Server werden %1 s lang beobachtet…</translation>
    </message>
    <message>
        <source>Rollback chosen.</source>
        <translation>Zurücksetzen gewählt.</translation>
    </message>
    <message>
        <source>The new file is kept.</source>
        <translation>Die neue Datei wird beibehalten.</translation>
    </message>
    <message>
        <source>%1 The new file was kept, as chosen. %2</source>
        <translation>%1 Die neue Datei wurde wie gewählt beibehalten. %2</translation>
    </message>
    <message>
        <source>ROLLBACK NOT POSSIBLE: there is no backup of %1 (the file did not exist before).</source>
        <translation>ZURÜCKSETZEN NICHT MÖGLICH: Es gibt keine Sicherungskopie von %1 (die Datei war vorher nicht vorhanden).</translation>
    </message>
    <message>
        <source>ROLLBACK FAILED: the backup %1 cannot be read (%2). Copy it back to %3 by hand and restart the UC WebServer.</source>
        <translation>ZURÜCKSETZEN FEHLGESCHLAGEN: Die Sicherungskopie %1 kann nicht gelesen werden (%2). Kopieren Sie sie von Hand nach %3 zurück und starten Sie den UC WebServer neu.</translation>
    </message>
    <message>
        <source>ROLLBACK NOT DONE: %1 was changed by another program during the apply, so it was not overwritten. The version before the apply is in %2.</source>
        <translation>NICHT ZURÜCKGESETZT: %1 wurde während des Übernehmens von einem anderen Programm geändert und daher nicht überschrieben. Die Version vor dem Übernehmen liegt in %2.</translation>
    </message>
    <message>
        <source>ROLLBACK FAILED: %1 could not be written back (%2). The version before the apply is in %3: copy it back by hand and restart the UC WebServer.</source>
        <translation>ZURÜCKSETZEN FEHLGESCHLAGEN: %1 konnte nicht zurückgeschrieben werden (%2). Die Version vor dem Übernehmen liegt in %3: Kopieren Sie sie von Hand zurück und starten Sie den UC WebServer neu.</translation>
    </message>
    <message>
        <source>ROLLBACK FAILED: %1 does not read back as the backup %2. Copy the backup back by hand and restart the UC WebServer.</source>
        <translation>ZURÜCKSETZEN FEHLGESCHLAGEN: %1 stimmt beim Zurücklesen nicht mit der Sicherungskopie %2 überein. Kopieren Sie die Sicherungskopie von Hand zurück und starten Sie den UC WebServer neu.</translation>
    </message>
    <message>
        <source>Restored %1 from %2, byte for byte.</source>
        <translation>%1 bytegenau aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The UC WebServer was not restarted, so it still runs with the previous file.</source>
        <translation>Der UC WebServer wurde nicht neu gestartet und läuft daher noch mit der vorherigen Datei.</translation>
    </message>
    <message>
        <source>Cancelled and undone: %1 holds the previous configuration again (restored from %2). %3</source>
        <translation>Abgebrochen und rückgängig gemacht: %1 enthält wieder die vorherige Konfiguration (wiederhergestellt aus %2). %3</translation>
    </message>
    <message>
        <source>Rolled back: %1 %2 holds the previous configuration again (restored from %3). %4</source>
        <translation>Zurückgesetzt: %1 %2 enthält wieder die vorherige Konfiguration (wiederhergestellt aus %3). %4</translation>
    </message>
    <message>
        <source>Cancelled before it started. Nothing was changed.</source>
        <translation>Vor dem Start abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled during the restart.</source>
        <translation>Während des Neustarts abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the UC WebServer.</source>
        <translation>Beim Warten auf den UC WebServer abgebrochen.</translation>
    </message>
    <message>
        <source>Watching stopped.</source>
        <translation>Beobachtung beendet.</translation>
    </message>
    <message>
        <source>The rollback was cancelled before the file was restored.</source>
        <translation>Das Zurücksetzen wurde abgebrochen, bevor die Datei wiederhergestellt war.</translation>
    </message>
    <message>
        <source>The rollback was cancelled before the file was restored. %1</source>
        <translation>Das Zurücksetzen wurde abgebrochen, bevor die Datei wiederhergestellt war. %1</translation>
    </message>
    <message>
        <source>The rollback was cancelled.</source>
        <translation>Das Zurücksetzen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The rollback was cancelled. %1</source>
        <translation>Das Zurücksetzen wurde abgebrochen. %1</translation>
    </message>
    <message>
        <source>The file %1 was not changed.</source>
        <translation>Die Datei %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The file %1 holds the NEW configuration (there is no backup).</source>
        <translation>Die Datei %1 enthält die NEUE Konfiguration (es gibt keine Sicherungskopie).</translation>
    </message>
    <message>
        <source>The file %1 holds the NEW configuration; the previous one is in the backup %2.</source>
        <translation>Die Datei %1 enthält die NEUE Konfiguration; die vorherige liegt in der Sicherungskopie %2.</translation>
    </message>
    <message>
        <source>The file %1 holds the PREVIOUS configuration again (restored from %2).</source>
        <translation>Die Datei %1 enthält wieder die VORHERIGE Konfiguration (wiederhergestellt aus %2).</translation>
    </message>
    <message>
        <source>The state of the file %1 is not certain: compare it with the backup %2.</source>
        <translation>Der Zustand der Datei %1 ist unklar: Vergleichen Sie sie mit der Sicherungskopie %2.</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
    <message>
        <source>The state of the UC WebServer service %1 on %2 is unknown.</source>
        <translation>Der Zustand des Dienstes %1 (UC WebServer) auf %2 ist unbekannt.</translation>
    </message>
    <message>
        <source>The UC WebServer service %1 on %2 was last seen %3.</source>
        <translation>Der Dienst %1 (UC WebServer) auf %2 war zuletzt im Zustand %3.</translation>
    </message>
    <message>
        <source>Its HTTP port %1 answered at the last check.</source>
        <translation>Sein HTTP-Port %1 hat bei der letzten Prüfung geantwortet.</translation>
    </message>
    <message>
        <source>Its HTTP port %1 did not answer at the last check.</source>
        <translation>Sein HTTP-Port %1 hat bei der letzten Prüfung nicht geantwortet.</translation>
    </message>
    <message>
        <source>It was not restarted.</source>
        <translation>Er wurde nicht neu gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n active sessions: removing it ends them when the UC WebServer restarts.</source>
        <translation>
            <numerusform>%1 hat %n aktive Sitzung: Das Entfernen beendet sie, wenn der UC WebServer neu startet.</numerusform>
            <numerusform>%1 hat %n aktive Sitzungen: Das Entfernen beendet sie, wenn der UC WebServer neu startet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled while saving: the file was saved, so it is restored now.</source>
        <translation>Während des Speicherns abgebrochen: Die Datei wurde gespeichert und wird jetzt wiederhergestellt.</translation>
    </message>
    <message>
        <source>The rollback was cancelled after the file was restored. %1</source>
        <translation>Das Zurücksetzen wurde abgebrochen, nachdem die Datei wiederhergestellt war. %1</translation>
    </message>
    <message>
        <source>Cancelling: waiting until %1 is written…</source>
        <translation>Abbruch: Es wird gewartet, bis %1 geschrieben ist…</translation>
    </message>
    <message>
        <source>The UC WebServer is restarted with the file as it is now; the file is not changed.</source>
        <translation>Der UC WebServer wird mit der Datei neu gestartet, wie sie jetzt ist; die Datei wird nicht geändert.</translation>
    </message>
    <message>
        <source>If it does not come back, there is no earlier version to go back to.</source>
        <translation>Kommt er nicht wieder, gibt es keine frühere Version, zu der zurückgekehrt werden kann.</translation>
    </message>
    <message>
        <source>If it does not come back, the version it ran before (%1) can be put back; the current file is kept as a backup.</source>
        <translation>Kommt er nicht wieder, kann die Version, mit der er vorher lief (%1), zurückgespielt werden; die aktuelle Datei bleibt als Sicherungskopie erhalten.</translation>
    </message>
    <message>
        <source>Softphone calls being set up while the UC WebServer restarts may fail.</source>
        <translation>Softphone-Anrufe, die während des Neustarts des UC WebServers aufgebaut werden, können fehlschlagen.</translation>
    </message>
    <message>
        <source>Restarted: the UC WebServer (%1 on %2) was restarted and answers again; it runs with %3 as it is now.</source>
        <translation>Neu gestartet: Der UC WebServer (%1 auf %2) wurde neu gestartet und antwortet wieder; er läuft mit %3, wie die Datei jetzt ist.</translation>
    </message>
    <message>
        <source>The file has errors, and the UC WebServer would load them; the first one, at line %1, column %2: %3</source>
        <translation>Die Datei enthält Fehler, und der UC WebServer würde sie laden; der erste, in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The file has no errors.</source>
        <translation>Die Datei enthält keine Fehler.</translation>
    </message>
    <message>
        <source>Restart only: the file is not changed.</source>
        <translation>Nur Neustart: Die Datei wird nicht geändert.</translation>
    </message>
    <message>
        <source>Nothing to save: the UC WebServer is restarted with the file as it is.</source>
        <translation>Nichts zu speichern: Der UC WebServer wird mit der Datei neu gestartet, wie sie ist.</translation>
    </message>
    <message>
        <source>%1 There is no earlier version of the file to go back to. %2</source>
        <translation>%1 Es gibt keine frühere Version der Datei, zu der zurückgekehrt werden kann. %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2, byte for byte; the version that did not come up is kept in %3.</source>
        <translation>%1 aus %2 Byte für Byte wiederhergestellt; die Version, mit der er nicht hochkam, ist in %3 erhalten.</translation>
    </message>
    <message>
        <source>The restart was cancelled after it was sent. %1</source>
        <translation>Der Neustart wurde abgebrochen, nachdem er gesendet war. %1</translation>
    </message>
</context>
<context>
    <name>ucmc::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued to:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ausgestellt für:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued by:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ausgestellt von:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alternative names:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Alternative Namen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Valid:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Gültig:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;SHA-256 fingerprint:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>&lt;b&gt;SHA-256-Fingerabdruck:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Self-signed: nobody vouches for it but the server itself. A UC MediaServer uses its own defaultCertificate.pem unless another one was installed.</source>
        <translation>Selbstsigniert: Außer dem Server selbst bürgt niemand dafür. Ein UC MediaServer verwendet sein eigenes defaultCertificate.pem, sofern kein anderes installiert wurde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Probleme:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>You trust this certificate for this server (pinned by its fingerprint).</source>
        <translation>Sie vertrauen diesem Zertifikat für diesen Server (über seinen Fingerabdruck festgelegt).</translation>
    </message>
    <message>
        <source>Trust This Certificate…</source>
        <translation>Diesem Zertifikat vertrauen…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the certificate on the media server, for example with
openssl x509 -noout -fingerprint -sha256 -in defaultCertificate.pem

%1

Trust it for %2? If the server later presents another certificate, the console raises an alarm.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem Zertifikat auf dem Media-Server, zum Beispiel mit
openssl x509 -noout -fingerprint -sha256 -in defaultCertificate.pem

%1

Dem Zertifikat für %2 vertrauen? Wenn der Server später ein anderes Zertifikat vorlegt, löst die Konsole einen Alarm aus.</translation>
    </message>
    <message>
        <source>Stop Trusting</source>
        <translation>Nicht mehr vertrauen</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This is not the certificate you trusted for this server.&lt;/b&gt; If it was not replaced on purpose, someone may be in between.</source>
        <translation>&lt;b&gt;Dies ist nicht das Zertifikat, dem Sie für diesen Server vertraut haben.&lt;/b&gt; Wenn es nicht absichtlich ersetzt wurde, hat sich möglicherweise jemand dazwischengeschaltet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted before:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Bisher vertraut:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>An expired certificate cannot be trusted: renew it on the media server.</source>
        <translation>Einem abgelaufenen Zertifikat kann nicht vertraut werden: Erneuern Sie es auf dem Media-Server.</translation>
    </message>
    <message>
        <source>Trust the New Certificate…</source>
        <translation>Dem neuen Zertifikat vertrauen…</translation>
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
    <name>ucmc::CommandServiceControl</name>
    <message>
        <source>commands on this workstation for %1</source>
        <translation>Befehle auf diesem Arbeitsplatz für %1</translation>
    </message>
    <message>
        <source>commands on this workstation for %1 as %2</source>
        <translation>Befehle auf diesem Arbeitsplatz für %1 als %2</translation>
    </message>
    <message>
        <source>Discovery is not supported by this host&apos;s command templates: fill in the service names by hand (or add a discover template that prints a UCMC-RESULT line).</source>
        <translation>Die Befehlsvorlagen dieses Hosts unterstützen kein Ermitteln: Tragen Sie die Dienstnamen von Hand ein (oder fügen Sie eine Vorlage zum Ermitteln hinzu, die eine Zeile UCMC-RESULT ausgibt).</translation>
    </message>
    <message>
        <source>This host has no command template for &quot;%1&quot;.</source>
        <translation>Dieser Host hat keine Befehlsvorlage für „%1“.</translation>
    </message>
    <message>
        <source>The %1 template cannot be used: %2</source>
        <translation>Die Vorlage „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or address (letters, digits, dots and hyphens, or an IP address; no spaces or shell characters).</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige Adresse (Buchstaben, Ziffern, Punkte und Bindestriche oder eine IP-Adresse; keine Leerzeichen oder Shell-Sonderzeichen).</translation>
    </message>
    <message>
        <source>The %1 template uses {user}, but no user is set for %2.</source>
        <translation>Die Vorlage „%1“ verwendet {user}, aber für %2 ist kein Benutzer festgelegt.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; cannot be put into a command (only letters, digits, . _ - @ and one backslash).</source>
        <translation>Der Benutzername „%1“ kann nicht in einen Befehl eingesetzt werden (nur Buchstaben, Ziffern, . _ - @ und ein Backslash).</translation>
    </message>
    <message>
        <source>The service name &quot;%1&quot; cannot be put into a command (only letters, digits, . _ and -; no spaces or shell characters).</source>
        <translation>Der Dienstname „%1“ kann nicht in einen Befehl eingesetzt werden (nur Buchstaben, Ziffern, . _ und -; keine Leerzeichen oder Shell-Sonderzeichen).</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>{ps_encoded} of the %1 command is this PowerShell script:</source>
        <translation>{ps_encoded} des Befehls „%1“ ist dieses PowerShell-Skript:</translation>
    </message>
</context>
<context>
    <name>ucmc::CommandTemplate</name>
    <message>
        <source>A &quot;{&quot; without a matching &quot;}&quot; (write {{ for a literal brace).</source>
        <translation>Ein &quot;{&quot; ohne passendes &quot;}&quot; (für eine geschweifte Klammer als Zeichen schreiben Sie {{).</translation>
    </message>
    <message>
        <source>Templates cannot contain {password}: a password must never appear on a command line, where other users and logs can see it. Use the tool&apos;s own authentication (ssh keys, the Windows logon).</source>
        <translation>Vorlagen dürfen {password} nicht enthalten: Ein Kennwort darf nie auf einer Befehlszeile stehen, wo andere Benutzer und Protokolle es sehen können. Verwenden Sie die eigene Authentifizierung des Werkzeugs (ssh-Schlüssel, die Windows-Anmeldung).</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}. Known: %2.</source>
        <translation>Unbekannter Platzhalter {%1}. Bekannt sind: %2.</translation>
    </message>
    <message>
        <source>The placeholder {%1} cannot be used in this template.</source>
        <translation>Der Platzhalter {%1} kann in dieser Vorlage nicht verwendet werden.</translation>
    </message>
    <message>
        <source>No value for the placeholder {%1}.</source>
        <translation>Kein Wert für den Platzhalter {%1}.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; without a matching &quot;{&quot; (write }} for a literal brace).</source>
        <translation>Ein &quot;}&quot; ohne passendes &quot;{&quot; (für eine geschweifte Klammer als Zeichen schreiben Sie }}).</translation>
    </message>
    <message>
        <source>A command template is one line; remove the line break.</source>
        <translation>Eine Befehlsvorlage besteht aus einer Zeile; entfernen Sie den Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The double quote at character %1 is never closed.</source>
        <translation>Das doppelte Anführungszeichen an Position %1 wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The single quote at character %1 is never closed.</source>
        <translation>Das einfache Anführungszeichen an Position %1 wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The template names no program to run.</source>
        <translation>Die Vorlage nennt kein auszuführendes Programm.</translation>
    </message>
    <message>
        <source>The program itself cannot be a placeholder.</source>
        <translation>Das Programm selbst kann kein Platzhalter sein.</translation>
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
    <message>
        <source>Media server %1 contains &quot;url&quot; more than once, and programs differ in which one they use, so its address is not changed. Remove the extra &quot;url&quot; first (fix: &quot;Remove this extra member&quot;), then try again.</source>
        <translation>Media-Server %1 enthält &quot;url&quot; mehrfach, und welches davon verwendet wird, ist von Programm zu Programm verschieden; daher wird seine Adresse nicht geändert. Entfernen Sie zuerst das überzählige &quot;url&quot; (Korrektur: „Überzählige Einstellung entfernen“) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Media server %1 contains &quot;url&quot; more than once, and programs differ in which one they use, so no address is switched. Remove the extra &quot;url&quot; first (fix: &quot;Remove this extra member&quot;), then try again.</source>
        <translation>Media-Server %1 enthält &quot;url&quot; mehrfach, und welches davon verwendet wird, ist von Programm zu Programm verschieden; daher wird keine Adresse umgestellt. Entfernen Sie zuerst das überzählige &quot;url&quot; (Korrektur: „Überzählige Einstellung entfernen“) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Enter the media server&apos;s IPv4 address (e.g. 10.21.3.12) or a full ws:// URL.</source>
        <translation>Geben Sie die IPv4-Adresse des Media-Servers ein (z. B. 10.21.3.12) oder eine vollständige ws://-URL.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; cannot be used: a media server is reached with ws:// or wss://.</source>
        <translation>Die Adresse „%1“ kann nicht verwendet werden: Ein Media-Server wird über ws:// oder wss:// erreicht.</translation>
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
    <message>
        <source>Remove the comment</source>
        <translation>Kommentar entfernen</translation>
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
    <message>
        <source>%1 was changed by another program, so it was not overwritten.</source>
        <translation>%1 wurde von einem anderen Programm geändert und deshalb nicht überschrieben.</translation>
    </message>
    <message>
        <source>%1 does not read back as the bytes written to it.</source>
        <translation>%1 stimmt beim Zurücklesen nicht mit den geschriebenen Bytes überein.</translation>
    </message>
    <message>
        <source>%1 is now a folder, not a file, so it was not overwritten. Your changes are kept; save them to another place, or move the folder away and save again.</source>
        <translation>%1 ist jetzt ein Ordner, keine Datei, und wurde deshalb nicht überschrieben. Ihre Änderungen bleiben erhalten; speichern Sie sie an einem anderen Ort, oder verschieben Sie den Ordner und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Save to another place.</source>
        <translation>%1 ist ein Ordner, keine Datei. Speichern Sie an einem anderen Ort.</translation>
    </message>
</context>
<context>
    <name>ucmc::CredentialStore</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>A password needs a site, a host and a user name.</source>
        <translation>Ein Kennwort benötigt einen Standort, einen Host und einen Benutzernamen.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. Is it waiting for you to unlock it?</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet. Wartet er darauf, dass Sie ihn entsperren?</translation>
    </message>
    <message>
        <source>The password for %1 was stored in the system keychain.</source>
        <translation>Das Kennwort für %1 wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The password for %1 was removed from the system keychain.</source>
        <translation>Das Kennwort für %1 wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>No password for %1 is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist kein Kennwort für %1 gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock the keychain, or enter the password for this session only.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1). Entsperren Sie den Schlüsselbund oder geben Sie das Kennwort nur für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Passwords are never written to a file: you can enter the password for this session only, and it is forgotten when the console closes.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Kennwörter werden nie in eine Datei geschrieben: Sie können das Kennwort nur für diese Sitzung eingeben; es wird beim Schließen der Konsole vergessen.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
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
    <message>
        <source>Could not start the demo: the loopback addresses 127.0.0.10 to 127.0.%1.15 are all in use, probably by %2 demos that are still running. Close one of them and try again.</source>
        <translation>Die Demo konnte nicht starten: Die Loopback-Adressen 127.0.0.10 bis 127.0.%1.15 sind alle belegt, vermutlich von %2 Demos, die noch laufen. Schließen Sie eine davon und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Hamburg</source>
        <translation>Hamburg</translation>
    </message>
    <message>
        <source>Munich</source>
        <translation>München</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>Berlin</translation>
    </message>
    <message>
        <source>Vienna</source>
        <translation>Wien</translation>
    </message>
    <message>
        <source>Zurich</source>
        <translation>Zürich</translation>
    </message>
</context>
<context>
    <name>ucmc::DiffDialog</name>
    <message>
        <source>&quot;…&quot; stands for unchanged text left out of a long line.</source>
        <translation>„…“ steht für unveränderten Text, der in einer langen Zeile ausgelassen ist.</translation>
    </message>
    <message>
        <source>[CRLF] and [LF] name line ends (Windows and Unix style).</source>
        <translation>[CRLF] und [LF] bezeichnen Zeilenenden (Windows- und Unix-Art).</translation>
    </message>
    <message>
        <source>&lt;CR&gt; and the like name characters that cannot be shown.</source>
        <translation>&lt;CR&gt; und Ähnliches bezeichnen Zeichen, die sich nicht darstellen lassen.</translation>
    </message>
    <message>
        <source>Grey text is not part of the file:</source>
        <translation>Grauer Text gehört nicht zur Datei:</translation>
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
    <message>
        <source>Actions:
  add ADDRESS [POSITION]      add a media server (at the end, or at POSITION, 1 = first); an
                              IPv4 address becomes ws://ADDRESS:8888/kurento, or give a full URL
  remove SERVER               remove a media server
  move SERVER POSITION        move a media server in the round-robin order
  encrypt on|off [SERVER]     switch to wss:8433 or ws:8888 (all servers without SERVER)
  set-flag SERVER NAME 0|1    set candkillipv6, candkilltcp or candonlyturn
  clear-flag SERVER NAME      remove candkillipv6, candkilltcp or candonlyturn
  set-url SERVER URL          change the address of a media server
SERVER is a position (1 = first) or an address: the whole URL, or host[:port] if unique.</source>
        <translation>Aktionen:
  add ADDRESS [POSITION]      Media-Server hinzufügen (am Ende oder an POSITION, 1 = erste); eine
                              IPv4-Adresse wird zu ws://ADDRESS:8888/kurento, oder eine vollständige URL angeben
  remove SERVER               Media-Server entfernen
  move SERVER POSITION        Media-Server in der Round-Robin-Reihenfolge verschieben
  encrypt on|off [SERVER]     auf wss:8433 oder ws:8888 umstellen (ohne SERVER alle Server)
  set-flag SERVER NAME 0|1    candkillipv6, candkilltcp oder candonlyturn setzen
  clear-flag SERVER NAME      candkillipv6, candkilltcp oder candonlyturn entfernen
  set-url SERVER URL          Adresse eines Media-Servers ändern
SERVER ist eine Position (1 = erste) oder eine Adresse: die vollständige URL oder host[:port], sofern eindeutig.</translation>
    </message>
    <message>
        <source>add needs an address and optionally a position: add ADDRESS [POSITION]</source>
        <translation>add benötigt eine Adresse und optional eine Position: add ADDRESS [POSITION]</translation>
    </message>
</context>
<context>
    <name>ucmc::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ucmc::EventLogStore</name>
    <message>
        <source>Cannot create the folder %1 for the event log.</source>
        <translation>Der Ordner %1 für das Ereignisprotokoll kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the event log %1: %2</source>
        <translation>Das Ereignisprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot rotate the event log in %1.</source>
        <translation>Das Ereignisprotokoll in %1 kann nicht rotiert werden.</translation>
    </message>
    <message>
        <source>Cannot read the event log %1: %2</source>
        <translation>Das Ereignisprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The event log in %1 cannot be written fast enough; new events are kept in memory only until the disk catches up.</source>
        <translation>Das Ereignisprotokoll in %1 kann nicht schnell genug geschrieben werden; neue Ereignisse bleiben nur im Speicher, bis der Datenträger nachkommt.</translation>
    </message>
</context>
<context>
    <name>ucmc::EventLogView</name>
    <message>
        <source>Filter by server, state or reason</source>
        <translation>Nach Server, Status oder Grund filtern</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Warnings and failures</source>
        <translation>Warnungen und Ausfälle</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Nur Ausfälle</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>The event log could not be written to %1: %2</source>
        <translation>Das Ereignisprotokoll konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation>Ereignisprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>ucmc::ExportCommand</name>
    <message>
        <source>Draws the overview of an eucwebconfig.json (the UCServer host and its media servers in round-robin order) as PNG, SVG or PDF, with the states of one probe round or, with --no-states, the configuration alone.
Exit code: 0 written, 2 the file is not usable, 3 bad arguments, the file cannot be read or the output cannot be written.</source>
        <translation>Zeichnet die Übersicht einer eucwebconfig.json (den UCServer-Host und seine Media-Server in Round-Robin-Reihenfolge) als PNG, SVG oder PDF, mit den Zuständen einer Prüfrunde oder, mit --no-states, nur die Konfiguration.
Exit-Code: 0 geschrieben, 2 Datei nicht verwendbar, 3 falsche Argumente, Datei nicht lesbar oder Ausgabe nicht schreibbar.</translation>
    </message>
    <message>
        <source>The file to write (.png, .svg or .pdf).</source>
        <translation>Die zu schreibende Datei (.png, .svg oder .pdf).</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from OUT&apos;s extension).</source>
        <translation>png, svg oder pdf (Standard: nach der Endung von OUT).</translation>
    </message>
    <message>
        <source>Draw the configuration only, probe nothing.</source>
        <translation>Nur die Konfiguration zeichnen, nichts prüfen.</translation>
    </message>
    <message>
        <source>A site the console remembers: its file, UCServer host and probe settings.</source>
        <translation>Ein Standort, den die Konsole kennt: seine Datei, sein UCServer-Host und seine Prüfeinstellungen.</translation>
    </message>
    <message>
        <source>The UCServer host to check (default: the site&apos;s, or the host of a \\host\share path).</source>
        <translation>Der zu prüfende UCServer-Host (Standard: der des Standorts oder der Host eines \\host\freigabe-Pfads).</translation>
    </message>
    <message>
        <source>Longest wait for the states in milliseconds (default %1).</source>
        <translation>Längste Wartezeit auf die Zustände in Millisekunden (Standard %1).</translation>
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
        <source>The eucwebconfig.json to draw.</source>
        <translation>Die zu zeichnende eucwebconfig.json.</translation>
    </message>
    <message>
        <source>Usage: uc-media-console export-topology FILE --output OUT [--format svg|png|pdf] [--no-states] [--site NAME]</source>
        <translation>Aufruf: uc-media-console export-topology FILE --output OUT [--format svg|png|pdf] [--no-states] [--site NAME]</translation>
    </message>
    <message>
        <source>Only one file can be drawn at a time; unexpected: %1</source>
        <translation>Es kann nur eine Datei auf einmal gezeichnet werden; unerwartet: %1</translation>
    </message>
    <message>
        <source>Which file? %1</source>
        <translation>Welche Datei? %1</translation>
    </message>
    <message>
        <source>Where to? Give the file to write with --output. %1</source>
        <translation>Wohin? Geben Sie die zu schreibende Datei mit --output an. %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use png, svg or pdf.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie png, svg oder pdf.</translation>
    </message>
    <message>
        <source>Which format? %1 does not end in .png, .svg or .pdf: add --format.</source>
        <translation>Welches Format? %1 endet nicht auf .png, .svg oder .pdf: --format angeben.</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds from 200 to 300000.</source>
        <translation>--timeout erwartet Millisekunden von 200 bis 300000.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>ucmc::FleetController</name>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
</context>
<context>
    <name>ucmc::FleetModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>UCServer host %1: unreachable</source>
        <translation>UCServer-Host %1: nicht erreichbar</translation>
    </message>
    <message>
        <source>UCServer host %1: UC WebServer down</source>
        <translation>UCServer-Host %1: UC WebServer ausgefallen</translation>
    </message>
    <message>
        <source>UCServer host %1: checking…</source>
        <translation>UCServer-Host %1: wird geprüft…</translation>
    </message>
    <message>
        <source>UCServer host %1: reachable</source>
        <translation>UCServer-Host %1: erreichbar</translation>
    </message>
</context>
<context>
    <name>ucmc::FleetTileDelegate</name>
    <message>
        <source>Open ›</source>
        <translation>Öffnen ›</translation>
    </message>
</context>
<context>
    <name>ucmc::FleetView</name>
    <message>
        <source>Search sites by name or host</source>
        <translation>Standorte nach Name oder Host suchen</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>Standorte suchen</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Watched sites</source>
        <translation>Überwachte Standorte</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No site is watched yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;To see a site here all the time, open it and tick &lt;i&gt;Watch always&lt;/i&gt; in &lt;i&gt;Site &amp;gt; Site Settings…&lt;/i&gt;, or add many sites at once with &lt;i&gt;Site &amp;gt; Import Sites from CSV…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch wird kein Standort überwacht.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Damit ein Standort hier immer erscheint, öffnen Sie ihn und setzen Sie &lt;i&gt;Immer überwachen&lt;/i&gt; unter &lt;i&gt;Standort &amp;gt; Standorteinstellungen…&lt;/i&gt;, oder fügen Sie viele Standorte auf einmal hinzu mit &lt;i&gt;Standort &amp;gt; Standorte aus CSV importieren…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No site needs attention.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kein Standort braucht Aufmerksamkeit.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No site matches the search.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kein Standort passt zur Suche.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 Standort</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 Standorte</translation>
    </message>
    <message>
        <source>%1 of %2 sites</source>
        <translation>%1 von %2 Standorten</translation>
    </message>
</context>
<context>
    <name>ucmc::HelpWindow</name>
    <message>
        <source>Why a media server is down: the failure codes</source>
        <translation>Warum ein Media-Server ausgefallen ist: die Fehlercodes</translation>
    </message>
    <message>
        <source>The table&apos;s reason, the event log, &lt;code&gt;probe --json&lt;/code&gt; and the Prometheus labels use these codes.</source>
        <translation>Der Grund in der Tabelle, das Ereignisprotokoll, &lt;code&gt;probe --json&lt;/code&gt; und die Prometheus-Labels verwenden diese Codes.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>What it usually means</source>
        <translation>Was es meist bedeutet</translation>
    </message>
    <message>
        <source>The checks of the file: lint rules</source>
        <translation>Die Prüfungen der Datei: Prüfregeln</translation>
    </message>
    <message>
        <source>The Problems list and &lt;code&gt;uc-media-console check&lt;/code&gt; name these rules; an error stops saving, a warning does not.</source>
        <translation>Die Problemliste und &lt;code&gt;uc-media-console check&lt;/code&gt; nennen diese Regeln; ein Fehler verhindert das Speichern, eine Warnung nicht.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>What it looks for</source>
        <translation>Was sie prüft</translation>
    </message>
    <message>
        <source>UC Media Console Help</source>
        <translation>Hilfe zu UC Media Console</translation>
    </message>
</context>
<context>
    <name>ucmc::HostControlDialog</name>
    <message>
        <source>Service Control for %1</source>
        <translation>Dienststeuerung für %1</translation>
    </message>
    <message>
        <source>Not managed</source>
        <translation>Nicht verwaltet</translation>
    </message>
    <message>
        <source>WinRM (Windows Remote Management)</source>
        <translation>WinRM (Windows-Remoteverwaltung)</translation>
    </message>
    <message>
        <source>Command templates</source>
        <translation>Befehlsvorlagen</translation>
    </message>
    <message>
        <source>&amp;Manage services with:</source>
        <translation>Dienste verwalten &amp;mit:</translation>
    </message>
    <message>
        <source>The console shows this host but does not check or restart its services.</source>
        <translation>Die Konsole zeigt diesen Host an, prüft seine Dienste aber nicht und startet sie nicht neu.</translation>
    </message>
    <message>
        <source>HTTP 5985, NTLM with message encryption (Windows default)</source>
        <translation>HTTP 5985, NTLM mit Nachrichtenverschlüsselung (Windows-Standard)</translation>
    </message>
    <message>
        <source>HTTPS 5986</source>
        <translation>HTTPS 5986</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>DOMAIN\admin or admin@example.local</source>
        <translation>DOMAIN\admin oder admin@example.local</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>stored in the keychain (type to replace)</source>
        <translation>im Schlüsselbund gespeichert (zum Ersetzen eingeben)</translation>
    </message>
    <message>
        <source>stored in the system&apos;s keychain, never in a file</source>
        <translation>wird im Schlüsselbund des Systems gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kenn&amp;wort:</translation>
    </message>
    <message>
        <source>Forget Stored Password</source>
        <translation>Gespeichertes Kennwort vergessen</translation>
    </message>
    <message>
        <source>will be removed from the keychain</source>
        <translation>wird aus dem Schlüsselbund entfernt</translation>
    </message>
    <message>
        <source>No HTTPS certificate trusted yet: the first connection asks.</source>
        <translation>Noch keinem HTTPS-Zertifikat vertraut: Bei der ersten Verbindung wird nachgefragt.</translation>
    </message>
    <message>
        <source>Trusted HTTPS certificate: %1</source>
        <translation>Vertrauenswürdiges HTTPS-Zertifikat: %1</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Vorgabe auswählen…</translation>
    </message>
    <message>
        <source>PowerShell over ssh</source>
        <translation>PowerShell über ssh</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Vor&amp;gabe:</translation>
    </message>
    <message>
        <source>User ({user}):</source>
        <translation>Benutzer ({user}):</translation>
    </message>
    <message>
        <source>Discover:</source>
        <translation>Ermitteln:</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Beenden:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Starten:</translation>
    </message>
    <message>
        <source>Restart:</source>
        <translation>Neu starten:</translation>
    </message>
    <message>
        <source>Startup type:</source>
        <translation>Starttyp:</translation>
    </message>
    <message>
        <source>Restart runs:</source>
        <translation>Neustart führt aus:</translation>
    </message>
    <message>
        <source>UCServer service:</source>
        <translation>Dienst UCServer:</translation>
    </message>
    <message>
        <source>UC WebServer service:</source>
        <translation>Dienst UC WebServer:</translation>
    </message>
    <message>
        <source>UC MediaServer service:</source>
        <translation>Dienst UC MediaServer:</translation>
    </message>
    <message>
        <source>found by its executable</source>
        <translation>wird über die Programmdatei ermittelt</translation>
    </message>
    <message>
        <source>(no restart template)</source>
        <translation>(keine Vorlage für Neustart)</translation>
    </message>
    <message>
        <source>Save and &amp;Restart UC WebServer…</source>
        <translation>Speichern und UC WebServer &amp;neu starten…</translation>
    </message>
</context>
<context>
    <name>ucmc::HostRoles</name>
    <message>
        <source>the kurentoservers list uses the media server on the UCServer host</source>
        <translation>die Liste kurentoservers verwendet den Media-Server auf dem UCServer-Host</translation>
    </message>
    <message>
        <source>the kurentoservers list does not use a media server on the UCServer host</source>
        <translation>die Liste kurentoservers verwendet keinen Media-Server auf dem UCServer-Host</translation>
    </message>
    <message>
        <source>the UCServer host runs the UCServer and the UC WebServer</source>
        <translation>auf dem UCServer-Host laufen UCServer und UC WebServer</translation>
    </message>
    <message>
        <source>the kurentoservers list uses this host&apos;s media server</source>
        <translation>die Liste kurentoservers verwendet den Media-Server dieses Hosts</translation>
    </message>
    <message>
        <source>a media server host runs only the UC MediaServer</source>
        <translation>auf einem Media-Server-Host läuft nur der UC MediaServer</translation>
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
        <source>UC MediaServer</source>
        <translation>UC MediaServer</translation>
    </message>
    <message>
        <source>other service</source>
        <translation>anderer Dienst</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Boot</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No %1 service was found on this host. Is the estos software installed? If its service has another name, enter the name by hand.</source>
        <translation>Auf diesem Host wurde kein Dienst %1 gefunden. Ist die estos-Software installiert? Wenn der Dienst anders heißt, geben Sie den Namen von Hand ein.</translation>
    </message>
    <message>
        <source>The %1 is set to Automatic, but it should be Disabled (%2). All three estos services are Automatic, as an installation or an estos update leaves them: reset by an update?</source>
        <translation>Der Dienst %1 steht auf Automatisch, sollte aber auf Deaktiviert stehen (%2). Alle drei estos-Dienste stehen auf Automatisch, wie es eine Installation oder ein estos-Update hinterlässt: durch ein Update zurückgesetzt?</translation>
    </message>
    <message>
        <source>The %1 is set to Automatic, but it should be Disabled (%2). Reset by an update?</source>
        <translation>Der Dienst %1 steht auf Automatisch, sollte aber auf Deaktiviert stehen (%2). Durch ein Update zurückgesetzt?</translation>
    </message>
    <message>
        <source>The %1 is set to Manual, so it does not start after a reboot; it should be Automatic (%2).</source>
        <translation>Der Dienst %1 steht auf Manuell und startet daher nach einem Neustart des Rechners nicht; er sollte auf Automatisch stehen (%2).</translation>
    </message>
    <message>
        <source>The %1 is Disabled, but this host must run it (%2). Changed by hand, or is the kurentoservers list new?</source>
        <translation>Der Dienst %1 ist deaktiviert, muss auf diesem Host aber laufen (%2). Von Hand geändert, oder ist die Liste kurentoservers neu?</translation>
    </message>
    <message>
        <source>The %1 is set to %2, but it should be %3 (%4).</source>
        <translation>Der Dienst %1 steht auf %2, sollte aber auf %3 stehen (%4).</translation>
    </message>
    <message>
        <source>The %1 is not running (%2), but this host must run it.</source>
        <translation>Der Dienst %1 läuft nicht (%2), muss auf diesem Host aber laufen.</translation>
    </message>
    <message>
        <source>The %1 is running (%2), but it should be stopped (%3).</source>
        <translation>Der Dienst %1 läuft (%2), sollte aber beendet sein (%3).</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>All hosts must run the same estos software version, but not every service runs %1 (%2). Update the hosts so that they match.</source>
        <translation>Auf allen Hosts muss dieselbe Version der estos-Software laufen, aber nicht jeder Dienst verwendet %1 (%2). Aktualisieren Sie die Hosts, sodass sie übereinstimmen.</translation>
    </message>
    <message>
        <source>The version of %1 could not be read (is the executable missing?).</source>
        <translation>Die Version von %1 konnte nicht gelesen werden (fehlt die Programmdatei?).</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 beenden</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
</context>
<context>
    <name>ucmc::HostsView</name>
    <message>
        <source>The startup types the knowledge-base article asks for: on the UCServer host, UCServer and UC WebServer automatic and the UC MediaServer disabled unless the list uses the local one; on every media server host only the UC MediaServer automatic. Every estos update resets them.</source>
        <translation>Die Starttypen laut Knowledge-Base-Artikel: Auf dem UCServer-Host stehen UCServer und UC WebServer auf Automatisch und der UC MediaServer auf Deaktiviert, sofern die Liste nicht den lokalen verwendet; auf jedem Media-Server-Host steht nur der UC MediaServer auf Automatisch. Jedes estos-Update setzt sie zurück.</translation>
    </message>
    <message>
        <source>Host / service</source>
        <translation>Host / Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Startup type</source>
        <translation>Starttyp</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Check Services</source>
        <translation>Dienste &amp;prüfen</translation>
    </message>
    <message>
        <source>Service &amp;Control…</source>
        <translation>Diens&amp;tsteuerung…</translation>
    </message>
    <message>
        <source>&amp;Fix Startup Types…</source>
        <translation>Starttypen &amp;korrigieren…</translation>
    </message>
    <message>
        <source>UCServer host</source>
        <translation>UCServer-Host</translation>
    </message>
    <message>
        <source>media server host</source>
        <translation>Media-Server-Host</translation>
    </message>
    <message>
        <source>UCServer host not set</source>
        <translation>UCServer-Host nicht festgelegt</translation>
    </message>
    <message>
        <source>not managed</source>
        <translation>nicht verwaltet</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Differs from %1</source>
        <translation>Weicht von %1 ab</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>kein Kennwort angegeben</translation>
    </message>
    <message>
        <source>Fix the startup types on %1?</source>
        <translation>Starttypen auf %1 korrigieren?</translation>
    </message>
    <message>
        <source>%1: fixed as the article expects</source>
        <translation>%1: wie im Artikel vorgesehen korrigiert</translation>
    </message>
    <message>
        <source>%1: could not be fixed: %2</source>
        <translation>%1: konnte nicht korrigiert werden: %2</translation>
    </message>
    <message>
        <source>The WinRM HTTPS certificate of %1 is not trusted by this computer.</source>
        <translation>Dem WinRM-HTTPS-Zertifikat von %1 vertraut dieser Computer nicht.</translation>
    </message>
    <message>
        <source>It is NOT the certificate you trusted before (%1). If it was not replaced on purpose, someone may be in between.</source>
        <translation>Es ist NICHT das Zertifikat, dem Sie zuvor vertraut haben (%1). Wenn es nicht absichtlich ersetzt wurde, hat sich möglicherweise jemand dazwischengeschaltet.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Compare it on the host, for example in PowerShell:
Get-ChildItem Cert:\LocalMachine\My | ForEach-Object { $_.Subject; $_.GetCertHashString(&apos;SHA256&apos;) }

Trust it for %2?</source>
        <translation>SHA-256-Fingerabdruck:
%1

Vergleichen Sie ihn auf dem Host, zum Beispiel in PowerShell:
Get-ChildItem Cert:\LocalMachine\My | ForEach-Object { $_.Subject; $_.GetCertHashString(&apos;SHA256&apos;) }

Dem Zertifikat für %2 vertrauen?</translation>
    </message>
    <message>
        <source>Trust the certificate of %1?</source>
        <translation>Dem Zertifikat von %1 vertrauen?</translation>
    </message>
    <message>
        <source>Forget &amp;Password</source>
        <translation>&amp;Kennwort vergessen</translation>
    </message>
    <message>
        <source>Removes the password of the selected host from the system keychain and from this session. The console asks for it the next time it needs it.</source>
        <translation>Entfernt das Kennwort des ausgewählten Hosts aus dem Schlüsselbund des Systems und aus dieser Sitzung. Die Konsole fragt danach, wenn sie es das nächste Mal braucht.</translation>
    </message>
    <message>
        <source>The password for %1 kept for this session was forgotten.</source>
        <translation>Das für diese Sitzung gemerkte Kennwort für %1 wurde vergessen.</translation>
    </message>
    <message>
        <source>The password for %1 could not be removed from the system keychain: %2</source>
        <translation>Das Kennwort für %1 konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %2</translation>
    </message>
    <message>
        <source>Forget Password</source>
        <translation>Kennwort vergessen</translation>
    </message>
    <message>
        <source>&amp;Restart UC WebServer…</source>
        <translation>UC WebServer &amp;neu starten…</translation>
    </message>
    <message>
        <source>Restart the UC WebServer on the UCServer host with the file as saved, and wait until it answers again</source>
        <translation>Den UC WebServer auf dem UCServer-Host mit der gespeicherten Datei neu starten und warten, bis er wieder antwortet</translation>
    </message>
    <message>
        <source>Hosts and their services</source>
        <translation>Hosts und ihre Dienste</translation>
    </message>
</context>
<context>
    <name>ucmc::JsonEditor</name>
    <message>
        <source>JSON text</source>
        <translation>JSON-Text</translation>
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
    <name>ucmc::KurentoSocket</name>
    <message>
        <source>%1 is a reserved name that never resolves (RFC 6761)</source>
        <translation>%1 ist ein reservierter Name, der nie aufgelöst wird (RFC 6761)</translation>
    </message>
    <message>
        <source>SHA-256 %1, trusted %2</source>
        <translation>SHA-256 %1, vertraut: %2</translation>
    </message>
    <message>
        <source>the server closed the connection without answering the upgrade</source>
        <translation>der Server hat die Verbindung geschlossen, ohne auf das Upgrade zu antworten</translation>
    </message>
    <message>
        <source>the answer to the upgrade is too long</source>
        <translation>die Antwort auf das Upgrade ist zu lang</translation>
    </message>
    <message>
        <source>the answer to the upgrade is not HTTP</source>
        <translation>die Antwort auf das Upgrade ist kein HTTP</translation>
    </message>
    <message>
        <source>HTTP 101 without an upgrade to WebSocket</source>
        <translation>HTTP 101 ohne Upgrade auf WebSocket</translation>
    </message>
    <message>
        <source>wrong Sec-WebSocket-Accept</source>
        <translation>falsches Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <source>the server chose an extension or subprotocol that was not offered</source>
        <translation>der Server hat eine Erweiterung oder ein Subprotokoll gewählt, die nicht angeboten wurden</translation>
    </message>
    <message>
        <source>a frame with reserved bits set</source>
        <translation>ein Frame mit gesetzten reservierten Bits</translation>
    </message>
    <message>
        <source>a masked frame from the server</source>
        <translation>ein maskierter Frame vom Server</translation>
    </message>
    <message>
        <source>a frame with the unknown opcode %1</source>
        <translation>ein Frame mit dem unbekannten Opcode %1</translation>
    </message>
    <message>
        <source>a fragmented or oversized control frame</source>
        <translation>ein fragmentierter oder übergroßer Steuerframe</translation>
    </message>
    <message>
        <source>a continuation frame without a message</source>
        <translation>ein Fortsetzungsframe ohne Nachricht</translation>
    </message>
    <message>
        <source>a new message inside a fragmented one</source>
        <translation>eine neue Nachricht innerhalb einer fragmentierten</translation>
    </message>
    <message>
        <source>a frame with an invalid length</source>
        <translation>ein Frame mit ungültiger Länge</translation>
    </message>
    <message>
        <source>a close frame with a one-byte payload</source>
        <translation>ein Close-Frame mit 1 Byte Nutzdaten</translation>
    </message>
    <message>
        <source>the invalid close code %1</source>
        <translation>der ungültige Close-Code %1</translation>
    </message>
    <message>
        <source>a close reason that is not UTF-8</source>
        <translation>ein Close-Grund, der kein UTF-8 ist</translation>
    </message>
    <message>
        <source>a text message that is not UTF-8</source>
        <translation>eine Textnachricht, die kein UTF-8 ist</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>der Server hat die Verbindung während des Handshakes geschlossen</translation>
    </message>
    <message>
        <source>no answer from the name resolver in time</source>
        <translation>keine rechtzeitige Antwort der Namensauflösung</translation>
    </message>
    <message>
        <source>the handshake did not complete in time</source>
        <translation>der Handshake wurde nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>no answer to the WebSocket upgrade in time</source>
        <translation>keine rechtzeitige Antwort auf das WebSocket-Upgrade</translation>
    </message>
    <message>
        <source>%1 of answers not read by the server</source>
        <translation>%1 an Antworten vom Server nicht gelesen</translation>
    </message>
</context>
<context>
    <name>ucmc::MainActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Apply and Restart UC WebServer…</source>
        <translation>&amp;Übernehmen und UC WebServer neu starten…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Save with a backup, restart the UC WebServer so the change takes effect, and roll back if it does not come back</source>
        <translation>Mit Sicherungskopie speichern, den UC WebServer neu starten, damit die Änderung wirksam wird, und zurücksetzen, falls er nicht wieder antwortet</translation>
    </message>
    <message>
        <source>Show What Applying &amp;Would Do…</source>
        <translation>Übernehmen als &amp;Probelauf anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
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
        <source>Site &amp;Settings…</source>
        <translation>Standort&amp;einstellungen…</translation>
    </message>
    <message>
        <source>UCServer host, ports and probe timing of this site</source>
        <translation>UCServer-Host, Ports und Prüfeinstellungen dieses Standorts</translation>
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
        <source>&amp;Restart UC WebServer…</source>
        <translation>UC WebServer &amp;neu starten…</translation>
    </message>
    <message>
        <source>Restart the UC WebServer with the file as saved, wait until it answers, and go back to the version before if it does not come up with a newly saved file</source>
        <translation>Den UC WebServer mit der gespeicherten Datei neu starten, warten, bis er antwortet, und zur vorherigen Version zurückkehren, wenn er mit einer neu gespeicherten Datei nicht hochkommt</translation>
    </message>
    <message>
        <source>UC Media Console &amp;Help</source>
        <translation>&amp;Hilfe zu UC Media Console</translation>
    </message>
    <message>
        <source>The user guide: the article&apos;s procedure with the console, every failure code and lint rule, the command line (on a selected problem: its rule)</source>
        <translation>Das Benutzerhandbuch: das Vorgehen aus dem Artikel mit der Konsole, jeder Fehlercode und jede Prüfregel, die Befehlszeile (bei einem ausgewählten Problem: seine Regel)</translation>
    </message>
    <message>
        <source>E&amp;xport Topology…</source>
        <translation>Topologie e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the overview with the current states as PNG, SVG or PDF, for the documentation</source>
        <translation>Die Übersicht mit den aktuellen Zuständen als PNG, SVG oder PDF speichern, für die Dokumentation</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Discard Changes…</source>
        <translation>Änderungen &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Throw away the edits that are not saved and read the file from disk again</source>
        <translation>Die nicht gespeicherten Änderungen verwerfen und die Datei erneut vom Datenträger lesen</translation>
    </message>
    <message>
        <source>&amp;Print Topology…</source>
        <translation>Topologie &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the overview with the current states, laid out as the PDF export</source>
        <translation>Die Übersicht mit den aktuellen Zuständen drucken, aufgebaut wie der PDF-Export</translation>
    </message>
    <message>
        <source>&amp;Import Sites from CSV…</source>
        <translation>Standorte aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Add many sites at once from a spreadsheet (name, UCServer host, path of eucwebconfig.json); they are watched always</source>
        <translation>Viele Standorte auf einmal aus einer Tabelle hinzufügen (Name, UCServer-Host, Pfad der eucwebconfig.json); sie werden immer überwacht</translation>
    </message>
</context>
<context>
    <name>ucmc::MainWindow</name>
    <message>
        <source>About UC Media Console</source>
        <translation>Über UC Media Console</translation>
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
        <source>The event log was not exported</source>
        <translation>Das Ereignisprotokoll wurde nicht exportiert</translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation>&amp;Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Part of the event log could not be read</source>
        <translation>Ein Teil des Ereignisprotokolls konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Certificate trusted for this server: SHA-256 %1</source>
        <translation>Zertifikat für diesen Server als vertrauenswürdig eingestuft: SHA-256 %1</translation>
    </message>
    <message>
        <source>Certificate no longer trusted</source>
        <translation>Zertifikat nicht mehr vertrauenswürdig</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
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
        <source>the reply is nested too deeply</source>
        <translation>Antwort ist zu tief verschachtelt</translation>
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
    <name>ucmc::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Information: %1</translation>
    </message>
</context>
<context>
    <name>ucmc::MetricsCommand</name>
    <message>
        <source>Cannot read %1: %2; serving the last list</source>
        <translation>%1 kann nicht gelesen werden: %2; die letzte Liste wird weiter bereitgestellt</translation>
    </message>
    <message>
        <source>Monitoring %1 media servers of %2</source>
        <translation>%1 Media-Server aus %2 werden überwacht</translation>
    </message>
    <message>
        <source>Monitors every media server of an eucwebconfig.json and serves their health in the Prometheus text format on GET /metrics. Reads the file again when it changes. Ends on SIGINT or SIGTERM.
Exit code: 0 ended by a signal, 1 cannot listen on the address, 3 bad arguments or the file cannot be read.</source>
        <translation>Überwacht jeden Media-Server einer eucwebconfig.json und stellt ihren Zustand im Prometheus-Textformat unter GET /metrics bereit. Liest die Datei erneut, wenn sie sich ändert. Endet bei SIGINT oder SIGTERM.
Exit-Code: 0 durch ein Signal beendet, 1 auf der Adresse können keine Verbindungen angenommen werden, 3 ungültige Argumente oder die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:%1; name another address explicitly to be scraped from other hosts, port 0 picks a free one).</source>
        <translation>Adresse und Port für die Bereitstellung (Standard 127.0.0.1:%1; geben Sie ausdrücklich eine andere Adresse an, damit andere Hosts abfragen können; Port 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Time between pings of a media server (default 1000 ms).</source>
        <translation>Zeit zwischen zwei Pings an einen Media-Server (Standard 1000 ms).</translation>
    </message>
    <message>
        <source>Time a ping or a connection attempt may take (default 1000 ms).</source>
        <translation>Zeit, die ein Ping oder ein Verbindungsversuch dauern darf (Standard 1000 ms).</translation>
    </message>
    <message>
        <source>Time between checks of the UCServer host&apos;s ports (default 5000 ms).</source>
        <translation>Zeit zwischen zwei Prüfungen der Ports des UCServer-Hosts (Standard 5000 ms).</translation>
    </message>
    <message>
        <source>The UCServer host whose ports to check (default: the host of a \\HOST\share path to FILE).</source>
        <translation>Der UCServer-Host, dessen Ports geprüft werden (Standard: der Host eines Pfads \\HOST\Freigabe zu FILE).</translation>
    </message>
    <message>
        <source>Also trust the certificates in this PEM file. May be repeated.</source>
        <translation>Vertraut zusätzlich den Zertifikaten in dieser PEM-Datei. Kann mehrfach angegeben werden.</translation>
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
        <source>The eucwebconfig.json whose media servers to monitor.</source>
        <translation>Die eucwebconfig.json, deren Media-Server überwacht werden.</translation>
    </message>
    <message>
        <source>Which file? Usage: uc-media-console serve-metrics --listen 127.0.0.1:9464 FILE</source>
        <translation>Welche Datei? Aufruf: uc-media-console serve-metrics --listen 127.0.0.1:9464 FILE</translation>
    </message>
    <message>
        <source>Only one file can be served; unexpected: %1</source>
        <translation>Es kann nur eine Datei bereitgestellt werden; unerwartet: %1</translation>
    </message>
    <message>
        <source>--listen needs an IP address and a port, e.g. 127.0.0.1:9464 or [::1]:9464, not &quot;%1&quot;</source>
        <translation>--listen benötigt eine IP-Adresse und einen Port, z. B. 127.0.0.1:9464 oder [::1]:9464, nicht „%1“</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>Kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 können keine Verbindungen angenommen werden: %2</translation>
    </message>
    <message>
        <source>Serve every site watched always (instead of FILE), each sample labelled with the site&apos;s name; each site is probed with its own settings unless --interval, --timeout or --host-interval are given.</source>
        <translation>Alle immer überwachten Standorte bereitstellen (statt FILE), jeder Messwert mit dem Namen des Standorts als Label; jeder Standort wird mit seinen eigenen Einstellungen geprüft, außer --interval, --timeout oder --host-interval sind angegeben.</translation>
    </message>
    <message>
        <source>--all-sites serves the watched sites, not a file: give either FILE or --all-sites (unexpected: %1)</source>
        <translation>--all-sites stellt die überwachten Standorte bereit, keine Datei: geben Sie entweder FILE oder --all-sites an (unerwartet: %1)</translation>
    </message>
    <message>
        <source>--ucserver-host does not apply with --all-sites: each site has its own UCServer host (set it in Site Settings)</source>
        <translation>--ucserver-host gilt nicht mit --all-sites: Jeder Standort hat seinen eigenen UCServer-Host (in den Standorteinstellungen festlegen)</translation>
    </message>
    <message>
        <source>--%1 must be a number of milliseconds from %2 to %3</source>
        <translation>--%1 muss eine Zahl von Millisekunden von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>No site is watched always. Watch one with &quot;uc-media-console sites watch NAME&quot;, in the window&apos;s Site Settings, or import sites from a CSV file with &quot;uc-media-console sites import FILE.csv&quot;.</source>
        <translation>Kein Standort wird immer überwacht. Überwachen Sie einen mit „uc-media-console sites watch NAME“, in den Standorteinstellungen des Fensters, oder importieren Sie Standorte aus einer CSV-Datei mit „uc-media-console sites import FILE.csv“.</translation>
    </message>
    <message>
        <source>No longer serving site %1</source>
        <translation>Standort %1 wird nicht mehr bereitgestellt</translation>
    </message>
    <message>
        <source>No site is watched always any more; serving none until one is</source>
        <translation>Kein Standort wird mehr immer überwacht; keiner wird bereitgestellt, bis wieder einer überwacht wird</translation>
    </message>
</context>
<context>
    <name>ucmc::MonitorWorker</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>The media server restarted (new serverId): calls it was handling were lost.</source>
        <translation>Der Media-Server wurde neu gestartet (neue serverId): Seine laufenden Anrufe gingen verloren.</translation>
    </message>
    <message>
        <source>Version changed from %1 to %2</source>
        <translation>Version von %1 auf %2 geändert</translation>
    </message>
    <message>
        <source>The server presents another certificate than the one you trusted (SHA-256 %1).</source>
        <translation>Der Server legt ein anderes Zertifikat vor als das, dem Sie vertraut haben (SHA-256 %1).</translation>
    </message>
    <message>
        <source>The certificate has expired (SHA-256 %1).</source>
        <translation>Das Zertifikat ist abgelaufen (SHA-256 %1).</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n days, on %1: renew it on the media server.</source>
        <translation>
            <numerusform>Das Zertifikat läuft in %n Tag ab (am %1): Erneuern Sie es auf dem Media-Server.</numerusform>
            <numerusform>Das Zertifikat läuft in %n Tagen ab (am %1): Erneuern Sie es auf dem Media-Server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ucmc::PasswordProvider</name>
    <message>
        <source>Password for %1</source>
        <translation>Kennwort für %1</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system&apos;s keychain</source>
        <translation>Im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>The password stored for %1 on %2 was rejected. Enter it again.</source>
        <translation>Das gespeicherte Kennwort für %1 auf %2 wurde abgelehnt. Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The password entered for %1 on %2 was rejected. Enter it again.</source>
        <translation>Das eingegebene Kennwort für %1 auf %2 wurde abgelehnt. Geben Sie es erneut ein.</translation>
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
    <message>
        <source>closed during the TLS handshake (not an HTTPS server?)</source>
        <translation>während des TLS-Handshakes geschlossen (kein HTTPS-Server?)</translation>
    </message>
    <message>
        <source>TLS handshake failed (not an HTTPS server?): %1</source>
        <translation>TLS-Handshake fehlgeschlagen (kein HTTPS-Server?): %1</translation>
    </message>
    <message>
        <source>answers (HTTP %1)</source>
        <translation>antwortet (HTTP %1)</translation>
    </message>
    <message>
        <source>%1; certificate not trusted: %2</source>
        <translation>%1; Zertifikat nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>unknown issuer</source>
        <translation>unbekannter Aussteller</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>issued for another name</source>
        <translation>für einen anderen Namen ausgestellt</translation>
    </message>
</context>
<context>
    <name>ucmc::ProbeCommand</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 is not a ws:// or wss:// media server URL</source>
        <translation>%1 ist keine ws://- oder wss://-URL eines Media-Servers</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the kurentoservers list is empty</source>
        <translation>%1: Die Liste kurentoservers ist leer</translation>
    </message>
    <message>
        <source>certificate of %1 expired</source>
        <translation>Zertifikat von %1 abgelaufen</translation>
    </message>
    <message>
        <source>%1 of %2 media servers up</source>
        <translation>%1 von %2 Media-Servern aktiv</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>ausgefallen: %1</translation>
    </message>
    <message>
        <source>versions differ: %1</source>
        <translation>Versionen weichen ab: %1</translation>
    </message>
    <message>
        <source>not monitored: %1</source>
        <translation>nicht überwacht: %1</translation>
    </message>
    <message>
        <source>no media server can be probed</source>
        <translation>kein Media-Server kann geprüft werden</translation>
    </message>
    <message>
        <source>Probes media servers once, as a Nagios/Icinga plugin: one status line with performance data.
FILE is an eucwebconfig.json (its kurentoservers are probed), URL a ws:// or wss:// media server.
Exit code: 0 OK (all up, same version), 1 WARNING (some down, versions differ, a certificate expires soon, an entry cannot be probed), 2 CRITICAL (none up, or a file is unusable), 3 UNKNOWN (bad arguments, a file that cannot be read).</source>
        <translation>Prüft Media-Server einmalig als Nagios/Icinga-Plugin: eine Statuszeile mit Performance-Daten.
FILE ist eine eucwebconfig.json (ihre kurentoservers werden geprüft), URL ein ws://- oder wss://-Media-Server.
Exit-Code: 0 OK (alle aktiv, gleiche Version), 1 WARNING (einige ausgefallen, Versionen weichen ab, ein Zertifikat läuft bald ab, ein Eintrag kann nicht geprüft werden), 2 CRITICAL (keiner aktiv oder eine Datei ist unbrauchbar), 3 UNKNOWN (ungültige Argumente, eine Datei, die nicht gelesen werden kann).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the status line.</source>
        <translation>Gibt statt der Statuszeile ein JSON-Objekt aus.</translation>
    </message>
    <message>
        <source>Give up on servers without a result after this long (default %1 ms).</source>
        <translation>Gibt Server ohne Ergebnis nach dieser Zeit auf (Standard %1 ms).</translation>
    </message>
    <message>
        <source>Warn when a wss certificate expires within this many days (default %1).</source>
        <translation>Warnt, wenn ein wss-Zertifikat innerhalb dieser Anzahl Tage abläuft (Standard %1).</translation>
    </message>
    <message>
        <source>Also trust the certificates in this PEM file (e.g. the UC MediaServer&apos;s self-signed certificate). May be repeated.</source>
        <translation>Vertraut zusätzlich den Zertifikaten in dieser PEM-Datei (z. B. dem selbstsignierten Zertifikat des UC MediaServers). Kann mehrfach angegeben werden.</translation>
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
        <source>eucwebconfig.json files and ws:// or wss:// URLs.</source>
        <translation>eucwebconfig.json-Dateien und ws://- oder wss://-URLs.</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--timeout muss eine Anzahl Millisekunden von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>--warn-days must be a number of days from 0 to 3650, not &quot;%1&quot;</source>
        <translation>--warn-days muss eine Anzahl Tage von 0 bis 3650 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No PEM certificate in %1</source>
        <translation>Kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <source>What to probe? Give eucwebconfig.json files or ws:// and wss:// URLs: uc-media-console probe FILE... [--json] [--timeout MS] [--warn-days N]</source>
        <translation>Was soll geprüft werden? Geben Sie eucwebconfig.json-Dateien oder ws://- und wss://-URLs an: uc-media-console probe FILE... [--json] [--timeout MS] [--warn-days N]</translation>
    </message>
    <message numerus="yes">
        <source>certificate of %1 expires in %n days</source>
        <translation>
            <numerusform>Zertifikat von %1 läuft in %n Tag ab</numerusform>
            <numerusform>Zertifikat von %1 läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>in maintenance: %1</source>
        <translation>in Wartung: %1</translation>
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
        <source>%1 on %2:%3 does not answer (%4)</source>
        <translation>%1 auf %2:%3 antwortet nicht (%4)</translation>
    </message>
    <message>
        <source>Probe a remembered site instead of FILE: its eucwebconfig.json, UCServer host, probe settings, maintenance and pinned certificates.</source>
        <translation>Einen gespeicherten Standort statt FILE prüfen: seine eucwebconfig.json, sein UCServer-Host, seine Prüfeinstellungen, Wartung und bestätigten Zertifikate.</translation>
    </message>
    <message>
        <source>--site probes the site&apos;s own file: give either --site or FILE|URL, not both (unexpected: %1)</source>
        <translation>--site prüft die eigene Datei des Standorts: geben Sie entweder --site oder FILE|URL an, nicht beides (unerwartet: %1)</translation>
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
        <source>File: no problems</source>
        <translation>Datei: keine Probleme</translation>
    </message>
    <message>
        <source>File — errors: %1, warnings: %2, notes: %3</source>
        <translation>Datei — Fehler: %1, Warnungen: %2, Hinweise: %3</translation>
    </message>
</context>
<context>
    <name>ucmc::RestartNeed</name>
    <message>
        <source>Saved %1, UC WebServer running since %2: the change is not in effect yet.</source>
        <translation>Gespeichert um %1, UC WebServer läuft seit %2: Die Änderung ist noch nicht wirksam.</translation>
    </message>
    <message>
        <source>Restart pending</source>
        <translation>Neustart ausstehend</translation>
    </message>
    <message>
        <source>UC WebServer up to date</source>
        <translation>UC WebServer aktuell</translation>
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
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Throw away the edits that are not saved? The media server list is read again from disk.</source>
        <translation>Die nicht gespeicherten Änderungen verwerfen? Die Media-Server-Liste wird erneut vom Datenträger gelesen.</translation>
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
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
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
    <message>
        <source>Last %1 ms, average %2 ms, maximum %3 ms</source>
        <translation>Zuletzt %1 ms, Durchschnitt %2 ms, Maximum %3 ms</translation>
    </message>
    <message>
        <source>%1
Issued by %2
Valid until %3
SHA-256 %4</source>
        <translation>%1
Ausgestellt von %2
Gültig bis %3
SHA-256 %4</translation>
    </message>
    <message>
        <source>Next attempt in %1</source>
        <translation>Nächster Versuch in %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Round trips of the last two minutes; red marks a failed check</source>
        <translation>Antwortzeiten der letzten zwei Minuten; Rot markiert eine fehlgeschlagene Prüfung</translation>
    </message>
    <message>
        <source>Share of checks answered since the console started</source>
        <translation>Anteil der beantworteten Prüfungen seit dem Start der Konsole</translation>
    </message>
    <message>
        <source>CPU use the media server reports (getUsedCpu), all cores</source>
        <translation>Vom Media-Server gemeldete CPU-Auslastung (getUsedCpu), alle Kerne</translation>
    </message>
    <message>
        <source>Memory the media server reports (getUsedMemory)</source>
        <translation>Vom Media-Server gemeldeter Speicherverbrauch (getUsedMemory)</translation>
    </message>
    <message>
        <source>Client sessions on the media server (getSessions)</source>
        <translation>Client-Sitzungen auf dem Media-Server (getSessions)</translation>
    </message>
    <message>
        <source>Days until the wss certificate expires</source>
        <translation>Tage bis zum Ablauf des wss-Zertifikats</translation>
    </message>
    <message>
        <source>Last minutes</source>
        <translation>Letzte Minuten</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent checks</source>
        <translation>
            <numerusform>%n letzte Prüfung</numerusform>
            <numerusform>%n letzte Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>round trip %1 to %2 ms</source>
        <translation>Antwortzeit %1 bis %2 ms</translation>
    </message>
</context>
<context>
    <name>ucmc::ServersPage</name>
    <message>
        <source>Maintenance (expected down, no alerts)</source>
        <translation>Wartung (Ausfall erwartet, keine Alarme)</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Zertifikat…</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Media servers</source>
        <translation>Media-Server</translation>
    </message>
</context>
<context>
    <name>ucmc::ServiceFlows</name>
    <message>
        <source>The password is kept for this session only: the keychain is not available</source>
        <translation>Das Kennwort wird nur für diese Sitzung aufbewahrt: Der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>WinRM certificate trusted for this host: SHA-256 %1</source>
        <translation>WinRM-Zertifikat für diesen Host als vertrauenswürdig festgelegt: SHA-256 %1</translation>
    </message>
    <message>
        <source>Service control settings changed</source>
        <translation>Einstellungen der Dienststeuerung geändert</translation>
    </message>
    <message>
        <source>How should the console restart the UC WebServer?</source>
        <translation>Wie soll die Konsole den UC WebServer neu starten?</translation>
    </message>
    <message>
        <source>Set up service control for the UCServer host (WinRM or command templates) first. Until then, save and restart the UC WebServer service on %1 by hand.</source>
        <translation>Richten Sie zuerst die Dienststeuerung für den UCServer-Host ein (WinRM oder Befehlsvorlagen). Bis dahin speichern Sie und starten den Dienst UC WebServer auf %1 von Hand neu.</translation>
    </message>
    <message>
        <source>the UCServer host</source>
        <translation>dem UCServer-Host</translation>
    </message>
    <message>
        <source>Service Control…</source>
        <translation>Dienststeuerung…</translation>
    </message>
    <message>
        <source>Applied: the UC WebServer runs with the new media server list.</source>
        <translation>Übernommen: Der UC WebServer läuft mit der neuen Media-Server-Liste.</translation>
    </message>
    <message>
        <source>Rolled back: the previous file is in effect again. Your edits are still here.</source>
        <translation>Zurückgesetzt: Die vorherige Datei ist wieder wirksam. Ihre Änderungen sind weiterhin vorhanden.</translation>
    </message>
    <message>
        <source>Applying failed</source>
        <translation>Übernehmen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restarted: the UC WebServer runs with the file as saved.</source>
        <translation>Neu gestartet: Der UC WebServer läuft mit der gespeicherten Datei.</translation>
    </message>
    <message>
        <source>Rolled back: the UC WebServer did not come up with the saved file, so the version before is in effect again.</source>
        <translation>Zurückgesetzt: Der UC WebServer kam mit der gespeicherten Datei nicht hoch, deshalb ist wieder die vorherige Version wirksam.</translation>
    </message>
    <message>
        <source>Restarting the UC WebServer failed</source>
        <translation>Neustart des UC WebServers fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restart the UC WebServer</source>
        <translation>UC WebServer neu starten</translation>
    </message>
    <message>
        <source>The file has unsaved changes. A restart alone runs the file as it is saved, without them.
Yes: apply the changes (save, then restart). No: restart with the file as saved.</source>
        <translation>Die Datei hat ungespeicherte Änderungen. Ein Neustart allein verwendet die Datei, wie sie gespeichert ist, ohne diese Änderungen.
Ja: Änderungen übernehmen (speichern, dann neu starten). Nein: mit der gespeicherten Datei neu starten.</translation>
    </message>
    <message>
        <source>The file has no unsaved changes, so there is nothing to apply.</source>
        <translation>Die Datei hat keine ungespeicherten Änderungen, es gibt also nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>Restart the UC WebServer?</source>
        <translation>UC WebServer neu starten?</translation>
    </message>
    <message>
        <source>Restart the UC WebServer now, so that it runs with the file as saved?</source>
        <translation>Den UC WebServer jetzt neu starten, damit er mit der gespeicherten Datei läuft?</translation>
    </message>
</context>
<context>
    <name>ucmc::ServicesCommand</name>
    <message>
        <source>The estos services of a site: list them, restart the UC WebServer safely, fix startup types.</source>
        <translation>Die estos-Dienste eines Standorts: auflisten, den UC WebServer sicher neu starten, Starttypen korrigieren.</translation>
    </message>
    <message>
        <source>The site, by its name in the console or its id (default: the one opened last).</source>
        <translation>Der Standort, mit seinem Namen in der Konsole oder seiner ID (Standard: der zuletzt geöffnete).</translation>
    </message>
    <message>
        <source>Only this host of the site.</source>
        <translation>Nur dieser Host des Standorts.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Show what would be done; run nothing that changes a service.</source>
        <translation>Zeigen, was getan würde; nichts ausführen, was einen Dienst ändert.</translation>
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
        <source>list, restart-webserver or fix-startup-types.</source>
        <translation>list, restart-webserver oder fix-startup-types.</translation>
    </message>
    <message>
        <source>What to do? uc-media-console services list|restart-webserver|fix-startup-types [--site NAME] [--host HOST] [--json] [--dry-run]</source>
        <translation>Was soll getan werden? uc-media-console services list|restart-webserver|fix-startup-types [--site NAME] [--host HOST] [--json] [--dry-run]</translation>
    </message>
    <message>
        <source>No WinRM user is set for %1: set it on the console&apos;s Hosts tab (Service Control…).</source>
        <translation>Für %1 ist kein WinRM-Benutzer eingetragen: Tragen Sie ihn in der Konsole auf der Registerkarte Hosts ein (Dienststeuerung…).</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Kennwort gespeichert.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Kennwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>Store it in the console (Hosts tab, Service Control…), or run this command on a terminal to be asked.</source>
        <translation>Speichern Sie es in der Konsole (Registerkarte Hosts, Dienststeuerung…) oder führen Sie diesen Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Correct the stored password in the console (Hosts tab, Service Control…).</source>
        <translation>Korrigieren Sie das gespeicherte Kennwort in der Konsole (Registerkarte Hosts, Dienststeuerung…).</translation>
    </message>
    <message>
        <source>%1 is not managed in the site %2: set up its service control on the console&apos;s Hosts tab.</source>
        <translation>%1 wird im Standort %2 nicht verwaltet: Richten Sie die Dienststeuerung in der Konsole auf der Registerkarte Hosts ein.</translation>
    </message>
    <message>
        <source>No host of the site %1 is managed: set up service control (WinRM or commands) on the console&apos;s Hosts tab.</source>
        <translation>Kein Host des Standorts %1 wird verwaltet: Richten Sie die Dienststeuerung (WinRM oder Befehle) in der Konsole auf der Registerkarte Hosts ein.</translation>
    </message>
    <message>
        <source>Site %1 (%2)</source>
        <translation>Standort %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (UCServer host):</source>
        <translation>%1 (UCServer-Host):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
    <message>
        <source>running since %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>Restart it: uc-media-console services restart-webserver</source>
        <translation>Neu starten: uc-media-console services restart-webserver</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing to fix; the services are as the article asks.</source>
        <translation>%1: nichts zu korrigieren; die Dienste sind so, wie der Artikel es verlangt.</translation>
    </message>
    <message>
        <source>%1: would %2</source>
        <translation>%1: würde: %2</translation>
    </message>
    <message>
        <source>%1: %2: done</source>
        <translation>%1: %2: erledigt</translation>
    </message>
    <message>
        <source>%1: %2: FAILED: %3</source>
        <translation>%1: %2: FEHLGESCHLAGEN: %3</translation>
    </message>
    <message>
        <source>The UCServer host of the site %1 is not known: set it in the console&apos;s site settings.</source>
        <translation>Der UCServer-Host des Standorts %1 ist nicht bekannt: Tragen Sie ihn in der Konsole in den Standorteinstellungen ein.</translation>
    </message>
    <message>
        <source>The UC WebServer runs on the UCServer host %1, not on %2.</source>
        <translation>Der UC WebServer läuft auf dem UCServer-Host %1, nicht auf %2.</translation>
    </message>
    <message>
        <source>The UCServer host %1 is not managed: set up its service control (WinRM or commands) on the console&apos;s Hosts tab.</source>
        <translation>Der UCServer-Host %1 wird nicht verwaltet: Richten Sie seine Dienststeuerung (WinRM oder Befehle) in der Konsole auf der Registerkarte Hosts ein.</translation>
    </message>
</context>
<context>
    <name>ucmc::SessionBanners</name>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>No media servers: the file could not be read.</source>
        <translation>Keine Media-Server: Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The JSON text is not valid: the other views are locked until it is repaired</source>
        <translation>Der JSON-Text ist ungültig: Die anderen Ansichten sind gesperrt, bis er korrigiert ist</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: the UC WebServer cannot read it either</source>
        <translation>%1 ist kein gültiges JSON: Auch der UC WebServer kann die Datei nicht lesen</translation>
    </message>
    <message>
        <source>Show in JSON</source>
        <translation>Im JSON-Text anzeigen</translation>
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
        <source>The kurentoservers list is empty.</source>
        <translation>Die Liste kurentoservers ist leer.</translation>
    </message>
    <message>
        <source>%1: another certificate than the one you trusted. If it was not replaced on purpose, someone may be in between.</source>
        <translation>%1: ein anderes Zertifikat als das, dem Sie vertraut haben. Wenn es nicht absichtlich ersetzt wurde, hat sich möglicherweise jemand dazwischengeschaltet.</translation>
    </message>
    <message>
        <source>%1: expired. Renew the certificate on the media server.</source>
        <translation>%1: abgelaufen. Erneuern Sie das Zertifikat auf dem Media-Server.</translation>
    </message>
    <message>
        <source>%1: not trusted. Compare the fingerprint with the server, then trust it.</source>
        <translation>%1: nicht vertrauenswürdig. Vergleichen Sie den Fingerabdruck mit dem Server und vertrauen Sie dem Zertifikat dann.</translation>
    </message>
    <message numerus="yes">
        <source>%1: expires in %n days at the latest. Renew it on the media server.</source>
        <translation>
            <numerusform>%1: läuft spätestens in %n Tag ab. Erneuern Sie das Zertifikat auf dem Media-Server.</numerusform>
            <numerusform>%1: läuft spätestens in %n Tagen ab. Erneuern Sie das Zertifikat auf dem Media-Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>A media server presents another certificate than the one you trusted</source>
        <translation>Ein Media-Server legt ein anderes Zertifikat vor als das, dem Sie vertraut haben</translation>
    </message>
    <message>
        <source>A media server&apos;s certificate has expired</source>
        <translation>Das Zertifikat eines Media-Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>The console does not trust a media server&apos;s certificate</source>
        <translation>Die Konsole vertraut dem Zertifikat eines Media-Servers nicht</translation>
    </message>
    <message>
        <source>A certificate expires soon</source>
        <translation>Ein Zertifikat läuft bald ab</translation>
    </message>
    <message>
        <source>Show Certificate…</source>
        <translation>Zertifikat anzeigen…</translation>
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
        <source>Show fewer messages</source>
        <translation>Weniger Meldungen anzeigen</translation>
    </message>
    <message>
        <source>Click to restart the UC WebServer.</source>
        <translation>Klicken, um den UC WebServer neu zu starten.</translation>
    </message>
    <message>
        <source>The UC WebServer started after the file was last written: it runs with the file as it is.</source>
        <translation>Der UC WebServer wurde gestartet, nachdem die Datei zuletzt geschrieben wurde: Er läuft mit der Datei, wie sie ist.</translation>
    </message>
    <message>
        <source>The UC WebServer loads eucwebconfig.json when it starts; it was last started before the file was written.</source>
        <translation>Der UC WebServer lädt eucwebconfig.json beim Start; er wurde zuletzt gestartet, bevor die Datei geschrieben wurde.</translation>
    </message>
    <message>
        <source>Restart Now…</source>
        <translation>Jetzt neu starten…</translation>
    </message>
    <message>
        <source>Show %1 more</source>
        <translation>%1 weitere anzeigen</translation>
    </message>
</context>
<context>
    <name>ucmc::SiteImport</name>
    <message>
        <source>name, UCServer host, path</source>
        <translation>Name, UCServer-Host, Pfad</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Der Name fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address for the UCServer.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IP-Adresse für den UCServer.</translation>
    </message>
    <message>
        <source>The path of eucwebconfig.json is missing.</source>
        <translation>Der Pfad der eucwebconfig.json fehlt.</translation>
    </message>
    <message>
        <source>The path contains a line break or a tab.</source>
        <translation>Der Pfad enthält einen Zeilenumbruch oder einen Tabulator.</translation>
    </message>
    <message>
        <source>The share path &quot;%1&quot; names no server and share: write it as \\server\share\…\eucwebconfig.json.</source>
        <translation>Der Freigabepfad „%1“ nennt keinen Server und keine Freigabe: Schreiben Sie ihn als \\server\freigabe\…\eucwebconfig.json.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; of the share path is not a valid host name or IP address.</source>
        <translation>Der Server „%1“ des Freigabepfads ist kein gültiger Hostname und keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is neither absolute nor a share (\\server\share\…).</source>
        <translation>Der Pfad „%1“ ist weder absolut noch eine Freigabe (\\server\freigabe\…).</translation>
    </message>
    <message>
        <source>The file is %1 large; at most 1 MB can be imported at once. Split it into several files.</source>
        <translation>Die Datei ist %1 groß; höchstens 1 MB kann auf einmal importiert werden. Teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>will be imported.</source>
        <translation>wird importiert.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; at most %1 sites can be imported at once. Split it into several files.</source>
        <translation>Die Datei hat mehr als %1 Zeilen; höchstens %1 Standorte können auf einmal importiert werden. Teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>The file has only the row of column titles, no sites.</source>
        <translation>Die Datei enthält nur die Zeile mit den Spaltentiteln, keine Standorte.</translation>
    </message>
    <message>
        <source>The file has no rows with sites.</source>
        <translation>Die Datei enthält keine Zeilen mit Standorten.</translation>
    </message>
    <message>
        <source>A quoted field is never closed (a &quot; is missing): the rest of the file was read into this row.</source>
        <translation>Ein Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt): Der Rest der Datei wurde in diese Zeile gelesen.</translation>
    </message>
    <message>
        <source>Too many columns: %1 instead of %2 (%3). A name or path that contains the separator must be in quotes.</source>
        <translation>Zu viele Spalten: %1 statt %2 (%3). Ein Name oder Pfad, der das Trennzeichen enthält, muss in Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>Too few columns: %1 instead of %2 (%3).</source>
        <translation>Zu wenige Spalten: %1 statt %2 (%3).</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used in row %2 of this file.</source>
        <translation>Der Name „%1“ wird bereits in Zeile %2 dieser Datei verwendet.</translation>
    </message>
    <message>
        <source>The same eucwebconfig.json is already in row %1 of this file.</source>
        <translation>Dieselbe eucwebconfig.json steht bereits in Zeile %1 dieser Datei.</translation>
    </message>
    <message>
        <source>Already there: the remembered site &quot;%1&quot; uses this file.</source>
        <translation>Schon vorhanden: Der gespeicherte Standort „%1“ verwendet diese Datei.</translation>
    </message>
    <message>
        <source>Already there: a remembered site is called &quot;%1&quot;.</source>
        <translation>Schon vorhanden: Ein gespeicherter Standort heißt „%1“.</translation>
    </message>
</context>
<context>
    <name>ucmc::SiteImportDialog</name>
    <message>
        <source>Import Sites from CSV</source>
        <translation>Standorte aus CSV importieren</translation>
    </message>
    <message>
        <source>One row per site: name, UCServer host, path of eucwebconfig.json (or its share or folder), separated by ; or , and optionally with a row of column titles. Imported sites are watched always.</source>
        <translation>Eine Zeile pro Standort: Name, UCServer-Host, Pfad der eucwebconfig.json (oder ihre Freigabe oder ihr Ordner), getrennt durch ; oder , und wahlweise mit einer Zeile Spaltentitel. Importierte Standorte werden immer überwacht.</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>UCServer host</source>
        <translation>UCServer-Host</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose &amp;Another File…</source>
        <translation>&amp;Andere Datei wählen…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Rows: %1 · to import: %2 · already there: %3 · with errors: %4 (not imported)</source>
        <translation>Zeilen: %1 · zu importieren: %2 · schon vorhanden: %3 · mit Fehlern: %4 (nicht importiert)</translation>
    </message>
    <message>
        <source>Row %1 holds the column titles: %2</source>
        <translation>Zeile %1 enthält die Spaltentitel: %2</translation>
    </message>
    <message>
        <source>Import 1 site</source>
        <translation>1 Standort importieren</translation>
    </message>
    <message>
        <source>Import %1 sites</source>
        <translation>%1 Standorte importieren</translation>
    </message>
    <message>
        <source>Will import</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ucmc::SiteMonitor</name>
    <message>
        <source>%1 (port %2) reachable again</source>
        <translation>%1 (Port %2) wieder erreichbar</translation>
    </message>
    <message>
        <source>%1 (port %2) not reachable: %3</source>
        <translation>%1 (Port %2) nicht erreichbar: %3</translation>
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
        <source>UC WebServer HTTPS</source>
        <translation>UC WebServer HTTPS</translation>
    </message>
</context>
<context>
    <name>ucmc::SiteSession</name>
    <message>
        <source>Opened the configuration</source>
        <translation>Konfiguration geöffnet</translation>
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
        <source>Saved the configuration. %1</source>
        <translation>Konfiguration gespeichert. %1</translation>
    </message>
    <message>
        <source>Maintenance on: no alerts for this media server</source>
        <translation>Wartung ein: keine Alarme für diesen Media-Server</translation>
    </message>
    <message>
        <source>Maintenance off</source>
        <translation>Wartung aus</translation>
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
    <message>
        <source>Failed checks in a row before a media server counts as down (a connection the server closes counts at once).</source>
        <translation>Fehlgeschlagene Prüfungen in Folge, bevor ein Media-Server als ausgefallen gilt (eine vom Server geschlossene Verbindung zählt sofort).</translation>
    </message>
    <message>
        <source>Down after &amp;failures:</source>
        <translation>Ausgefallen nach &amp;Fehlschlägen:</translation>
    </message>
    <message>
        <source>Answered checks in a row before a media server that was down counts as up again.</source>
        <translation>Beantwortete Prüfungen in Folge, bevor ein ausgefallener Media-Server wieder als aktiv gilt.</translation>
    </message>
    <message>
        <source>Up again after &amp;answers:</source>
        <translation>Wieder aktiv nach &amp;Antworten:</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>How often each media server is asked for its CPU load, memory and sessions.</source>
        <translation>Wie oft jeder Media-Server nach CPU-Last, Arbeitsspeicher und Sitzungen gefragt wird.</translation>
    </message>
    <message>
        <source>&amp;Load figures every:</source>
        <translation>&amp;Lastwerte alle:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;CPU measured over:</source>
        <translation>CPU-&amp;Messdauer:</translation>
    </message>
    <message>
        <source>The media server answers getUsedCpu only after this time and blocks one of its threads for as long: keep it short. At most half the ping interval is used.</source>
        <translation>Der Media-Server beantwortet getUsedCpu erst nach dieser Zeit und blockiert so lange einen seiner Threads: Halten Sie sie kurz. Es wird höchstens das halbe Ping-Intervall verwendet.</translation>
    </message>
    <message>
        <source>The UC WebServer answers HTTPS here, by default with a self-signed certificate. The check only asks whether it answers; an untrusted certificate is shown, not treated as down.</source>
        <translation>Der UC WebServer antwortet hier über HTTPS, standardmäßig mit einem selbstsignierten Zertifikat. Die Prüfung fragt nur, ob er antwortet; ein nicht vertrauenswürdiges Zertifikat wird angezeigt, aber nicht als Ausfall gewertet.</translation>
    </message>
    <message>
        <source>UC WebServer HTTP&amp;S port:</source>
        <translation>HTTP&amp;S-Port des UC WebServers:</translation>
    </message>
    <message>
        <source>Watch alwa&amp;ys</source>
        <translation>Immer über&amp;wachen</translation>
    </message>
    <message>
        <source>Show this site in the Fleet tab and alert about it even while another site is open. Watched sites are never dropped from the recent sites.</source>
        <translation>Diesen Standort auf der Registerkarte Flotte zeigen und auch dann über ihn alarmieren, wenn ein anderer Standort geöffnet ist. Überwachte Standorte fallen nie aus den zuletzt verwendeten Standorten.</translation>
    </message>
</context>
<context>
    <name>ucmc::SiteStatus</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 site, all fine</source>
        <translation>1 Standort, alles in Ordnung</translation>
    </message>
    <message>
        <source>%1 sites, all fine</source>
        <translation>%1 Standorte, alles in Ordnung</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; und %1 weitere</translation>
    </message>
    <message>
        <source>Sites needing attention: %1 of %2 — %3</source>
        <translation>Standorte, die Aufmerksamkeit erfordern: %1 von %2 — %3</translation>
    </message>
    <message>
        <source>Site %1: %2</source>
        <translation>Standort %1: %2</translation>
    </message>
    <message>
        <source>%1 sites report recoveries</source>
        <translation>%1 Standorte sind wieder in Ordnung</translation>
    </message>
    <message>
        <source>%1 sites need attention</source>
        <translation>%1 Standorte erfordern Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Configuration file not readable</source>
        <translation>Konfigurationsdatei nicht lesbar</translation>
    </message>
    <message>
        <source>UCServer host unreachable</source>
        <translation>UCServer-Host nicht erreichbar</translation>
    </message>
    <message>
        <source>The media server is down</source>
        <translation>Der Media-Server ist ausgefallen</translation>
    </message>
    <message>
        <source>All %1 media servers down</source>
        <translation>Alle %1 Media-Server ausgefallen</translation>
    </message>
    <message>
        <source>1 media server down</source>
        <translation>1 Media-Server ausgefallen</translation>
    </message>
    <message>
        <source>%1 media servers down</source>
        <translation>%1 Media-Server ausgefallen</translation>
    </message>
    <message>
        <source>UC WebServer: UCServer not connected</source>
        <translation>UC WebServer: UCServer nicht verbunden</translation>
    </message>
    <message>
        <source>UC WebServer not answering</source>
        <translation>UC WebServer antwortet nicht</translation>
    </message>
    <message>
        <source>Reading the configuration file…</source>
        <translation>Die Konfigurationsdatei wird gelesen…</translation>
    </message>
    <message>
        <source>No media servers configured</source>
        <translation>Keine Media-Server eingetragen</translation>
    </message>
    <message>
        <source>Waiting for first answers</source>
        <translation>Warten auf erste Antworten</translation>
    </message>
    <message>
        <source>Versions differ</source>
        <translation>Abweichende Versionen</translation>
    </message>
    <message>
        <source>1 certificate expires soon</source>
        <translation>1 Zertifikat läuft bald ab</translation>
    </message>
    <message>
        <source>%1 certificates expire soon</source>
        <translation>%1 Zertifikate laufen bald ab</translation>
    </message>
    <message>
        <source>Restart of the UC WebServer pending</source>
        <translation>Neustart des UC WebServers ausstehend</translation>
    </message>
    <message>
        <source>UC WebServer HTTPS not answering</source>
        <translation>UC WebServer HTTPS antwortet nicht</translation>
    </message>
    <message>
        <source>1 entry cannot be monitored</source>
        <translation>1 Eintrag kann nicht überwacht werden</translation>
    </message>
    <message>
        <source>%1 entries cannot be monitored</source>
        <translation>%1 Einträge können nicht überwacht werden</translation>
    </message>
    <message>
        <source>%1 of %2 media servers up, %3 in maintenance</source>
        <translation>%1 von %2 Media-Servern aktiv, %3 in Wartung</translation>
    </message>
    <message>
        <source>The media server is up</source>
        <translation>Der Media-Server ist aktiv</translation>
    </message>
    <message>
        <source>All %1 media servers up</source>
        <translation>Alle %1 Media-Server aktiv</translation>
    </message>
    <message>
        <source>%1 of %2 media servers up</source>
        <translation>%1 von %2 Media-Servern aktiv</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>1 certificate changed</source>
        <translation>1 Zertifikat geändert</translation>
    </message>
    <message>
        <source>%1 certificates changed</source>
        <translation>%1 Zertifikate geändert</translation>
    </message>
    <message>
        <source>No UCServer host set</source>
        <translation>Kein UCServer-Host eingestellt</translation>
    </message>
</context>
<context>
    <name>ucmc::SitesCommand</name>
    <message>
        <source>No site is remembered yet.</source>
        <translation>Noch kein Standort gespeichert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>UCServer host</source>
        <translation>UCServer-Host</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Watch always</source>
        <translation>Immer überwachen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Row %1: column titles (%2).</source>
        <translation>Zeile %1: Spaltentitel (%2).</translation>
    </message>
    <message>
        <source>Row %1: would import %2.</source>
        <translation>Zeile %1: würde %2 importieren.</translation>
    </message>
    <message>
        <source>Row %1: imported %2.</source>
        <translation>Zeile %1: %2 importiert.</translation>
    </message>
    <message>
        <source>Row %1: already there: %2 was added meanwhile.</source>
        <translation>Zeile %1: schon vorhanden: %2 wurde inzwischen hinzugefügt.</translation>
    </message>
    <message>
        <source>Would import: %1, already there: %2, errors: %3 (nothing was changed).</source>
        <translation>Würde importieren: %1, schon vorhanden: %2, Fehler: %3 (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>Imported: %1, already there: %2, errors: %3.</source>
        <translation>Importiert: %1, schon vorhanden: %2, Fehler: %3.</translation>
    </message>
    <message>
        <source>Show what importing would do; change nothing.</source>
        <translation>Zeigen, was der Import tun würde; nichts ändern.</translation>
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
        <source>%1 is watched always now.</source>
        <translation>%1 wird jetzt immer überwacht.</translation>
    </message>
    <message>
        <source>%1 is no longer watched always.</source>
        <translation>%1 wird nicht mehr immer überwacht.</translation>
    </message>
    <message>
        <source>The sites the console remembers: list them, import many at once from a CSV file (name, UCServer host, path of eucwebconfig.json or its share), watched always, or watch a site always (or no longer) by its name or ID.
Exit code: 0 done, 1 some rows had errors (the others were imported unless --dry-run), 2 bad arguments, the file was refused, or no site has that name or ID, 3 watch or unwatch without exactly one site.</source>
        <translation>Die Standorte, die die Konsole kennt: auflisten, viele auf einmal aus einer CSV-Datei importieren (Name, UCServer-Host, Pfad der eucwebconfig.json oder ihrer Freigabe), immer überwacht, oder einen Standort nach Name oder ID immer (oder nicht mehr) überwachen.
Exit-Code: 0 erledigt, 1 einige Zeilen hatten Fehler (die anderen wurden importiert, außer mit --dry-run), 2 falsche Argumente, die Datei wurde abgelehnt oder kein Standort hat diesen Namen oder diese ID, 3 watch oder unwatch ohne genau einen Standort.</translation>
    </message>
    <message>
        <source>list, import FILE.csv, watch NAME|ID, or unwatch NAME|ID.</source>
        <translation>list, import FILE.csv, watch NAME|ID oder unwatch NAME|ID.</translation>
    </message>
    <message>
        <source>Which site? uc-media-console sites %1 NAME|ID (&quot;sites list&quot; shows the names)</source>
        <translation>Welcher Standort? uc-media-console sites %1 NAME|ID („sites list“ zeigt die Namen)</translation>
    </message>
    <message>
        <source>What to do? uc-media-console sites list | sites import FILE.csv [--dry-run] | sites watch NAME|ID | sites unwatch NAME|ID</source>
        <translation>Was tun? uc-media-console sites list | sites import FILE.csv [--dry-run] | sites watch NAME|ID | sites unwatch NAME|ID</translation>
    </message>
</context>
<context>
    <name>ucmc::StatusSummary</name>
    <message>
        <source>The open configuration file</source>
        <translation>Die geöffnete Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>Media servers up</source>
        <translation>Aktive Media-Server</translation>
    </message>
    <message>
        <source>Software versions of the media servers</source>
        <translation>Softwareversionen der Media-Server</translation>
    </message>
</context>
<context>
    <name>ucmc::TopologyExport</name>
    <message>
        <source>Media server topology – %1</source>
        <translation>Media-Server-Topologie – %1</translation>
    </message>
    <message>
        <source>%1 · configuration only, states not checked</source>
        <translation>%1 · nur Konfiguration, Zustände nicht geprüft</translation>
    </message>
    <message>
        <source>%1 · states as last checked by UC Media Console</source>
        <translation>%1 · Zustände der letzten Prüfung durch UC Media Console</translation>
    </message>
    <message>
        <source>Numbers: the order of the list, in which the UCServer hands out new calls (round robin) to the servers that are up.</source>
        <translation>Zahlen: die Reihenfolge der Liste, in der der UCServer neue Anrufe an die erreichbaren Server verteilt (Round Robin).</translation>
    </message>
    <message>
        <source>Numbers: the order in which the UCServer hands out new calls (round robin); –: gets no calls now. Dashed line: not up.</source>
        <translation>Zahlen: die Reihenfolge, in der der UCServer neue Anrufe verteilt (Round Robin); –: bekommt derzeit keine Anrufe. Gestrichelte Linie: nicht erreichbar.</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>Das Bild konnte nicht codiert werden.</translation>
    </message>
    <message>
        <source>The drawing could not be started.</source>
        <translation>Die Grafik konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>%1 topology</source>
        <translation>Topologie %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Topology</source>
        <translation>Topologie exportieren</translation>
    </message>
    <message>
        <source>The topology could not be written to %1: %2</source>
        <translation>Die Topologie konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Topology exported to %1</source>
        <translation>Topologie nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>ucmc::TopologyPrint</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The printer did not accept the page.</source>
        <translation>Der Drucker hat die Seite nicht angenommen.</translation>
    </message>
    <message>
        <source>Print Topology</source>
        <translation>Topologie drucken</translation>
    </message>
    <message>
        <source>The topology could not be printed: %1</source>
        <translation>Die Topologie konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>Topology sent to %1</source>
        <translation>Topologie an %1 gesendet</translation>
    </message>
    <message>
        <source>Topology printed to %1</source>
        <translation>Topologie in %1 gedruckt</translation>
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
    <message>
        <source>Maintenance (expected down, no alerts)</source>
        <translation>Wartung (Ausfall erwartet, keine Alarme)</translation>
    </message>
    <message>
        <source>Encrypted (wss), not checked</source>
        <translation>Verschlüsselt (wss), nicht geprüft</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>UCServer host %1</source>
        <translation>UCServer-Host %1</translation>
    </message>
    <message>
        <source>Media server topology</source>
        <translation>Media-Server-Topologie</translation>
    </message>
    <message>
        <source>The UCServer host and its media servers. Arrow keys choose a server, Enter shows its properties, Delete removes it, Ctrl+Up and Ctrl+Down move it in the list.</source>
        <translation>Der UCServer-Host und seine Media-Server. Die Pfeiltasten wählen einen Server, Eingabe zeigt seine Eigenschaften, Entf entfernt ihn, Strg+Auf und Strg+Ab verschieben ihn in der Liste.</translation>
    </message>
    <message>
        <source>Number %1 in the order new calls are handed out</source>
        <translation>Nummer %1 in der Reihenfolge, in der neue Anrufe verteilt werden</translation>
    </message>
    <message>
        <source>Gets no new calls now</source>
        <translation>Erhält jetzt keine neuen Anrufe</translation>
    </message>
    <message>
        <source>Encrypted (wss)</source>
        <translation>Verschlüsselt (wss)</translation>
    </message>
</context>
<context>
    <name>ucmc::TrayMenu</name>
    <message>
        <source>Hide Window</source>
        <translation>Fenster ausblenden</translation>
    </message>
    <message>
        <source>Show Window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>runs version %1</source>
        <translation>läuft mit Version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <translation>
            <numerusform>%n weiteres…</numerusform>
            <numerusform>%n weitere…</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Resume Alerts (paused until %1)</source>
        <translation>Alarme fortsetzen (pausiert bis %1)</translation>
    </message>
    <message>
        <source>Pause Alerts for 1 Hour</source>
        <translation>Alarme für 1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Watched Sites</source>
        <translation>Überwachte Standorte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All sites fine</source>
        <translation>Alle Standorte in Ordnung</translation>
    </message>
</context>
<context>
    <name>ucmc::UnifiedDiff</name>
    <message numerus="yes">
        <source>…(%Ln characters not shown)…</source>
        <translation>
            <numerusform>…(%Ln Zeichen nicht angezeigt)…</numerusform>
            <numerusform>…(%Ln Zeichen nicht angezeigt)…</numerusform>
        </translation>
    </message>
    <message>
        <source>\ No newline at end of file</source>
        <translation>\ Kein Zeilenumbruch am Dateiende</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln more changes in this line not shown)</source>
        <translation>
            <numerusform>(%Ln weitere Änderung in dieser Zeile nicht angezeigt)</numerusform>
            <numerusform>(%Ln weitere Änderungen in dieser Zeile nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>CRLF and LF mixed</source>
        <translation>CRLF und LF gemischt</translation>
    </message>
    <message>
        <source>[line ends: %1]</source>
        <translation>[Zeilenenden: %1]</translation>
    </message>
</context>
<context>
    <name>ucmc::WatchedSite</name>
    <message>
        <source>(entry %1)</source>
        <translation>(Eintrag %1)</translation>
    </message>
</context>
<context>
    <name>ucmc::cli::Sites</name>
    <message>
        <source>No site is remembered yet: open the installation&apos;s eucwebconfig.json in the console once, and set up its service control on the Hosts tab.</source>
        <translation>Noch kein Standort gespeichert: Öffnen Sie die eucwebconfig.json der Installation einmal in der Konsole und richten Sie die Dienststeuerung auf der Registerkarte Hosts ein.</translation>
    </message>
    <message>
        <source>There is no site named &quot;%1&quot;: no site is remembered yet.</source>
        <translation>Es gibt keinen Standort „%1“: Es ist noch kein Standort gespeichert.</translation>
    </message>
    <message>
        <source>There is no site named &quot;%1&quot;. The sites are: %2</source>
        <translation>Es gibt keinen Standort „%1“. Die Standorte sind: %2</translation>
    </message>
</context>
</TS>
