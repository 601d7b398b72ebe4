<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>Shows the UCServer host and every UC MediaServer of an estos ProCall installation with live status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eucwebconfig.json to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on simulated media servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG once status has settled, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface (en, de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetText</name>
    <message>
        <source>No media servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media servers up: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All run version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions differ: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused (no media server listening on this port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out while connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: ping not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a WebSocket endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by the server with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by the server with code %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost (closed without a close frame, code 1006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Kurento media server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Kurento media server: answered a request that was never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a message larger than %1 (closed with code 1009)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotText</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has no usable url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a WebSocket URL (ws:// or wss://): a media server cannot be reached with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::ConfigDocument</name>
    <message>
        <source>The file must contain a JSON object { … } at the top level, but it contains %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kurentoservers&quot; appears more than once. Programs differ in which one they use; this console shows the first one (line %1). Remove the extra list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;kurentoservers&quot; list, so no media server is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kurentoservers&quot; must be a list in square brackets [ … ], but it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;kurentoservers&quot; list is empty. The UC WebServer has no media server for softphone calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media server %1 is %2, not an object like { &quot;url&quot; : &quot;ws://…&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media server %1 contains &quot;%2&quot; more than once. This console uses the first one; other programs may use another. Remove the extra one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media server %1 has no &quot;url&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;url&quot; of media server %1 must be text in double quotes, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of media server %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::ConfigFileReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 bytes). A configuration file of more than %3 bytes is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large. A configuration file of more than %2 bytes is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is saved as %2 text. JSON files must be UTF-8: open it in an editor and save it with the encoding UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 contains zero bytes, so it is not UTF-8 text. Is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::DemoEnvironment</name>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs the openssl command to make a certificate; install the openssl package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openssl could not make the demo certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo certificate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media server simulator was not found at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media server simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo configuration to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::JsonNode</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::JsonSyntaxError</name>
    <message>
        <source>The file is empty. It must contain a JSON object, starting with { and ending with }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends too early: the { at line %1, column %2 is never closed with }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends too early: the [ at line %1, column %2 is never closed with ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends too early: a value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in quotes that starts at line %1, column %2 has no closing quote &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character %1 is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a comma after the last entry. Remove this comma: JSON allows no comma before ] or }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comma is missing before this entry. Separate entries with a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colon : is missing after the name in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is missing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bracket does not match the [ at line %1, column %2: a list opened with [ must be closed with ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bracket does not match the { at line %1, column %2: an object opened with { must be closed with }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typographic quotes such as “ ” or „ “ (often copied from a web page or a word processor) are used here. JSON needs straight double quotes &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single quotes are used here. JSON needs straight double quotes &quot; around names and texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment (// or /* */) is here. JSON does not allow comments; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 must be in double quotes, for example &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invisible special space (%1, often copied from a web page) is here. Replace it with a normal space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backslash \ inside quotes must be followed by &quot;, \, /, b, f, n, r, t or u and four hex digits. For a backslash in a Windows path write two: C:\\Program Files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escape \u here is half of a surrogate pair without its other half; it is not a valid character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tab character is inside quotes. Write it as \t or use spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control character %1 is inside quotes. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not valid JSON. Write numbers with digits, an optional minus sign and a dot for decimals, without leading zeros: 0, 8888, -1, 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word %1 is not a JSON value. Use true, false, null, a number, or text in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is more text after the end of the JSON data. Is there one } or ] too many?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains bytes that are not UTF-8 text here. Save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and objects are nested too deeply here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::MainWindow</name>
    <message>
        <source>About UC Media Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;UC Media Console&lt;/b&gt; %1&lt;br&gt;Shows the UCServer host and every UC MediaServer of an estos ProCall Infinity installation with live status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an eucwebconfig.json (Ctrl+O); you can also drop the file on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCServer host, ports and probe timing of this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About UC Media Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another installation you opened before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UC Media Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – UC Media Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an eucwebconfig.json to see its media servers (File &gt; Open, or drop the file here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open eucwebconfig.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON configuration (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some entries of %1 cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kurentoservers list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media servers: the file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: the UC WebServer cannot read it either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media servers: the file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usable media server list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media servers: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media servers run different versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hosts must run the same software version. Most run %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::MediaServerConnection</name>
    <message>
        <source>the reply is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not JSON-RPC 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping was not answered with pong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping was answered with error %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::MediaServerUrl</name>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a space, tab or line break. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address does not start with a scheme such as ws://. Write it like ws://10.21.3.11:8888/kurento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid scheme. Use ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name or IP address after %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 address has no closing bracket ]. Write it like ws://[fd00::11]:8888/kurento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brackets [ ] contain no IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv6 address must be written in square brackets, for example ws://[fd00::11]:8888/kurento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address. Write four numbers from 0 to 255 without leading zeros, separated by dots, for example 10.21.3.11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name. Use letters, digits, hyphens and dots, or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port number after the colon is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Use digits only, for example 8888.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is outside the valid range 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::PortCheck</name>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed without an HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UC WebServer runs, but its UCServer is not connected (HTTP 502)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::ServerTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the list: the UCServer hands out new calls round robin in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candkillipv6: drop IPv6 ICE candidates of this media server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candkilltcp: drop TCP ICE candidates of this media server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candonlyturn: offer only TURN relay candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time of the last JSON-RPC ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only TURN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In state for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::SiteSettingsDialog</name>
    <message>
        <source>Site Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. WinServer1 or 10.21.3.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the file&apos;s share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host that runs the UCServer and the UC WebServer. Leave empty to use the host of the file&apos;s network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCServer &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCServer &amp;client port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UC &amp;WebServer HTTP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between two JSON-RPC pings to each media server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media server that does not answer a ping within this time is shown as down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ucmc::TopologyView</name>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCServer not connected (HTTP 502)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCServer host not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCServer and UC WebServer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file through its share (\\host\…) or set the host in the site settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCServer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UC WebServer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media servers listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
