<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdvancedPage</name>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Unit of the maximum file size</source>
        <translation>Einheit der maximalen Dateigröße</translation>
    </message>
    <message>
        <source>1 KB = 1024 bytes</source>
        <translation>1 KB = 1024 Bytes</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>kein gültiges JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>must be a JSON object, e.g. {&quot;timeout&quot;: 60}</source>
        <translation>muss ein JSON-Objekt sein, z. B. {&quot;timeout&quot;: 60}</translation>
    </message>
    <message>
        <source>Show &amp;values</source>
        <translation>&amp;Werte zeigen</translation>
    </message>
    <message>
        <source>The values are masked so that a screenshot or screen share shows none; show them to edit</source>
        <translation>Die Werte sind maskiert, damit ein Bildschirmfoto oder eine Bildschirmfreigabe keinen zeigt; zeigen Sie sie zum Bearbeiten an</translation>
    </message>
    <message>
        <source>&amp;Other fields</source>
        <translation>&amp;Weitere Felder</translation>
    </message>
    <message>
        <source>Top-level fields of the opened or pasted body that this app does not know. They are kept and sent as they are, after the known ones: a newer Galileo may use them, an older one ignores them.</source>
        <translation>Felder der obersten Ebene des geöffneten oder eingefügten Bodys, die diese App nicht kennt. Sie bleiben erhalten und werden unverändert nach den bekannten gesendet: ein neueres Galileo nutzt sie vielleicht, ein älteres ignoriert sie.</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>A JSON object of the fields to send besides the form&apos;s, e.g. {&quot;new_option&quot;: true}; empty for none</source>
        <translation>Ein JSON-Objekt mit den Feldern, die neben denen des Formulars gesendet werden, z. B. {&quot;new_option&quot;: true}; leer für keine</translation>
    </message>
    <message>
        <source>Other fields: not valid JSON: %1 at line %2, column %3</source>
        <translation>Weitere Felder: kein gültiges JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>Other fields: must be a JSON object, e.g. {&quot;new_option&quot;: true}</source>
        <translation>Weitere Felder: muss ein JSON-Objekt sein, z. B. {&quot;new_option&quot;: true}</translation>
    </message>
    <message>
        <source>Other fields: &quot;%1&quot; is a field of the form; set it there</source>
        <translation>Weitere Felder: „%1“ ist ein Feld des Formulars; dort setzen</translation>
    </message>
    <message>
        <source>Show v&amp;alues</source>
        <translation>Werte &amp;anzeigen</translation>
    </message>
    <message>
        <source>Fields named as credentials (api_key, *_secret, *_token, password, ...) are masked so that a screenshot or screen share shows none; show them to edit</source>
        <translation>Felder, deren Namen auf Zugangsdaten hindeuten (api_key, *_secret, *_token, password, ...), sind maskiert, damit ein Bildschirmfoto oder eine Bildschirmfreigabe keine zeigt; zeigen Sie sie zum Bearbeiten an</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Galileo&apos;s answers are a few KB. Check that the base URL is Galileo&apos;s API.</source>
        <translation>Galileos Antworten sind wenige KB groß. Prüfen Sie, ob die Basis-URL Galileos API ist.</translation>
    </message>
    <message>
        <source>Correct it in the connection settings: a header or URL that could be misread is never sent.</source>
        <translation>Korrigieren Sie es in den Verbindungseinstellungen: Ein Header oder eine URL, die missverstanden werden könnte, wird nie gesendet.</translation>
    </message>
    <message>
        <source>Use the address it redirects to as the base URL if you trust it.</source>
        <translation>Verwenden Sie die Zieladresse als Basis-URL, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>The host %1 could not be found (DNS).</source>
        <translation>Der Host %1 wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>Check the base URL&apos;s spelling, your network, and any VPN the cluster needs.</source>
        <translation>Prüfen Sie die Schreibweise der Basis-URL, Ihr Netz und ein VPN, das der Cluster braucht.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing answers on that port: check the base URL&apos;s port and that the server runs.</source>
        <translation>An diesem Port antwortet nichts: Prüfen Sie den Port der Basis-URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>A proxy or load balancer may be cutting the request; try again, or check the proxy settings.</source>
        <translation>Ein Proxy oder Load Balancer bricht die Anfrage womöglich ab; versuchen Sie es erneut oder prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung zu %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>The certificate is not trusted. For a self-hosted cluster with its own certificate authority, choose its CA file in the connection settings.</source>
        <translation>Dem Zertifikat wird nicht vertraut. Wählen Sie für einen selbst betriebenen Cluster mit eigener Zertifizierungsstelle deren CA-Datei in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>Check the network and the proxy settings.</source>
        <translation>Prüfen Sie das Netz und die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The server answered %1 with a web page, not JSON.</source>
        <translation>Der Server hat mit %1 und einer Webseite statt JSON geantwortet.</translation>
    </message>
    <message>
        <source>The server answered %1 with something that is not a JSON object.</source>
        <translation>Der Server hat mit %1 und etwas geantwortet, das kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>This does not look like Galileo&apos;s API. Is the base URL the API URL (api...), not the console&apos;s?</source>
        <translation>Das sieht nicht nach Galileos API aus. Ist die Basis-URL die API-URL (api...) und nicht die der Konsole?</translation>
    </message>
    <message>
        <source>Galileo refused the credentials (401)%1.</source>
        <translation>Galileo hat die Zugangsdaten abgelehnt (401)%1.</translation>
    </message>
    <message>
        <source>Check the API key (or username and password) and the key&apos;s header name in the connection settings.</source>
        <translation>Prüfen Sie den API-Schlüssel (oder Benutzername und Passwort) und den Header-Namen des Schlüssels in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>Galileo did not allow this (403)%1.</source>
        <translation>Galileo hat das nicht erlaubt (403)%1.</translation>
    </message>
    <message>
        <source>Setting up a custom integration takes an admin of the organisation. Use an admin&apos;s API key, or ask an admin.</source>
        <translation>Eine eigene Integration einzurichten erfordert einen Administrator der Organisation. Verwenden Sie den API-Schlüssel eines Administrators oder fragen Sie einen.</translation>
    </message>
    <message>
        <source>%1 has no such endpoint (404).</source>
        <translation>%1 hat keinen solchen Endpunkt (404).</translation>
    </message>
    <message>
        <source>Check the base URL: it should be the API URL (like https://api.galileo.ai), not the console&apos;s.</source>
        <translation>Prüfen Sie die Basis-URL: Es sollte die API-URL sein (etwa https://api.galileo.ai), nicht die der Konsole.</translation>
    </message>
    <message>
        <source>Galileo found problems in the integration (422).</source>
        <translation>Galileo hat Probleme in der Integration gefunden (422).</translation>
    </message>
    <message>
        <source>Each problem is shown at the field it names.</source>
        <translation>Jedes Problem wird bei dem Feld angezeigt, das es nennt.</translation>
    </message>
    <message>
        <source> Galileo asks to wait %1 s before trying again.</source>
        <translation> Galileo bittet, %1 s bis zum nächsten Versuch zu warten.</translation>
    </message>
    <message>
        <source>The request is too large for the server (413).</source>
        <translation>Die Anfrage ist für den Server zu groß (413).</translation>
    </message>
    <message>
        <source>A proxy in front of Galileo limits the body size.</source>
        <translation>Ein Proxy vor Galileo begrenzt die Größe des Inhalts.</translation>
    </message>
    <message>
        <source>Too many requests (429).</source>
        <translation>Zu viele Anfragen (429).</translation>
    </message>
    <message>
        <source>Wait a little and try again.</source>
        <translation>Warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server failed (%1)%2.</source>
        <translation>Serverfehler (%1)%2.</translation>
    </message>
    <message>
        <source>This is on the server&apos;s side: try again later.</source>
        <translation>Das liegt auf der Seite des Servers: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request (%1)%2.</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1)%2.</translation>
    </message>
    <message>
        <source>Check the base URL and the connection settings.</source>
        <translation>Prüfen Sie die Basis-URL und die Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The server or the network is slow or down. Try again, or raise the timeout (in the connection settings; --timeout on the command line).</source>
        <translation>Der Server oder das Netz ist langsam oder ausgefallen. Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit (in den Verbindungseinstellungen; --timeout auf der Kommandozeile).</translation>
    </message>
</context>
<context>
    <name>ClusterCapabilities</name>
    <message>
        <source>PUT /v2/integrations/custom</source>
        <translation>PUT /v2/integrations/custom</translation>
    </message>
    <message>
        <source>named custom integrations</source>
        <translation>benannte Custom-Integrationen</translation>
    </message>
    <message>
        <source>definitions with secrets</source>
        <translation>Definitionen mit Geheimnissen</translation>
    </message>
    <message>
        <source>list of integrations</source>
        <translation>Liste der Integrationen</translation>
    </message>
    <message>
        <source>%1: offered</source>
        <translation>%1: angeboten</translation>
    </message>
    <message>
        <source>%1: not offered by this cluster</source>
        <translation>%1: von diesem Cluster nicht angeboten</translation>
    </message>
    <message>
        <source>%1: offered, but not permitted with these credentials</source>
        <translation>%1: angeboten, aber mit diesen Zugangsdaten nicht erlaubt</translation>
    </message>
    <message>
        <source>%1: unknown (no clear answer)</source>
        <translation>%1: unbekannt (keine klare Antwort)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Mit &apos;%1 --help&apos; erfahren Sie mehr.</translation>
    </message>
    <message>
        <source>no Galileo credentials: set GALILEO_API_KEY, or GALILEO_USERNAME and GALILEO_PASSWORD</source>
        <translation>keine Galileo-Zugangsdaten: setzen Sie GALILEO_API_KEY oder GALILEO_USERNAME und GALILEO_PASSWORD</translation>
    </message>
    <message>
        <source>damaged profile file %1: %2</source>
        <translation>beschädigte Profildatei %1: %2</translation>
    </message>
    <message>
        <source>--name NAME is required</source>
        <translation>--name NAME ist erforderlich</translation>
    </message>
    <message>
        <source>a profile called &quot;%1&quot; exists already; delete it first or choose another name</source>
        <translation>ein Profil namens „%1“ gibt es schon; löschen Sie es zuerst oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service (gnome-keyring or KWallet) in this session; secrets are never written to a file instead.</source>
        <translation>Starten und entsperren Sie in dieser Sitzung einen Secret Service (gnome-keyring oder KWallet); Geheimnisse werden nie ersatzweise in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>no profile is called &quot;%1&quot;</source>
        <translation>es gibt kein Profil namens „%1“</translation>
    </message>
    <message>
        <source>The new profile&apos;s name.</source>
        <translation>Der Name des neuen Profils.</translation>
    </message>
    <message>
        <source>Write the export to FILE.</source>
        <translation>Den Export in FILE schreiben.</translation>
    </message>
    <message>
        <source>profile %1 needs an argument</source>
        <translation>profile %1 braucht ein Argument</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown profile action &quot;%1&quot;; use list, import, export or delete</source>
        <translation>unbekannte Profilaktion „%1“; verwenden Sie list, import, export oder delete</translation>
    </message>
    <message>
        <source>Check a CustomIntegrationCreate body (the JSON for PUT /v2/integrations/custom) with the rules Galileo applies, and more.
Prints one line per issue, &apos;PATH: message&apos;.
Exit codes: 0 valid (warnings may print), 1 invalid, 2 unreadable file or malformed JSON.</source>
        <translation>Einen CustomIntegrationCreate-Inhalt (das JSON für PUT /v2/integrations/custom) mit den Regeln prüfen, die Galileo anwendet, und mehr.
Gibt eine Zeile pro Befund aus, &apos;PFAD: Meldung&apos;.
Exit-Codes: 0 gültig (Warnungen möglich), 1 ungültig, 2 unlesbare Datei oder fehlerhaftes JSON.</translation>
    </message>
    <message>
        <source>Print {&quot;detail&quot;: [...]} as FastAPI does.</source>
        <translation>{&quot;detail&quot;: [...]} ausgeben, wie FastAPI es tut.</translation>
    </message>
    <message>
        <source>The JSON body to check; - reads standard input.</source>
        <translation>Der zu prüfende JSON-Inhalt; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>%1: invalid (errors: %2, warnings: %3)</source>
        <translation>%1: ungültig (Fehler: %2, Warnungen: %3)</translation>
    </message>
    <message>
        <source>%1: valid (warnings: %2)</source>
        <translation>%1: gültig (Warnungen: %2)</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; cannot be read: %2</source>
        <translation>das Profil „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the profile&apos;s secrets cannot be read from %1</source>
        <translation>die Geheimnisse des Profils können nicht aus %1 gelesen werden</translation>
    </message>
    <message>
        <source>warning: the secret %1 is no longer in the keychain</source>
        <translation>Warnung: das Geheimnis %1 ist nicht mehr im Schlüsselbund</translation>
    </message>
    <message>
        <source>Print Galileo&apos;s answer (or {&quot;detail&quot;: [...]}) as JSON.</source>
        <translation>Galileos Antwort (oder {&quot;detail&quot;: [...]}) als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Galileo&apos;s API or console URL.</source>
        <translation>Galileos API- oder Konsolen-URL.</translation>
    </message>
    <message>
        <source>The JSON body to send; - reads standard input.</source>
        <translation>Der zu sendende JSON-Inhalt; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>give either FILE or --profile NAME</source>
        <translation>geben Sie entweder FILE oder --profile NAME an</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600</source>
        <translation>--timeout erwartet eine Sekundenzahl von 1 bis 600</translation>
    </message>
    <message>
        <source>%1: invalid; nothing was sent</source>
        <translation>%1: ungültig; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Sending to %1...</source>
        <translation>Sende an %1 …</translation>
    </message>
    <message>
        <source>warning: the profile could not record the submission: %1</source>
        <translation>Warnung: das Profil konnte die Übermittlung nicht festhalten: %1</translation>
    </message>
    <message>
        <source>The answer began: %1</source>
        <translation>Die Antwort begann mit: %1</translation>
    </message>
    <message>
        <source>Print the stages as JSON.</source>
        <translation>Die Schritte als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Test this saved profile&apos;s integration.</source>
        <translation>Die Integration dieses gespeicherten Profils testen.</translation>
    </message>
    <message>
        <source>Send OAuth2 client credentials as HTTP Basic first.</source>
        <translation>OAuth2-Client-Zugangsdaten zuerst per HTTP Basic senden.</translation>
    </message>
    <message>
        <source>The model for the completion (default: the default model).</source>
        <translation>Das Modell für die Antwort (Vorgabe: das Standardmodell).</translation>
    </message>
    <message>
        <source>Seconds each stage may take (default 15).</source>
        <translation>Sekunden, die jeder Schritt dauern darf (Vorgabe 15).</translation>
    </message>
    <message>
        <source>The JSON body to test; - reads standard input.</source>
        <translation>Der zu testende JSON-Inhalt; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>models listed by the gateway: %1</source>
        <translation>vom Gateway gelistete Modelle: %1</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; commands: %2</source>
        <translation>unbekannter Befehl „%1“; Befehle: %2</translation>
    </message>
    <message>
        <source>The profile&apos;s connection is kept: Galileo at %1.</source>
        <translation>Die Verbindung des Profils bleibt: Galileo unter %1.</translation>
    </message>
    <message>
        <source>The file names Galileo at %1; your own connection settings are used instead (--trust-connection keeps the file&apos;s).</source>
        <translation>Die Datei nennt Galileo unter %1; stattdessen gelten Ihre eigenen Verbindungseinstellungen (--trust-connection behält die der Datei).</translation>
    </message>
    <message>
        <source>Saved profiles: a Galileo connection and an integration, with every secret in the system keychain.
  list                        one profile name a line
  import FILE --name NAME [--trust-connection]
                              a body or an export; secrets go to the keychain
  export NAME [--output FILE] the profile without its secrets
  delete NAME                 the profile and its keychain entries
Exit codes: 0 done, 2 usage error or unreadable file, 5 the keychain cannot be used (then nothing is saved).</source>
        <translation>Gespeicherte Profile: eine Galileo-Verbindung und eine Integration, jedes Geheimnis im Schlüsselbund des Systems.
  list                        ein Profilname pro Zeile
  import FILE --name NAME [--trust-connection]
                              ein Inhalt oder ein Export; Geheimnisse kommen in den Schlüsselbund
  export NAME [--output FILE] das Profil ohne seine Geheimnisse
  delete NAME                 das Profil und seine Schlüsselbund-Einträge
Exit-Codes: 0 erledigt, 2 Aufruffehler oder unlesbare Datei, 5 der Schlüsselbund ist nicht nutzbar (dann wird nichts gespeichert).</translation>
    </message>
    <message>
        <source>Keep the imported profile&apos;s Galileo URL, CA file and key header instead of your own connection settings.</source>
        <translation>Galileo-URL, CA-Datei und Schlüssel-Header des importierten Profils behalten statt Ihrer eigenen Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Use this saved profile&apos;s Galileo connection.</source>
        <translation>Die Galileo-Verbindung dieses gespeicherten Profils verwenden.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (Standard 30).</translation>
    </message>
    <message>
        <source>--name &quot;%1&quot;: %2</source>
        <translation>--name „%1“: %2</translation>
    </message>
    <message>
        <source>List every integration of the organisation (GET /integrations): name, provider, selected, disabled and when it was updated.
Exit codes: 0 listed, 2 usage, 3 credentials or permission refused, 4 network or server error, or a cluster without the list, 5 the profile&apos;s secrets cannot be read.</source>
        <translation>Alle Integrationen der Organisation auflisten (GET /integrations): Name, Anbieter, ausgewählt, deaktiviert und wann sie geändert wurde.
Exit-Codes: 0 aufgelistet, 2 Aufruffehler, 3 Zugangsdaten oder Berechtigung abgelehnt, 4 Netzwerk- oder Serverfehler oder ein Cluster ohne die Liste, 5 die Geheimnisse des Profils können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Print Galileo&apos;s answer as JSON.</source>
        <translation>Galileos Antwort als JSON ausgeben.</translation>
    </message>
    <message>
        <source>warning: an item is not an integration: %1</source>
        <translation>Warnung: ein Eintrag ist keine Integration: %1</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The named custom integration to report on.</source>
        <translation>Die benannte Custom-Integration, über die berichtet wird.</translation>
    </message>
    <message>
        <source>health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Galileo API %1 (version %2)</source>
        <translation>Galileo-API %1 (Version %2)</translation>
    </message>
    <message>
        <source>the server answered, but not as Galileo does</source>
        <translation>der Server antwortete, aber nicht wie Galileo</translation>
    </message>
    <message>
        <source>user: %1 (%2) in %3</source>
        <translation>Benutzer: %1 (%2) in %3</translation>
    </message>
    <message>
        <source>capability: %1</source>
        <translation>Fähigkeit: %1</translation>
    </message>
    <message>
        <source>integration: %1</source>
        <translation>Integration: %1</translation>
    </message>
    <message>
        <source>Delete a named custom integration (DELETE /integrations/custom/{name}).
Without --yes it asks on the terminal, where the name must be typed again, and refuses when there is no terminal.
Exit codes: 0 deleted, 2 usage, declined or no terminal, 3 credentials or permission refused, 4 network or server error, no such integration, or a cluster without named integrations, 5 the profile&apos;s secrets cannot be read.</source>
        <translation>Eine benannte Custom-Integration löschen (DELETE /integrations/custom/{name}).
Ohne --yes wird im Terminal gefragt, wo der Name noch einmal einzugeben ist; ohne Terminal wird abgelehnt.
Exit-Codes: 0 gelöscht, 2 Aufruffehler, abgelehnt oder kein Terminal, 3 Zugangsdaten oder Berechtigung abgelehnt, 4 Netzwerk- oder Serverfehler, keine solche Integration oder ein Cluster ohne benannte Integrationen, 5 die Geheimnisse des Profils können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The named custom integration to delete.</source>
        <translation>Die zu löschende benannte Custom-Integration.</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>Ohne Nachfrage löschen.</translation>
    </message>
    <message>
        <source>--name SLUG is required</source>
        <translation>--name SLUG ist erforderlich</translation>
    </message>
    <message>
        <source>Delete the custom integration &quot;%1&quot; at %2? This cannot be undone.
Type its name to confirm: </source>
        <translation>Die Custom-Integration „%1“ auf %2 löschen? Das lässt sich nicht rückgängig machen.
Zur Bestätigung den Namen der Integration eingeben: </translation>
    </message>
    <message>
        <source>not deleting without confirmation: there is no terminal to ask on; give --yes to delete anyway</source>
        <translation>ohne Bestätigung wird nicht gelöscht: es gibt kein Terminal zum Nachfragen; mit --yes trotzdem löschen</translation>
    </message>
    <message>
        <source>not deleted: the name typed does not match</source>
        <translation>nicht gelöscht: der eingegebene Name stimmt nicht überein</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Validate a CustomIntegrationCreate body, then create or update the custom integration with PUT /v2/integrations/custom, or a named one with PUT /integrations/custom/SLUG (--name, else the profile&apos;s name).
The body is FILE, or the integration of a saved profile.
Credentials come from GALILEO_API_KEY, or GALILEO_USERNAME and GALILEO_PASSWORD, else from the profile. The base URL from --base-url, else GALILEO_API_URL, else derived from GALILEO_CONSOLE_URL, else the profile&apos;s, else https://api.galileo.ai.
Exit codes: 0 stored, 1 invalid (locally or by Galileo), 2 usage or unreadable file, 3 credentials or permission refused, 4 network, TLS, timeout or server error, 5 the keychain cannot be read.</source>
        <translation>Einen CustomIntegrationCreate-Body prüfen, dann die Custom-Integration mit PUT /v2/integrations/custom anlegen oder ändern, oder eine benannte mit PUT /integrations/custom/SLUG (--name, sonst der Name im Profil).
Der Body ist DATEI oder die Integration eines gespeicherten Profils.
Zugangsdaten kommen aus GALILEO_API_KEY oder GALILEO_USERNAME und GALILEO_PASSWORD, sonst aus dem Profil. Die Basis-URL aus --base-url, sonst GALILEO_API_URL, sonst abgeleitet aus GALILEO_CONSOLE_URL, sonst die des Profils, sonst https://api.galileo.ai.
Exit-Codes: 0 gespeichert, 1 ungültig (lokal oder laut Galileo), 2 Aufruffehler oder unlesbare Datei, 3 Zugangsdaten oder Berechtigung abgelehnt, 4 Netzwerk-, TLS-, Zeit- oder Serverfehler, 5 der Schlüsselbund kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Say how the cluster and an integration are: Galileo&apos;s health, the signed-in user, what the cluster offers (named integrations, definitions, the list), how its CustomIntegrationCreate differs from this app&apos;s fields (from its OpenAPI document), and the status of the named custom integration, or of the default one without --name.
Exit codes: 0 every step answered, 2 usage, 3 credentials or permission refused, 4 network or server error, no such integration, or a cluster without named integrations, 5 the profile&apos;s secrets cannot be read.</source>
        <translation>Zeigen, wie es um den Cluster und eine Integration steht: Galileos Zustand, der angemeldete Benutzer, was der Cluster anbietet (benannte Integrationen, Definitionen, die Liste), wie sein CustomIntegrationCreate von den Feldern dieser App abweicht (laut seinem OpenAPI-Dokument) und der Status der benannten Custom-Integration, ohne --name der Standard-Integration.
Exit-Codes: 0 jeder Schritt beantwortet, 2 Aufruffehler, 3 Zugangsdaten oder Berechtigung abgelehnt, 4 Netzwerk- oder Serverfehler, keine solche Integration oder ein Cluster ohne benannte Integrationen, 5 die Geheimnisse des Profils können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>drift: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>The applies recorded for a saved profile, newest first, from the window and the command line: one a line, TIME (UTC) TARGET RESULT.
--json prints each entry with its body (secrets masked) and the keyed fingerprints of its secrets.
Exit codes: 0 listed (none is no error), 2 usage, no such profile or an unreadable history.</source>
        <translation>Die für ein gespeichertes Profil aufgezeichneten Übermittlungen, die neueste zuerst, aus dem Fenster und von der Kommandozeile: eine pro Zeile, ZEIT (UTC) ZIEL ERGEBNIS.
--json gibt jeden Eintrag mit seinem Inhalt (Geheimnisse maskiert) und den schlüsselgebundenen Fingerabdrücken seiner Geheimnisse aus.
Exit-Codes: 0 aufgelistet (keine Einträge sind kein Fehler), 2 Aufruffehler, kein solches Profil oder ein unlesbarer Verlauf.</translation>
    </message>
    <message>
        <source>Print the entries as JSON.</source>
        <translation>Die Einträge als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The saved profile whose history to show.</source>
        <translation>Das gespeicherte Profil, dessen Verlauf gezeigt wird.</translation>
    </message>
    <message>
        <source>--profile NAME is required</source>
        <translation>--profile NAME ist erforderlich</translation>
    </message>
    <message>
        <source>warning: a damaged entry was skipped: %1</source>
        <translation>Warnung: ein beschädigter Eintrag wurde übersprungen: %1</translation>
    </message>
    <message>
        <source>no applies recorded for &quot;%1&quot; yet</source>
        <translation>für „%1“ sind noch keine Übermittlungen aufgezeichnet</translation>
    </message>
    <message>
        <source>The named custom integration to read.</source>
        <translation>Die zu lesende benannte Custom-Integration.</translation>
    </message>
    <message>
        <source>The profile to save it into.</source>
        <translation>Das Profil, in dem sie gespeichert wird.</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2); nothing was saved</source>
        <translation>%1 ist nicht nutzbar (%2); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>the default custom integration</source>
        <translation>die Standard-Custom-Integration</translation>
    </message>
    <message>
        <source>the custom integration &quot;%1&quot;</source>
        <translation>die Custom-Integration „%1“</translation>
    </message>
    <message>
        <source>Reading %1 from %2...</source>
        <translation>Lese %1 von %2 …</translation>
    </message>
    <message>
        <source>Galileo&apos;s answer holds no integration settings.</source>
        <translation>Galileos Antwort enthält keine Integrationseinstellungen.</translation>
    </message>
    <message>
        <source>saved %1 into the profile &quot;%2&quot;, secrets in the keychain</source>
        <translation>%1 im Profil „%2“ gespeichert, Geheimnisse im Schlüsselbund</translation>
    </message>
    <message>
        <source>saved the stored fields of %1 into the profile &quot;%2&quot;; Galileo did not return its secrets</source>
        <translation>die gespeicherten Felder von %1 im Profil „%2“ gespeichert; Galileo hat ihre Geheimnisse nicht geliefert</translation>
    </message>
    <message>
        <source>kept secret: %1 (the profile&apos;s own value)</source>
        <translation>Geheimnis behalten: %1 (der eigene Wert des Profils)</translation>
    </message>
    <message>
        <source>missing secret: %1</source>
        <translation>fehlendes Geheimnis: %1</translation>
    </message>
    <message>
        <source>Fill in the missing secrets (open the profile in the window and save it) before applying it; these credentials may not read them from Galileo.</source>
        <translation>Ergänzen Sie die fehlenden Geheimnisse (das Profil im Fenster öffnen und speichern), bevor Sie es übermitteln; diese Zugangsdaten dürfen sie nicht von Galileo lesen.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Den Plan als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The JSON body to plan; - reads standard input.</source>
        <translation>Der JSON-Inhalt für den Plan; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>%1: invalid; nothing was contacted</source>
        <translation>%1: ungültig; es wurde nichts kontaktiert</translation>
    </message>
    <message>
        <source>Reading what Galileo holds for %1...</source>
        <translation>Lese, was Galileo für %1 hat …</translation>
    </message>
    <message>
        <source>warning: secrets cannot be compared: %1</source>
        <translation>Warnung: Geheimnisse lassen sich nicht vergleichen: %1</translation>
    </message>
    <message>
        <source>Galileo is busy with another request.</source>
        <translation>Galileo ist mit einer anderen Anfrage beschäftigt.</translation>
    </message>
    <message>
        <source>Show what apply would change, changing nothing: the body of FILE, or a saved profile&apos;s integration, compared field by field with what Galileo holds for the custom integration (--name, else the profile&apos;s name, else the default one).
Galileo&apos;s side is its definition when these credentials may read it, else its stored fields. Lines are &apos;+ added&apos;, &apos;- removed&apos; and &apos;~ changed&apos; (old -&gt; new); models are matched by name and headers by name, so a new order is one &apos;reordered&apos; line.
Secrets are never printed: each says (secret changed), (secret unchanged) or (secret unknown), compared by a keyed fingerprint whose key is in the keychain.
Credentials and the base URL come as for apply.
Each body field the cluster&apos;s published schema lacks is warned about on standard error, &apos;warning: PATH: ...&apos;: that cluster would drop it without a word.
Exit codes: 0 no changes, 6 changes (or a secret that cannot be compared), 1 invalid body (nothing is contacted), 2 usage or unreadable file, 3 credentials or permission refused, 4 network or server error, or a cluster without named integrations, 5 the profile&apos;s secrets cannot be read.</source>
        <translation>Zeigen, was apply ändern würde, ohne etwas zu ändern: den Inhalt aus DATEI oder die Integration eines gespeicherten Profils, Feld für Feld verglichen mit dem, was Galileo für die Custom-Integration hat (--name, sonst der Name im Profil, sonst die Standard-Integration).
Galileos Seite ist ihre Definition, wenn diese Zugangsdaten sie lesen dürfen, sonst ihre gespeicherten Felder. Zeilen lauten &apos;+ hinzugefügt&apos;, &apos;- entfernt&apos; und &apos;~ geändert&apos; (alt -&gt; neu); Modelle werden über ihren Namen zugeordnet, Header ebenso, daher ist eine neue Reihenfolge eine einzige Zeile &apos;neu geordnet&apos;.
Geheimnisse werden nie ausgegeben: Bei jedem steht (Geheimnis geändert), (Geheimnis unverändert) oder (Geheimnis unbekannt), verglichen über einen schlüsselgebundenen Fingerabdruck, dessen Schlüssel im Schlüsselbund liegt.
Zugangsdaten und Basis-URL kommen wie bei apply.
Jedes Feld des Inhalts, das im veröffentlichten Schema des Clusters fehlt, wird auf der Standardfehlerausgabe gemeldet, &apos;warning: PFAD: ...&apos;: dieser Cluster würde es stillschweigend verwerfen.
Exit-Codes: 0 keine Änderungen, 6 Änderungen (oder ein Geheimnis, das sich nicht vergleichen lässt), 1 ungültiger Inhalt (nichts wird kontaktiert), 2 Aufruffehler oder unlesbare Datei, 3 Zugangsdaten oder Berechtigung abgelehnt, 4 Netzwerk- oder Serverfehler oder ein Cluster ohne benannte Integrationen, 5 die Geheimnisse des Profils können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; has secrets the keychain does not hold (gone from it, or never stored from an import): %2. Open the profile in the window and enter them, or import its body again with them; nothing was sent.</source>
        <translation>das Profil „%1“ hat Geheimnisse, die der Schlüsselbund nicht enthält (dort verschwunden oder bei einem Import nie gespeichert): %2. Öffnen Sie das Profil im Fenster und geben Sie sie ein, oder importieren Sie seinen Inhalt erneut mit ihnen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Read a custom integration from Galileo and save it into a profile (created if there is none of that name; an existing profile keeps its connection). Its definition, secrets included, when these credentials may read it; else its stored fields, and the secrets Galileo did not return are listed (an existing profile keeps its own). Secrets go only to the keychain.
Without --name: the profile&apos;s integration, else the organisation&apos;s default custom integration.
Into an existing profile it prints what changed there; one that would lose fields, models or headers Galileo did not return is left as it is unless --yes.
Exit codes: 0 saved, 1 saved but secrets are missing (listed), 2 usage, or fields to lose without --yes (nothing saved), 3 credentials or permission refused, 4 network or server error, no such integration, or a cluster without named integrations, 5 the keychain cannot be used (nothing is saved).</source>
        <translation>Eine eigene Integration von Galileo lesen und in ein Profil speichern (angelegt, wenn es keines dieses Namens gibt; ein bestehendes Profil behält seine Verbindung). Ihre Definition samt Geheimnissen, wenn diese Zugangsdaten sie lesen dürfen; sonst ihre gespeicherten Felder, und die Geheimnisse, die Galileo nicht zurückgegeben hat, werden aufgeführt (ein bestehendes Profil behält seine eigenen). Geheimnisse kommen nur in den Schlüsselbund.
Ohne --name: die Integration des Profils, sonst die eigene Standard-Integration der Organisation.
In ein bestehendes Profil gibt es aus, was sich dort geändert hat; eines, das Felder, Modelle oder Header verlieren würde, die Galileo nicht zurückgegeben hat, bleibt ohne --yes unverändert.
Exit-Codes: 0 gespeichert, 1 gespeichert, aber Geheimnisse fehlen (aufgeführt), 2 Aufruffehler oder ohne --yes zu verlierende Felder (nichts gespeichert), 3 Zugangsdaten oder Berechtigung abgelehnt, 4 Netz- oder Serverfehler, keine solche Integration oder ein Cluster ohne benannte Integrationen, 5 der Schlüsselbund ist nicht nutzbar (nichts wird gespeichert).</translation>
    </message>
    <message>
        <source>Save even when the profile loses fields, models or headers Galileo did not return.</source>
        <translation>Auch speichern, wenn das Profil Felder, Modelle oder Header verliert, die Galileo nicht zurückgegeben hat.</translation>
    </message>
    <message>
        <source>pulling %1 would remove from the profile &quot;%2&quot;: %3. Galileo did not return them%4. Pass --yes to pull anyway; nothing was saved.</source>
        <translation>das Laden von %1 würde aus dem Profil „%2“ entfernen: %3. Galileo hat sie nicht zurückgegeben%4. Mit --yes trotzdem laden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source> (these credentials may read only its stored fields, which leave some out)</source>
        <translation> (diese Zugangsdaten dürfen nur ihre gespeicherten Felder lesen, denen manches fehlt)</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>Test the custom endpoint from this machine, with the exact configuration: reach the host, get an OAuth2 token, list the models, ask one tiny completion (max_tokens 1 where the model&apos;s supported_parameters allow it, else a request for a one-word answer).
Prints one line per stage: STAGE STATUS HTTP MS DETAIL.
Galileo reaches the endpoint from the internet: a gateway only this machine reaches will still fail there.
Exit codes, as apply&apos;s: 0 no stage failed (warnings allowed), 1 a stage failed otherwise, 2 usage, unreadable file or a header that cannot be sent, 3 the gateway refused the credentials (401, 403), 4 unreachable, timed out or a server error (5xx), 5 the profile&apos;s secrets cannot be read.</source>
        <translation>Den eigenen Endpunkt von diesem Rechner aus mit genau dieser Konfiguration testen: den Host erreichen, ein OAuth2-Token holen, die Modelle auflisten, eine winzige Antwort erbitten (max_tokens 1, wo die supported_parameters des Modells es erlauben, sonst die Bitte um ein einziges Wort).
Gibt eine Zeile pro Schritt aus: SCHRITT STATUS HTTP MS DETAIL.
Galileo erreicht den Endpunkt aus dem Internet: Ein Gateway, das nur dieser Rechner erreicht, scheitert dort trotzdem.
Exit-Codes wie bei apply: 0 kein Schritt gescheitert (Warnungen erlaubt), 1 ein Schritt anders gescheitert, 2 Aufruffehler, unlesbare Datei oder ein Header, der nicht gesendet werden kann, 3 das Gateway hat die Zugangsdaten abgelehnt (401, 403), 4 nicht erreichbar, Zeitlimit überschritten oder Serverfehler (5xx), 5 die Geheimnisse des Profils sind nicht lesbar.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; options go after the command: %2 %3 ... %1</source>
        <translation>unbekannte Option „%1“; Optionen stehen nach dem Befehl: %2 %3 ... %1</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; a command comes first: %2 COMMAND [OPTIONS] (commands: %3)</source>
        <translation>unbekannte Option „%1“; zuerst kommt ein Befehl: %2 BEFEHL [OPTIONEN] (Befehle: %3)</translation>
    </message>
    <message>
        <source>Set GALILEO_API_KEY (or GALILEO_USERNAME and GALILEO_PASSWORD) to use the profile&apos;s connection without the keychain.</source>
        <translation>Setzen Sie GALILEO_API_KEY (oder GALILEO_USERNAME und GALILEO_PASSWORD), um die Verbindung des Profils ohne Schlüsselbund zu nutzen.</translation>
    </message>
    <message>
        <source>Replaced %1 with the export of &quot;%2&quot;, without its secrets.</source>
        <translation>%1 durch den Export von „%2“ ersetzt, ohne seine Geheimnisse.</translation>
    </message>
    <message>
        <source>Wrote the export of &quot;%2&quot; to %1, without its secrets.</source>
        <translation>Export von „%2“ nach %1 geschrieben, ohne seine Geheimnisse.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;, but it cannot be applied as it is: %2.</source>
        <translation>Das Profil „%1“ wurde gespeichert, kann so aber nicht übermittelt werden: %2.</translation>
    </message>
    <message>
        <source>enter the secrets named above</source>
        <translation>geben Sie die oben genannten Geheimnisse ein</translation>
    </message>
    <message>
        <source>correct the errors above</source>
        <translation>beheben Sie die Fehler oben</translation>
    </message>
    <message>
        <source>correct the errors and enter the secrets named above</source>
        <translation>beheben Sie die Fehler und geben Sie die oben genannten Geheimnisse ein</translation>
    </message>
    <message>
        <source>Usage: %1 [COMMAND] [OPTIONS]

Set up, check and submit a custom LLM integration for Galileo.
Without a command, the window opens.

Commands:
  validate FILE [--json]   Check a CustomIntegrationCreate body as Galileo would.
  apply (FILE | --profile NAME) [--name SLUG] [--json]
                           Validate, then PUT it to Galileo&apos;s /v2/integrations/custom,
                           or to /integrations/custom/SLUG for a named one.
  plan (FILE | --profile NAME) [--name SLUG] [--json]
                           What apply would change, field by field; secrets only as
                           (secret changed), (secret unchanged) or (secret unknown).
  list [--json]            The organisation&apos;s integrations, of every provider.
  status [--name SLUG] [--json]
                           Health, user, capabilities and an integration&apos;s status.
  delete --name SLUG [--yes]
                           Delete a named custom integration (asks first).
  pull [--name SLUG] --profile NAME [--yes]
                           Save a custom integration from Galileo into a profile.
  history --profile NAME [--json]
                           The applies recorded for a profile, newest first.
  profile list             The saved profiles&apos; names, one a line.
  profile import FILE --name NAME [--trust-connection]
                           Save a body or an export as a profile; secrets go to the keychain.
  profile export NAME [--output FILE]
                           The profile as JSON, without its secrets.
  profile delete NAME      The profile, its keychain entries and its history.
  test-endpoint (FILE | --profile NAME) [--model NAME] [--basic] [--json]
                           Reach the gateway, get a token, list its models, ask one completion.

The commands that call Galileo (apply, plan, list, status, delete, pull) also take
--base-url URL, --timeout SECONDS and --profile NAME for the connection; test-endpoint
takes --timeout SECONDS for each stage. COMMAND --help lists every option of a command.

Options:
  -h, --help               Show this help, or a command&apos;s with COMMAND --help.
  -v, --version            Show the version.

Exit codes: 0 success, 1 invalid (locally or by Galileo), 2 usage error, unreadable file or
malformed JSON, 3 credentials or permission refused, 4 network, TLS, timeout or server
error, 5 the keychain cannot be used, 6 plan: there are changes.
</source>
        <translation>Aufruf: %1 [BEFEHL] [OPTIONEN]

Eine Custom-LLM-Integration für Galileo einrichten, prüfen und übermitteln.
Ohne Befehl öffnet sich das Fenster.

Befehle:
  validate DATEI [--json]  Einen CustomIntegrationCreate-Inhalt prüfen, wie Galileo es täte.
  apply (DATEI | --profile NAME) [--name SLUG] [--json]
                           Prüfen, dann per PUT an Galileos /v2/integrations/custom senden,
                           bei einer benannten an /integrations/custom/SLUG.
  plan (DATEI | --profile NAME) [--name SLUG] [--json]
                           Was apply ändern würde, Feld für Feld; Geheimnisse nur als
                           (Geheimnis geändert), (Geheimnis unverändert) oder
                           (Geheimnis unbekannt).
  list [--json]            Die Integrationen der Organisation, aller Anbieter.
  status [--name SLUG] [--json]
                           Zustand, Benutzer, Fähigkeiten und Status einer Integration.
  delete --name SLUG [--yes]
                           Eine benannte Custom-Integration löschen (fragt vorher).
  pull [--name SLUG] --profile NAME [--yes]
                           Eine Custom-Integration von Galileo in einem Profil speichern.
  history --profile NAME [--json]
                           Die für ein Profil aufgezeichneten Übermittlungen, neueste zuerst.
  profile list             Die Namen der gespeicherten Profile, einer pro Zeile.
  profile import DATEI --name NAME [--trust-connection]
                           Einen Inhalt oder Export als Profil speichern; Geheimnisse in den
                           Schlüsselbund.
  profile export NAME [--output DATEI]
                           Das Profil als JSON, ohne seine Geheimnisse.
  profile delete NAME      Das Profil, seine Schlüsselbund-Einträge und seinen Verlauf.
  test-endpoint (DATEI | --profile NAME) [--model NAME] [--basic] [--json]
                           Gateway erreichen, Token holen, Modelle auflisten,
                           eine Antwort anfragen.

Die Befehle, die Galileo aufrufen (apply, plan, list, status, delete, pull), nehmen
außerdem --base-url URL, --timeout SEKUNDEN und --profile NAME für die Verbindung;
test-endpoint nimmt --timeout SEKUNDEN für jede Stufe. BEFEHL --help nennt alle Optionen
eines Befehls.

Optionen:
  -h, --help               Diese Hilfe zeigen, oder die eines Befehls mit BEFEHL --help.
  -v, --version            Die Version zeigen.

Exit-Codes: 0 Erfolg, 1 ungültig (lokal oder laut Galileo), 2 Aufruffehler, unlesbare Datei
oder fehlerhaftes JSON, 3 Zugangsdaten oder Berechtigung abgelehnt, 4 Netzwerk-, TLS-, Zeit-
oder Serverfehler, 5 der Schlüsselbund ist nicht nutzbar, 6 plan: es gibt Änderungen.
</translation>
    </message>
</context>
<context>
    <name>CommandLine::ApplyTargetOptions</name>
    <message>
        <source>Galileo&apos;s API or console URL.</source>
        <translation>Galileos API- oder Konsolen-URL.</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default 30).</source>
        <translation>Sekunden, die auf eine Antwort gewartet wird (Standard 30).</translation>
    </message>
    <message>
        <source>Use this saved profile&apos;s integration, connection and integration name.</source>
        <translation>Integration, Verbindung und Integrationsnamen dieses gespeicherten Profils verwenden.</translation>
    </message>
    <message>
        <source>The named custom integration SLUG.</source>
        <translation>Die benannte Custom-Integration SLUG.</translation>
    </message>
    <message>
        <source>give either FILE or --profile NAME</source>
        <translation>geben Sie entweder FILE oder --profile NAME an</translation>
    </message>
    <message>
        <source>--name &quot;%1&quot;: %2</source>
        <translation>--name „%1“: %2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600</source>
        <translation>--timeout erwartet eine Sekundenzahl von 1 bis 600</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine::CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>Argument fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>Argument %1 fehlt</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Mit &apos;%1 --help&apos; erfahren Sie mehr.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Check connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Galileo connection</source>
        <translation>Galileo-Verbindung</translation>
    </message>
    <message>
        <source>Galileo &amp;URL:</source>
        <translation>Galileo-&amp;URL:</translation>
    </message>
    <message>
        <source>The API URL, or the console URL you see in the browser (app.galileo.ai, or console.&lt;your domain&gt; for a self-hosted cluster): the API URL is derived from it.</source>
        <translation>Die API-URL oder die Konsolen-URL aus dem Browser (app.galileo.ai oder console.&lt;Ihre Domain&gt; bei einem selbst betriebenen Cluster): die API-URL wird daraus abgeleitet.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>An API key from Galileo&apos;s settings, or a username and password.</source>
        <translation>Ein API-Schlüssel aus den Galileo-Einstellungen oder Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>Key &amp;header:</source>
        <translation>Schlüssel-&amp;Header:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>A Galileo API key of an admin of the organisation.</source>
        <translation>Ein Galileo-API-Schlüssel eines Administrators der Organisation.</translation>
    </message>
    <message>
        <source>Userna&amp;me:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>The email you sign in to Galileo with.</source>
        <translation>Die E-Mail-Adresse, mit der Sie sich bei Galileo anmelden.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Your Galileo password.</source>
        <translation>Ihr Galileo-Passwort.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>Die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>A PEM file with the certificate authority of a self-hosted cluster, trusted in addition to the system&apos;s.</source>
        <translation>Eine PEM-Datei mit der Zertifizierungsstelle eines selbst betriebenen Clusters, zusätzlich zu denen des Systems vertraut.</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>How long to wait for Galileo&apos;s answer.</source>
        <translation>Wie lange auf Galileos Antwort gewartet wird.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Verbindungsprüfung</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The header that carries the key: Galileo-API-Key, or Splunk-AO-API-Key on newer clusters, or what your cluster says.</source>
        <translation>Der Header, der den Schlüssel trägt: Galileo-API-Key, auf neueren Clustern auch Splunk-AO-API-Key, oder was Ihr Cluster vorgibt.</translation>
    </message>
    <message>
        <source>What this cluster offers:</source>
        <translation>Was dieser Cluster anbietet:</translation>
    </message>
    <message>
        <source>Secrets are never written to the settings. A saved profile keeps the ones you type in the keychain; those from GALILEO_* variables are read again at each start.</source>
        <translation>Geheimnisse werden nie in die Einstellungen geschrieben. Ein gespeichertes Profil bewahrt die von Ihnen eingegebenen im Schlüsselbund auf; die aus GALILEO_*-Variablen werden bei jedem Start neu gelesen.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>&quot;%1&quot; is not a URL, e.g. https://api.galileo.ai</source>
        <translation>„%1“ ist keine URL, z. B. https://api.galileo.ai</translation>
    </message>
    <message>
        <source>%1 is plain http://: the Galileo credentials and every secret of the integration would cross the network unencrypted. Use https:// unless this network is yours.</source>
        <translation>%1 ist reines http://: Die Galileo-Zugangsdaten und jedes Geheimnis der Integration gingen unverschlüsselt über das Netz. Verwenden Sie https://, wenn das Netz nicht Ihres ist.</translation>
    </message>
    <message>
        <source>the Galileo URL must start with https:// (or http:// on a network you trust)</source>
        <translation>die Galileo-URL muss mit https:// beginnen (oder mit http:// in einem Netz, dem Sie vertrauen)</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Profiles not moved</source>
        <translation>Profile nicht verschoben</translation>
    </message>
</context>
<context>
    <name>EndpointPage</name>
    <message>
        <source>Write the credentials as raw &amp;JSON</source>
        <translation>Zugangsdaten als rohes &amp;JSON schreiben</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>Galileo calls the endpoint without credentials. Custom headers (on the Headers page) are still sent.</source>
        <translation>Galileo ruft den Endpunkt ohne Zugangsdaten auf. Eigene Header (auf der Seite Header) werden trotzdem gesendet.</translation>
    </message>
    <message>
        <source>For Authorization: Bearer &lt;key&gt;</source>
        <translation>Für Authorization: Bearer &lt;Schlüssel&gt;</translation>
    </message>
    <message>
        <source>Defaults to the endpoint</source>
        <translation>Vorgabe ist der Endpunkt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>The OAuth2 client ID Galileo presents to the token URL.</source>
        <translation>Die OAuth2-Client-ID, die Galileo der Token-URL vorlegt.</translation>
    </message>
    <message>
        <source>The OAuth2 client secret. Stored in the token field as {&quot;client_id&quot;: ..., &quot;client_secret&quot;: ...}.</source>
        <translation>Das OAuth2-Client-Geheimnis. Im Token-Feld gespeichert als {&quot;client_id&quot;: ..., &quot;client_secret&quot;: ...}.</translation>
    </message>
    <message>
        <source>Client credentials as raw JSON</source>
        <translation>Client-Zugangsdaten als rohes JSON</translation>
    </message>
    <message>
        <source>For credentials that are not a client ID and secret pair. Switching back needs credentials of that shape, or none.</source>
        <translation>Für Zugangsdaten, die kein Paar aus Client-ID und Geheimnis sind. Zurückwechseln geht nur mit Zugangsdaten dieser Form oder ohne welche.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Galileo appends %1 itself: make the endpoint %2</source>
        <translation>Galileo hängt %1 selbst an: Endpunkt zu %2 ändern</translation>
    </message>
</context>
<context>
    <name>EndpointProber</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Skipped: the %1 stage failed.</source>
        <translation>Übersprungen: der Schritt %1 ist gescheitert.</translation>
    </message>
    <message>
        <source>The endpoint URL is not usable.</source>
        <translation>Die Endpunkt-URL ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>Enter an absolute http(s) URL on the first page.</source>
        <translation>Geben Sie auf der ersten Seite eine absolute http(s)-URL ein.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>A firewall may drop the packets, or the host is down.</source>
        <translation>Eine Firewall verwirft vielleicht die Pakete, oder der Host ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Connected to %1 over TLS (%2).</source>
        <translation>Mit %1 über TLS verbunden (%2).</translation>
    </message>
    <message>
        <source>Connected to %1 without TLS.</source>
        <translation>Mit %1 ohne TLS verbunden.</translation>
    </message>
    <message>
        <source>Everything Galileo sends to this endpoint, credentials included, travels unencrypted.</source>
        <translation>Alles, was Galileo an diesen Endpunkt sendet, Zugangsdaten eingeschlossen, geht unverschlüsselt.</translation>
    </message>
    <message>
        <source>The host name could not be resolved (DNS).</source>
        <translation>Der Hostname konnte nicht aufgelöst werden (DNS).</translation>
    </message>
    <message>
        <source>Check the spelling of the endpoint&apos;s host.</source>
        <translation>Prüfen Sie die Schreibweise des Endpunkt-Hosts.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing listens on that port: check the port and that the gateway runs.</source>
        <translation>Auf diesem Port lauscht nichts: prüfen Sie den Port und ob das Gateway läuft.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>Galileo will refuse this certificate too: the gateway needs one from a public certificate authority.</source>
        <translation>Galileo wird dieses Zertifikat ebenfalls ablehnen: das Gateway braucht eines von einer öffentlichen Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The token field holds no client credentials.</source>
        <translation>Das Token-Feld enthält keine Client-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Enter the client ID and secret on the first page.</source>
        <translation>Geben Sie Client-ID und Geheimnis auf der ersten Seite ein.</translation>
    </message>
    <message>
        <source>credentials in the body</source>
        <translation>Zugangsdaten im Inhalt</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>läuft in %1 s ab</translation>
    </message>
    <message>
        <source>scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>sent with %1</source>
        <translation>gesendet mit %1</translation>
    </message>
    <message>
        <source>HTTP %1 without a token</source>
        <translation>HTTP %1 ohne Token</translation>
    </message>
    <message>
        <source>The client ID or secret is wrong (tried in the body and as HTTP Basic).</source>
        <translation>Client-ID oder Geheimnis sind falsch (im Inhalt und per HTTP Basic versucht).</translation>
    </message>
    <message>
        <source>Check the token URL: it must accept the client-credentials grant.</source>
        <translation>Prüfen Sie die Token-URL: sie muss den Client-Credentials-Grant annehmen.</translation>
    </message>
    <message>
        <source>The gateway has no /models list (404).</source>
        <translation>Das Gateway hat keine /models-Liste (404).</translation>
    </message>
    <message>
        <source>Many gateways lack it; Galileo does not need it.</source>
        <translation>Vielen Gateways fehlt sie; Galileo braucht sie nicht.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The gateway lists %1 models; not among them: %2</source>
        <translation>Das Gateway listet %1 Modelle; nicht darunter: %2</translation>
    </message>
    <message>
        <source>Check these names: Galileo calls the gateway with them.</source>
        <translation>Prüfen Sie diese Namen: Galileo ruft das Gateway mit ihnen auf.</translation>
    </message>
    <message>
        <source>The gateway lists %1 models, all configured ones among them.</source>
        <translation>Das Gateway listet %1 Modelle, alle eingetragenen darunter.</translation>
    </message>
    <message>
        <source>No model to ask.</source>
        <translation>Kein Modell zum Fragen.</translation>
    </message>
    <message>
        <source>Add a model on the Models page.</source>
        <translation>Fügen Sie auf der Seite Modelle ein Modell hinzu.</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot;.</source>
        <translation>%1 antwortete „%2“.</translation>
    </message>
    <message>
        <source>%1: rate limited (429).</source>
        <translation>%1: Anfragelimit erreicht (429).</translation>
    </message>
    <message>
        <source>The gateway does not know the model %1, or the path: check both.</source>
        <translation>Das Gateway kennt das Modell %1 nicht, oder den Pfad: prüfen Sie beides.</translation>
    </message>
    <message>
        <source>The gateway refused the request: check the credentials (API key or OAuth2 client) and whether it needs a header of its own (gateways such as Kong, Azure API Management or Cloudflare Access do): add it on the Headers page.</source>
        <translation>Das Gateway hat die Anfrage abgelehnt: Prüfen Sie die Zugangsdaten (API-Schlüssel oder OAuth2-Client) und ob es einen eigenen Header verlangt (Gateways wie Kong, Azure API Management oder Cloudflare Access tun das): Fügen Sie ihn auf der Seite „Header“ hinzu.</translation>
    </message>
    <message>
        <source>The gateway may not let this through: check the client&apos;s scopes or permissions, and whether it needs a header of its own (gateways such as Kong, Azure API Management or Cloudflare Access do): add it on the Headers page.</source>
        <translation>Das Gateway lässt dies nicht durch: Prüfen Sie die Scopes oder Berechtigungen des Clients und ob es einen eigenen Header verlangt (Gateways wie Kong, Azure API Management oder Cloudflare Access tun das): Fügen Sie ihn auf der Seite „Header“ hinzu.</translation>
    </message>
    <message>
        <source>Nothing at this path: check the endpoint URL (it usually ends in /v1).</source>
        <translation>Unter diesem Pfad ist nichts: Prüfen Sie die Endpunkt-URL (sie endet meist auf /v1).</translation>
    </message>
    <message>
        <source>Rate limited: the credentials work, the gateway asks to slow down.</source>
        <translation>Anfragelimit erreicht: Die Zugangsdaten funktionieren, das Gateway bittet um weniger Anfragen.</translation>
    </message>
    <message>
        <source>The gateway failed; try again later or check its logs.</source>
        <translation>Das Gateway ist gescheitert; versuchen Sie es später erneut oder prüfen Sie seine Protokolle.</translation>
    </message>
    <message>
        <source>The gateway is slow or unreachable from here; a longer timeout may help.</source>
        <translation>Das Gateway ist langsam oder von hier aus nicht erreichbar; ein längeres Zeitlimit kann helfen.</translation>
    </message>
    <message>
        <source>No OpenAI-compatible answer is that large: check the endpoint URL.</source>
        <translation>Keine OpenAI-kompatible Antwort ist so groß: Prüfen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>Use the address it redirects to as the endpoint if you trust it.</source>
        <translation>Verwenden Sie die Zieladresse der Weiterleitung als Endpunkt, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 without a token: %2</source>
        <translation>HTTP %1 ohne Token: %2</translation>
    </message>
    <message>
        <source> (max_tokens not sent: the model&apos;s supported parameters leave it out)</source>
        <translation> (max_tokens nicht gesendet: Die unterstützten Parameter des Modells enthalten es nicht)</translation>
    </message>
    <message>
        <source>%1: rate limited (429): %2</source>
        <translation>%1: Anfragelimit erreicht (429): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The token server refused the client: check the client ID and secret, the scope and the token URL. The integration&apos;s custom headers are not sent to it.</source>
        <translation>Der Token-Server hat den Client abgelehnt: Prüfen Sie Client-ID und -Geheimnis, den Scope und die Token-URL. Die eigenen Header der Integration werden ihm nicht gesendet.</translation>
    </message>
    <message>
        <source>a token of no stated type</source>
        <translation>ein Token ohne angegebenen Typ</translation>
    </message>
    <message>
        <source>a token of type %1</source>
        <translation>ein Token vom Typ %1</translation>
    </message>
    <message>
        <source>Correct that header (in the window: the Headers page or the API key settings): a name must be a plain token, and a value with a line break could smuggle in headers of its own.</source>
        <translation>Korrigieren Sie diesen Header (im Fenster: Seite Header oder die API-Schlüssel-Einstellungen): Ein Name muss ein einfaches Token sein, und ein Wert mit Zeilenumbruch könnte eigene Header einschleusen.</translation>
    </message>
</context>
<context>
    <name>EndpointTestDialog</name>
    <message>
        <source>OAuth2 c&amp;redentials:</source>
        <translation>OAuth2-&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <source>&amp;Run test</source>
        <translation>Test &amp;starten</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>&amp;Add ticked models to the table</source>
        <translation>Angehakte Modelle zur Tabelle &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Test the endpoint</source>
        <translation>Den Endpunkt testen</translation>
    </message>
    <message>
        <source>This tests the gateway from this computer. Galileo&apos;s servers call it from the internet: a gateway that only your network reaches will still fail there.</source>
        <translation>Dies testet das Gateway von diesem Rechner aus. Galileos Server rufen es aus dem Internet auf: ein Gateway, das nur Ihr Netz erreicht, scheitert dort trotzdem.</translation>
    </message>
    <message>
        <source>In the request body</source>
        <translation>Im Anfrageinhalt</translation>
    </message>
    <message>
        <source>As HTTP Basic</source>
        <translation>Per HTTP Basic</translation>
    </message>
    <message>
        <source>Where the client ID and secret go; the other way is tried once if the server answers invalid_client.</source>
        <translation>Wohin Client-ID und Geheimnis gehen; der andere Weg wird einmal versucht, wenn der Server invalid_client antwortet.</translation>
    </message>
    <message>
        <source>The model asked for one token</source>
        <translation>Das Modell, das ein einziges Token erzeugen soll</translation>
    </message>
    <message>
        <source> s per stage</source>
        <translation> s pro Schritt</translation>
    </message>
    <message>
        <source>Completion &amp;model:</source>
        <translation>Antwort-&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Test stages</source>
        <translation>Testschritte</translation>
    </message>
    <message>
        <source>Requests and answers of the selected stage</source>
        <translation>Anfragen und Antworten des gewählten Schritts</translation>
    </message>
    <message>
        <source>Models the gateway lists</source>
        <translation>Vom Gateway gelistete Modelle</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&lt; no answer</source>
        <translation>&lt; keine Antwort</translation>
    </message>
    <message>
        <source>%1 (in the table)</source>
        <translation>%1 (in der Tabelle)</translation>
    </message>
</context>
<context>
    <name>EnvironmentConnection</name>
    <message>
        <source>%1 contains a control character (a line break inside the value?); it was not used</source>
        <translation>%1 enthält ein Steuerzeichen (ein Zeilenumbruch im Wert?); der Wert wurde nicht verwendet</translation>
    </message>
</context>
<context>
    <name>FetchIntegrationRequest</name>
    <message>
        <source>This cluster cannot give its custom integration back (%1 on GET %2).</source>
        <translation>Dieser Cluster kann seine eigene Integration nicht zurückgeben (%1 bei GET %2).</translation>
    </message>
    <message>
        <source>It is an older Galileo; the integration can still be submitted.</source>
        <translation>Es ist ein älteres Galileo; die Integration lässt sich trotzdem übermitteln.</translation>
    </message>
    <message>
        <source>Galileo has no default custom integration to load (%1).</source>
        <translation>Galileo hat keine eigene Standard-Integration, die sich laden ließe (%1).</translation>
    </message>
    <message>
        <source>Nothing has been stored as this cluster&apos;s custom integration yet: submit one from the window or with apply, or name one with --name (Galileo &gt; Integrations in the window).</source>
        <translation>Als eigene Integration dieses Clusters ist noch nichts gespeichert: Übermitteln Sie eine aus dem Fenster oder mit apply, oder nennen Sie eine mit --name (Galileo &gt; Integrationen im Fenster).</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>How Galileo authenticates to your endpoint: no authentication, an API key header, or OAuth2 client credentials.</source>
        <translation>Wie Galileo sich bei Ihrem Endpunkt ausweist: gar nicht, mit einem API-Schlüssel-Header oder mit OAuth2-Client-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>Endpoint URL for the custom integration, the base of an OpenAI-compatible API (for example https://gateway.example.com/v1).</source>
        <translation>Endpunkt-URL der eigenen Integration, die Basis einer OpenAI-kompatiblen API (zum Beispiel https://gateway.example.com/v1).</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Optional scope for OAuth2 authentication.</source>
        <translation>Optionaler Scope für die OAuth2-Authentifizierung.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>OAuth2 token URL for custom OAuth2 authentication. If not provided, defaults to the endpoint.</source>
        <translation>OAuth2-Token-URL für die eigene OAuth2-Authentifizierung. Ohne Angabe gilt der Endpunkt.</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>OAuth2 client credentials, normally a JSON object with the client ID and secret. Only used for OAuth2 authentication.</source>
        <translation>OAuth2-Client-Zugangsdaten, üblicherweise ein JSON-Objekt mit Client-ID und Geheimnis. Nur für die OAuth2-Authentifizierung verwendet.</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>API-Schlüssel-Header</translation>
    </message>
    <message>
        <source>HTTP header name to use for API key authentication (e.g. &apos;X-API-Key&apos;, &apos;Authorization&apos;).</source>
        <translation>Name des HTTP-Headers für die Authentifizierung per API-Schlüssel (z. B. &apos;X-API-Key&apos;, &apos;Authorization&apos;).</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key value to send in the specified header for authentication. For a bearer key use the header Authorization and the value &apos;Bearer &lt;key&gt;&apos;.</source>
        <translation>Wert des API-Schlüssels, der im angegebenen Header gesendet wird. Für einen Bearer-Schlüssel den Header Authorization und den Wert &apos;Bearer &lt;Schlüssel&gt;&apos; verwenden.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>List of model properties with name and alias for the custom integration.</source>
        <translation>Liste der Modelleigenschaften mit Name und Alias für die eigene Integration.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The model name used when calling the API.</source>
        <translation>Der Modellname beim Aufruf der API.</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>The display name/alias for the model. Defaults to name.</source>
        <translation>Der angezeigte Name (Alias) des Modells. Vorgabe ist der Name.</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Basiert auf</translation>
    </message>
    <message>
        <source>Alias of a built-in model whose parameter map should be used, for example &apos;gpt-5.4&apos;. Mutually exclusive with supported parameters.</source>
        <translation>Alias eines eingebauten Modells, dessen Parameterzuordnung verwendet wird, zum Beispiel &apos;gpt-5.4&apos;. Schließt unterstützte Parameter aus.</translation>
    </message>
    <message>
        <source>Supported parameters</source>
        <translation>Unterstützte Parameter</translation>
    </message>
    <message>
        <source>Explicit list of parameter names this model supports (e.g. max_tokens, temperature, verbosity). Each name must be a valid RunParamsMap field. Mutually exclusive with based on.</source>
        <translation>Ausdrückliche Liste der Parameternamen, die dieses Modell unterstützt (z. B. max_tokens, temperature, verbosity). Jeder Name muss ein gültiges RunParamsMap-Feld sein. Schließt „Basiert auf“ aus.</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Default model to use. If not provided, defaults to the first model.</source>
        <translation>Das zu verwendende Standardmodell. Ohne Angabe gilt das erste Modell.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Optional custom HTTP headers to include in requests to the integration endpoint. Stored encrypted at rest; at most 50.</source>
        <translation>Optionale eigene HTTP-Header für Anfragen an den Endpunkt der Integration. Verschlüsselt gespeichert; höchstens 50.</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>An HTTP header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~).</source>
        <translation>Ein HTTP-Header-Name (Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~).</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <source>The header&apos;s value. Headers often carry credentials, so values are treated as secrets.</source>
        <translation>Der Wert des Headers. Header tragen oft Zugangsdaten, daher gelten Werte als Geheimnisse.</translation>
    </message>
    <message>
        <source>Header mapping</source>
        <translation>Header-Zuordnung</translation>
    </message>
    <message>
        <source>Custom header mapping from internal fields (job_id, user_id, project_id, run_id) to custom header names to be included in LLM requests.</source>
        <translation>Eigene Header-Zuordnung von internen Feldern (job_id, user_id, project_id, run_id) zu Header-Namen, die mit LLM-Anfragen gesendet werden.</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>Header that carries Galileo&apos;s job ID with each LLM request.</source>
        <translation>Header, der Galileos Job-ID mit jeder LLM-Anfrage überträgt.</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Header that carries the Galileo user&apos;s ID with each LLM request.</source>
        <translation>Header, der die ID des Galileo-Benutzers mit jeder LLM-Anfrage überträgt.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Header that carries the Galileo project&apos;s ID with each LLM request.</source>
        <translation>Header, der die ID des Galileo-Projekts mit jeder LLM-Anfrage überträgt.</translation>
    </message>
    <message>
        <source>Run ID</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <source>Header that carries the Galileo run&apos;s ID with each LLM request.</source>
        <translation>Header, der die ID des Galileo-Laufs mit jeder LLM-Anfrage überträgt.</translation>
    </message>
    <message>
        <source>Custom LiteLLM handler</source>
        <translation>Eigener LiteLLM-Handler</translation>
    </message>
    <message>
        <source>Optional configuration for a custom LiteLLM handler class. When specified, the handler&apos;s acompletion() method is used instead of the default litellm.acompletion().</source>
        <translation>Optionale Konfiguration einer eigenen LiteLLM-Handler-Klasse. Ist sie angegeben, wird statt des üblichen litellm.acompletion() die Methode acompletion() des Handlers verwendet.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Python file name containing the CustomLLM class (e.g. &apos;my_handler.py&apos;).</source>
        <translation>Python-Datei mit der CustomLLM-Klasse (z. B. &apos;my_handler.py&apos;).</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Klassenname</translation>
    </message>
    <message>
        <source>Class name within the module (must be a litellm.CustomLLM subclass).</source>
        <translation>Klassenname im Modul (muss eine Unterklasse von litellm.CustomLLM sein).</translation>
    </message>
    <message>
        <source>Constructor arguments</source>
        <translation>Konstruktor-Argumente</translation>
    </message>
    <message>
        <source>Multi-modal limits</source>
        <translation>Multimodale Grenzen</translation>
    </message>
    <message>
        <source>Configuration for multi-modal (file upload) capabilities.</source>
        <translation>Konfiguration für multimodale Fähigkeiten (Datei-Uploads).</translation>
    </message>
    <message>
        <source>Maximum files</source>
        <translation>Höchstzahl Dateien</translation>
    </message>
    <message>
        <source>Maximum number of files allowed per request. None means no limit.</source>
        <translation>Höchstzahl an Dateien pro Anfrage. Keine Angabe heißt keine Grenze.</translation>
    </message>
    <message>
        <source>Maximum file size</source>
        <translation>Maximale Dateigröße</translation>
    </message>
    <message>
        <source>Maximum file size in bytes per file. None means no limit.</source>
        <translation>Maximale Größe pro Datei in Bytes. Keine Angabe heißt keine Grenze.</translation>
    </message>
    <message>
        <source>Models (deprecated)</source>
        <translation>Modelle (veraltet)</translation>
    </message>
    <message>
        <source>List of model names for the custom integration. Deprecated: use model_properties instead.</source>
        <translation>Liste der Modellnamen für die eigene Integration. Veraltet: stattdessen model_properties verwenden.</translation>
    </message>
    <message>
        <source>Legacy format</source>
        <translation>Altes Format</translation>
    </message>
    <message>
        <source>Internal: whether this config was created from the legacy &apos;models&apos; field.</source>
        <translation>Intern: ob diese Konfiguration aus dem alten Feld &apos;models&apos; entstand.</translation>
    </message>
    <message>
        <source>Optional keyword arguments to pass to the CustomLLM constructor, as a JSON object. They often carry credentials, so the whole object is treated as a secret.</source>
        <translation>Optionale Schlüsselwortargumente für den Konstruktor des CustomLLM, als JSON-Objekt. Sie enthalten oft Zugangsdaten, daher gilt das ganze Objekt als Geheimnis.</translation>
    </message>
</context>
<context>
    <name>FirstStartPanel</name>
    <message>
        <source>How to begin</source>
        <translation>Wie beginnen</translation>
    </message>
    <message>
        <source>How do you want to begin?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Hide these suggestions</source>
        <translation>Diese Vorschläge ausblenden</translation>
    </message>
    <message>
        <source>Paste JSON...</source>
        <translation>JSON einfügen …</translation>
    </message>
    <message>
        <source>You have a body already: from Galileo&apos;s console, a colleague or a file.</source>
        <translation>Sie haben schon einen JSON-Inhalt: aus Galileos Konsole, von Kollegen oder aus einer Datei.</translation>
    </message>
    <message>
        <source>Load from Galileo...</source>
        <translation>Von Galileo laden …</translation>
    </message>
    <message>
        <source>Your organisation has a custom integration: fetch it to check or change it.</source>
        <translation>Ihre Organisation hat eine eigene Integration: Laden Sie sie, um sie zu prüfen oder zu ändern.</translation>
    </message>
    <message>
        <source>Fill in a new form</source>
        <translation>Neues Formular ausfüllen</translation>
    </message>
    <message>
        <source>Start with the gateway&apos;s endpoint; Test endpoint can list its models for you.</source>
        <translation>Beginnen Sie mit dem Endpunkt des Gateways; „Endpunkt testen“ kann seine Modelle für Sie auflisten.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Galileo: %1</source>
        <translation>Galileo: %1</translation>
    </message>
    <message>
        <source>In the imported JSON: %1</source>
        <translation>Im importierten JSON: %1</translation>
    </message>
</context>
<context>
    <name>GalileoClient</name>
    <message>
        <source>No Galileo API key is set.</source>
        <translation>Es ist kein Galileo-API-Schlüssel gesetzt.</translation>
    </message>
    <message>
        <source>The Galileo username and password are both needed.</source>
        <translation>Galileo-Benutzername und -Passwort werden beide gebraucht.</translation>
    </message>
    <message>
        <source>The server accepted the request, but its answer is not a stored integration: %1.</source>
        <translation>Der Server hat die Anfrage angenommen, aber seine Antwort ist keine gespeicherte Integration: %1.</translation>
    </message>
    <message>
        <source>Check that the base URL is Galileo&apos;s API.</source>
        <translation>Prüfen Sie, dass die Basis-URL Galileos API ist.</translation>
    </message>
    <message>
        <source>Galileo stored the integration %1.</source>
        <translation>Galileo hat die Integration %1 gespeichert.</translation>
    </message>
    <message>
        <source>Galileo API</source>
        <translation>Galileo-API</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The server answered, but not as Galileo&apos;s API does.</source>
        <translation>Der Server antwortete, aber nicht so, wie Galileos API es tut.</translation>
    </message>
    <message>
        <source>Check the base URL: it should be the API URL, like https://api.galileo.ai.</source>
        <translation>Prüfen Sie die Basis-URL: es sollte die API-URL sein, wie https://api.galileo.ai.</translation>
    </message>
    <message>
        <source>Galileo API %1 (version %2)</source>
        <translation>Galileo-API %1 (Version %2)</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 in %3</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>an unnamed organisation</source>
        <translation>eine unbenannte Organisation</translation>
    </message>
    <message>
        <source>Skipped: the API could not be reached.</source>
        <translation>Übersprungen: die API war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Correct the Galileo base URL in the connection settings.</source>
        <translation>Korrigieren Sie die Galileo-Basis-URL in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>Logging in to Galileo as %1...</source>
        <translation>Melde mich bei Galileo als %1 an …</translation>
    </message>
    <message>
        <source>Galileo&apos;s login answered without a token.</source>
        <translation>Galileos Anmeldung antwortete ohne Token.</translation>
    </message>
    <message>
        <source>Galileo refused the username or password (%1).</source>
        <translation>Galileo hat Benutzername oder Passwort abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Check the username and password, or use an API key instead.</source>
        <translation>Prüfen Sie Benutzername und Passwort, oder verwenden Sie stattdessen einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen)</translation>
    </message>
    <message>
        <source>This cluster has no named custom integrations (%1 on /integrations/custom/%2).</source>
        <translation>Dieser Cluster hat keine benannten Custom-Integrationen (%1 auf /integrations/custom/%2).</translation>
    </message>
    <message>
        <source>It is an older Galileo. Apply without a name to set up its one custom integration, or ask for Galileo to be updated.</source>
        <translation>Es ist ein älteres Galileo. Ohne Namen anwenden, um seine eine Custom-Integration einzurichten, oder um ein Update von Galileo bitten.</translation>
    </message>
    <message>
        <source>Galileo has no custom integration named &quot;%1&quot; (404).</source>
        <translation>Galileo hat keine Custom-Integration namens „%1“ (404).</translation>
    </message>
    <message>
        <source>Check the name with the list of integrations, or apply to create it.</source>
        <translation>Den Namen mit der Liste der Integrationen prüfen, oder anwenden, um sie anzulegen.</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>This server has no PUT /v2/integrations/custom: check the base URL.</source>
        <translation>Dieser Server hat kein PUT /v2/integrations/custom: die Basis-URL prüfen.</translation>
    </message>
    <message>
        <source>Skipped: the credentials did not work.</source>
        <translation>Übersprungen: die Zugangsdaten funktionierten nicht.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No OpenAPI document with CustomIntegrationCreate: %1</source>
        <translation>Kein OpenAPI-Dokument mit CustomIntegrationCreate: %1</translation>
    </message>
    <message>
        <source>Field drift</source>
        <translation>Feldabweichung</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A field only this app knows is dropped by this cluster without a word; Submit warns when the form uses one.</source>
        <translation>Ein Feld, das nur diese App kennt, verwirft dieser Cluster stillschweigend; „Übermitteln“ warnt, wenn das Formular eines verwendet.</translation>
    </message>
    <message>
        <source>Nothing to compare with: fields this cluster does not know would be dropped without a word.</source>
        <translation>Nichts zum Vergleichen: Felder, die dieser Cluster nicht kennt, würden stillschweigend verworfen.</translation>
    </message>
</context>
<context>
    <name>HeadersPage</name>
    <message>
        <source>Show values</source>
        <translation>Werte zeigen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Galileo accepts at most %1 headers</source>
        <translation>Galileo nimmt höchstens %1 Header an</translation>
    </message>
    <message>
        <source>No custom headers. Most gateways need none; add one with Add (Insert) if yours asks for a tenant or an access header of its own (Kong, Azure API Management, Cloudflare Access).</source>
        <translation>Keine eigenen Header. Die meisten Gateways brauchen keine; fügen Sie einen mit „Hinzufügen“ (Einfg) hinzu, wenn Ihres einen Mandanten- oder Zugangs-Header verlangt (Kong, Azure API Management, Cloudflare Access).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Restore into form</source>
        <translation>Ins Formular &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Compare with form</source>
        <translation>Mit Formular &amp;vergleichen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Body as applied, secrets masked</source>
        <translation>Inhalt wie übermittelt, Geheimnisse maskiert</translation>
    </message>
    <message>
        <source>Put this body into the form. Each secret comes from the keychain if it is still the one applied then; the others are left to fill in.</source>
        <translation>Diesen Inhalt ins Formular übernehmen. Jedes Geheimnis kommt aus dem Schlüsselbund, wenn es noch das damals übermittelte ist; die übrigen bleiben auszufüllen.</translation>
    </message>
    <message>
        <source>Show what differs between this body and the form, field by field.</source>
        <translation>Zeigen, was sich zwischen diesem Inhalt und dem Formular unterscheidet, Feld für Feld.</translation>
    </message>
    <message>
        <source>The form is not a saved profile, so it has no history. Save it as a profile, and each apply to Galileo is kept here.</source>
        <translation>Das Formular ist kein gespeichertes Profil und hat daher keinen Verlauf. Speichern Sie es als Profil, dann wird jede Übermittlung an Galileo hier festgehalten.</translation>
    </message>
    <message>
        <source>No applies of &quot;%1&quot; are recorded yet. Each submission to Galileo is kept here, stored or not.</source>
        <translation>Für „%1“ sind noch keine Übermittlungen aufgezeichnet. Jede Übermittlung an Galileo wird hier festgehalten, ob gespeichert oder nicht.</translation>
    </message>
    <message>
        <source>Applies of &quot;%1&quot;, newest first (%2).</source>
        <translation>Übermittlungen von „%1“, neueste zuerst (%2).</translation>
    </message>
    <message>
        <source>Skipped, as they cannot be read: %1</source>
        <translation>Übersprungen, da nicht lesbar: %1</translation>
    </message>
    <message>
        <source>This body held no secrets.</source>
        <translation>Dieser Inhalt enthielt keine Geheimnisse.</translation>
    </message>
    <message>
        <source>Secrets (masked above; their keyed fingerprints are kept): %1</source>
        <translation>Geheimnisse (oben maskiert; ihre schlüsselgebundenen Fingerabdrücke sind gespeichert): %1</translation>
    </message>
    <message>
        <source>Secrets (masked above): %1. Their fingerprints are missing (%2), so a restore asks for each of them.</source>
        <translation>Geheimnisse (oben maskiert): %1. Ihre Fingerabdrücke fehlen (%2), daher wird beim Übernehmen nach jedem von ihnen gefragt.</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>the fingerprint key could not be read</source>
        <translation>der Fingerabdruck-Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 (default integration)</source>
        <translation>%1 (Standard-Integration)</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>stored %1</source>
        <translation>gespeichert (%1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>gescheitert: %1</translation>
    </message>
    <message>
        <source>failed: %1, %2</source>
        <translation>gescheitert: %1, %2</translation>
    </message>
    <message>
        <source>no valid &quot;time&quot;</source>
        <translation>kein gültiges „time“</translation>
    </message>
    <message>
        <source>no valid &quot;api_url&quot;</source>
        <translation>keine gültige „api_url“</translation>
    </message>
    <message>
        <source>no &quot;result&quot;</source>
        <translation>kein „result“</translation>
    </message>
    <message>
        <source>its body is not a JSON object</source>
        <translation>sein Inhalt ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the profile id &quot;%1&quot; is not one this app gives</source>
        <translation>die Profil-ID „%1“ ist keine, die diese App vergibt</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>another program keeps the history locked (%1)</source>
        <translation>ein anderes Programm hält den Verlauf gesperrt (%1)</translation>
    </message>
    <message>
        <source>cannot write in %1 (read-only, or no space left?)</source>
        <translation>in %1 kann nicht geschrieben werden (schreibgeschützt oder kein Platz mehr?)</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>A header has no name.</source>
        <translation>Ein Header hat keinen Namen.</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not a valid HTTP header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only).</source>
        <translation>Der Header-Name „%1“ ist kein gültiger HTTP-Header-Name (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~).</translation>
    </message>
    <message>
        <source>The value of the header %1 contains a line break.</source>
        <translation>Der Wert des Headers %1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The value of the header %1 contains a NUL character.</source>
        <translation>Der Wert des Headers %1 enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The value of the header %1 contains a control character.</source>
        <translation>Der Wert des Headers %1 enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 (certificate for %2, issued by %3)</source>
        <translation>%1 (Zertifikat für %2, ausgestellt von %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute http(s) URL.</source>
        <translation>„%1“ ist keine absolute http(s)-URL.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 MB and was not read.</source>
        <translation>Die Antwort von %1 war größer als %2 MB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s.</source>
        <translation>Keine Daten von %1 seit %2 s.</translation>
    </message>
    <message>
        <source>The server redirected the request (%1) in a way that cannot be followed safely.</source>
        <translation>Der Server hat die Anfrage umgeleitet (%1), auf eine Weise, der nicht sicher gefolgt werden kann.</translation>
    </message>
    <message>
        <source>The server redirected to %1. Credentials are never sent to another host, so the request was not repeated there.</source>
        <translation>Der Server hat nach %1 umgeleitet. Zugangsdaten werden nie an einen anderen Host gesendet, daher wurde die Anfrage dort nicht wiederholt.</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 failed (%3); trying again in %4 s...</source>
        <translation>Versuch %1 von %2 gescheitert (%3); neuer Versuch in %4 s …</translation>
    </message>
    <message>
        <source>No complete answer from %1 within %2 s.</source>
        <translation>Keine vollständige Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, device or socket)</source>
        <translation>%1 ist keine reguläre Datei (eine Pipe, ein Gerät oder ein Socket)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; that is not an integration body</source>
        <translation>%1 ist größer als %2 MiB; das ist kein Integrationsinhalt</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>IntegrationForm</name>
    <message>
        <source>Endpoint &amp;&amp; authentication</source>
        <translation>Endpunkt &amp;&amp; Authentifizierung</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
</context>
<context>
    <name>IntegrationJson</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>each model must be an object with at least a name, not %1</source>
        <translation>jedes Modell muss ein Objekt mit mindestens einem Namen sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a parameter name (a string), not %1</source>
        <translation>muss ein Parametername (eine Zeichenkette) sein, nicht %1</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>ein Modell</translation>
    </message>
    <message>
        <source>must be a model name (a string), not %1</source>
        <translation>muss ein Modellname (eine Zeichenkette) sein, nicht %1</translation>
    </message>
    <message>
        <source>the deprecated &quot;models&quot; list repeats model_properties; only model_properties will be sent</source>
        <translation>die veraltete Liste „models“ wiederholt model_properties; nur model_properties wird gesendet</translation>
    </message>
    <message>
        <source>the deprecated &quot;models&quot; list is ignored because model_properties is also given; it named: %1</source>
        <translation>die veraltete Liste „models“ wird ignoriert, weil auch model_properties angegeben ist; sie nannte: %1</translation>
    </message>
    <message>
        <source>the deprecated &quot;models&quot; list was converted to model_properties (models: %1); it will be sent as model_properties</source>
        <translation>die veraltete Liste „models“ wurde in model_properties umgewandelt (Modelle: %1); sie wird als model_properties gesendet</translation>
    </message>
    <message>
        <source>a header value must be a string, not %1</source>
        <translation>ein Header-Wert muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an internal field that can be mapped; use one of %2</source>
        <translation>„%1“ ist kein internes Feld, das zugeordnet werden kann; verwenden Sie eines von %2</translation>
    </message>
    <message>
        <source>%1: line %2 column %3 (char %4)</source>
        <translation>%1: Zeile %2, Spalte %3 (Zeichen %4)</translation>
    </message>
    <message>
        <source>the text is empty, not a JSON object</source>
        <translation>der Text ist leer, kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the body must be a JSON object ({...}) with the integration&apos;s fields</source>
        <translation>der Inhalt muss ein JSON-Objekt ({...}) mit den Feldern der Integration sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given more than once; only the last one would count</source>
        <translation>„%1“ ist mehrfach angegeben; nur die letzte Angabe würde zählen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authentication type; permitted: &apos;api_key&apos;, &apos;none&apos;, &apos;oauth2&apos;</source>
        <translation>„%1“ ist keine Authentifizierungsart; erlaubt: &apos;api_key&apos;, &apos;none&apos;, &apos;oauth2&apos;</translation>
    </message>
    <message>
        <source>is_legacy_format is set by Galileo itself and is not sent</source>
        <translation>is_legacy_format setzt Galileo selbst; es wird nicht gesendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field this app knows: it is kept under Advanced &gt; Other fields and sent as it is (a newer Galileo may use it, an older one ignores it)</source>
        <translation>„%1“ ist kein Feld, das diese App kennt: es bleibt unter Erweitert &gt; Weitere Felder erhalten und wird unverändert gesendet (ein neueres Galileo nutzt es vielleicht, ein älteres ignoriert es)</translation>
    </message>
    <message>
        <source>this is a curl command, not a JSON body: take the JSON in quotes after --data-raw (or -d)</source>
        <translation>das ist ein curl-Befehl, kein JSON-Body: nehmen Sie das JSON in Anführungszeichen nach --data-raw (oder -d)</translation>
    </message>
</context>
<context>
    <name>IntegrationJson::ObjectReader</name>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2: Galileo ignores it, so it will not be sent</source>
        <translation>unbekanntes Feld „%1“ in %2: Galileo ignoriert es, daher wird es nicht gesendet</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>IntegrationList</name>
    <message>
        <source>It is an older Galileo. Load from Galileo still reads its custom integration; for the list, ask for Galileo to be updated.</source>
        <translation>Es ist ein älteres Galileo. „Von Galileo laden“ liest seine Custom-Integration trotzdem; für die Liste bitten Sie um ein Update von Galileo.</translation>
    </message>
    <message>
        <source>1 integration.</source>
        <translation>1 Integration.</translation>
    </message>
    <message>
        <source>%1 integrations.</source>
        <translation>%1 Integrationen.</translation>
    </message>
    <message>
        <source>Left out, not being integrations: %1</source>
        <translation>Ausgelassen, da keine Integrationen: %1</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(leere Antwort)</translation>
    </message>
    <message>
        <source>Not read: cancelled</source>
        <translation>Nicht gelesen: abgebrochen</translation>
    </message>
    <message>
        <source>Refresh to read it.</source>
        <translation>Aktualisieren Sie, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gescheitert: %1</translation>
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
        <source>Reading...</source>
        <translation>Lese …</translation>
    </message>
    <message>
        <source>Only custom integrations have their status read here.</source>
        <translation>Nur bei Custom-Integrationen wird hier der Status gelesen.</translation>
    </message>
    <message>
        <source>Only custom integrations can be opened or deleted here.</source>
        <translation>Nur Custom-Integrationen können hier geöffnet oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>IntegrationName</name>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The name must start with a lower-case letter or a digit.</source>
        <translation>Der Name muss mit einem Kleinbuchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>Only lower-case letters, digits and &apos;-&apos; are allowed.</source>
        <translation>Nur Kleinbuchstaben, Ziffern und „-“ sind erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names one of Galileo&apos;s own routes (/integrations/custom/%1); choose another name.</source>
        <translation>„%1“ benennt einen von Galileos eigenen Pfaden (/integrations/custom/%1); wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>IntegrationNameEdit</name>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Integrationsname</translation>
    </message>
    <message>
        <source>Empty: apply to the organisation&apos;s custom integration (PUT /v2/integrations/custom). A name (lower-case letters, digits and &apos;-&apos;, at most 63) applies to that named integration (PUT /integrations/custom/NAME).</source>
        <translation>Leer: auf die Custom-Integration der Organisation anwenden (PUT /v2/integrations/custom). Ein Name (Kleinbuchstaben, Ziffern und „-“, höchstens 63) wendet auf diese benannte Integration an (PUT /integrations/custom/NAME).</translation>
    </message>
</context>
<context>
    <name>IntegrationPlan</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>1 change: %1</source>
        <translation>1 Änderung: %1</translation>
    </message>
    <message>
        <source>%1 changes: %2</source>
        <translation>%1 Änderungen: %2</translation>
    </message>
    <message>
        <source>1 secret unknown: %1</source>
        <translation>1 Geheimnis unbekannt: %1</translation>
    </message>
    <message>
        <source>%1 secrets unknown: %2</source>
        <translation>%1 Geheimnisse unbekannt: %2</translation>
    </message>
    <message>
        <source>Compared with Galileo&apos;s definition of the integration; secrets by keyed fingerprint.</source>
        <translation>Verglichen mit Galileos Definition der Integration; Geheimnisse über schlüsselgebundene Fingerabdrücke.</translation>
    </message>
    <message>
        <source>Compared with Galileo&apos;s stored fields (these credentials may not read the secrets); secrets and headers by the fingerprints of the last apply from here, where there is one.</source>
        <translation>Verglichen mit Galileos gespeicherten Feldern (diese Zugangsdaten dürfen die Geheimnisse nicht lesen); Geheimnisse und Header über die Fingerabdrücke der letzten Übermittlung von hier, sofern es eine gibt.</translation>
    </message>
    <message>
        <source>Galileo holds no such integration yet: everything is added.</source>
        <translation>Galileo hat noch keine solche Integration: Alles wird hinzugefügt.</translation>
    </message>
    <message>
        <source>Compared with an earlier apply from the history; secrets by the fingerprints recorded then (unknown where none were).</source>
        <translation>Verglichen mit einer früheren Übermittlung aus dem Verlauf; Geheimnisse über die damals aufgezeichneten Fingerabdrücke (unbekannt, wo keine aufgezeichnet wurden).</translation>
    </message>
    <message>
        <source>%1, ... (%2 in all)</source>
        <translation>%1, … (%2 insgesamt)</translation>
    </message>
</context>
<context>
    <name>IntegrationPlan::Change</name>
    <message>
        <source>(secret changed)</source>
        <translation>(Geheimnis geändert)</translation>
    </message>
    <message>
        <source>(secret unchanged)</source>
        <translation>(Geheimnis unverändert)</translation>
    </message>
    <message>
        <source>(secret unknown)</source>
        <translation>(Geheimnis unbekannt)</translation>
    </message>
    <message>
        <source>reordered: %1 -&gt; %2</source>
        <translation>neu geordnet: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>(secret added)</source>
        <translation>(Geheimnis neu)</translation>
    </message>
    <message>
        <source>(secret removed)</source>
        <translation>(Geheimnis entfernt)</translation>
    </message>
</context>
<context>
    <name>IntegrationPlanner</name>
    <message>
        <source>Galileo&apos;s answer holds no integration settings.</source>
        <translation>Galileos Antwort enthält keine Integrationseinstellungen.</translation>
    </message>
    <message>
        <source>Check that the base URL is Galileo&apos;s API.</source>
        <translation>Prüfen Sie, ob die Basis-URL Galileos API ist.</translation>
    </message>
</context>
<context>
    <name>IntegrationSession</name>
    <message>
        <source>Galileo&apos;s answer holds no integration settings.</source>
        <translation>Galileos Antwort enthält keine Integrationseinstellungen.</translation>
    </message>
    <message>
        <source>From Galileo</source>
        <translation>Von Galileo</translation>
    </message>
    <message>
        <source>this secret is not in the keychain any more: enter it again</source>
        <translation>dieses Geheimnis ist nicht mehr im Schlüsselbund: geben Sie es erneut ein</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its secrets are in the keychain.</source>
        <translation>„%1“ gespeichert; seine Geheimnisse sind im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; without its secrets.</source>
        <translation>„%1“ ohne seine Geheimnisse gespeichert.</translation>
    </message>
    <message>
        <source>The form is not a profile yet.</source>
        <translation>Das Formular ist noch kein Profil.</translation>
    </message>
    <message>
        <source>Exported to %1, without secrets.</source>
        <translation>Nach %1 exportiert, ohne Geheimnisse.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Galileo returned only the stored fields, no secrets; the local value was kept</source>
        <translation>Galileo lieferte nur die gespeicherten Felder, keine Geheimnisse; der lokale Wert wurde behalten</translation>
    </message>
    <message>
        <source>Galileo returned only the stored fields, no secrets, and there is no local value: enter it again before submitting</source>
        <translation>Galileo lieferte nur die gespeicherten Felder, keine Geheimnisse, und es gibt keinen lokalen Wert: vor dem Übermitteln erneut eingeben</translation>
    </message>
    <message>
        <source>Loaded the integration&apos;s definition from Galileo, secrets included.</source>
        <translation>Die Definition der Integration von Galileo geladen, samt Geheimnissen.</translation>
    </message>
    <message>
        <source>Loaded the integration&apos;s stored fields from Galileo.</source>
        <translation>Die gespeicherten Felder der Integration von Galileo geladen.</translation>
    </message>
    <message>
        <source>%1 (from Galileo)</source>
        <translation>%1 (von Galileo)</translation>
    </message>
    <message>
        <source>Deleted the profile, its keychain entries and its history.</source>
        <translation>Das Profil, seine Schlüsselbund-Einträge und sein Verlauf wurden gelöscht.</translation>
    </message>
    <message>
        <source>this apply&apos;s secrets have no fingerprints (%1), so the keychain&apos;s cannot be told to be the same: enter the one to apply</source>
        <translation>die Geheimnisse dieser Übermittlung haben keine Fingerabdrücke (%1), daher lässt sich nicht feststellen, ob der Wert im Schlüsselbund derselbe ist: geben Sie den zu übermittelnden Wert ein</translation>
    </message>
    <message>
        <source>the keychain cannot be asked (%1): enter the one to apply</source>
        <translation>der Schlüsselbund kann nicht abgefragt werden (%1): geben Sie den zu übermittelnden Wert ein</translation>
    </message>
    <message>
        <source>the keychain&apos;s value of this secret is not the one applied then (it changed since, or is gone): enter the one to apply</source>
        <translation>der Wert dieses Geheimnisses im Schlüsselbund ist nicht der damals übermittelte (er wurde seitdem geändert oder ist weg): geben Sie den zu übermittelnden Wert ein</translation>
    </message>
    <message>
        <source>%1, as applied %2</source>
        <translation>%1, wie übermittelt am %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was read or sent.</source>
        <translation>Abgebrochen; es wurde nichts gelesen oder gesendet.</translation>
    </message>
    <message>
        <source>Another request was under way; nothing was planned.</source>
        <translation>Eine andere Anfrage lief noch; es wurde nichts geplant.</translation>
    </message>
    <message>
        <source>Galileo never returns these with the stored fields, so any it holds are unknown here: add them again before submitting, or submitting removes them</source>
        <translation>Galileo gibt diese mit den gespeicherten Feldern nie zurück, daher sind vorhandene hier unbekannt: Fügen Sie sie vor dem Übermitteln wieder hinzu, sonst entfernt das Übermitteln sie</translation>
    </message>
    <message>
        <source>The integration name: %1</source>
        <translation>Der Integrationsname: %1</translation>
    </message>
    <message>
        <source>the keychain could not be read: enter this secret again, or open the profile again once the keychain can be used</source>
        <translation>der Schlüsselbund konnte nicht gelesen werden: geben Sie dieses Geheimnis erneut ein, oder öffnen Sie das Profil erneut, sobald der Schlüsselbund verfügbar ist</translation>
    </message>
    <message>
        <source>the integration</source>
        <translation>die Integration</translation>
    </message>
    <message>
        <source>the integration&apos;s name</source>
        <translation>der Name der Integration</translation>
    </message>
    <message>
        <source>the Galileo connection</source>
        <translation>die Galileo-Verbindung</translation>
    </message>
    <message>
        <source>Galileo&apos;s credentials</source>
        <translation>die Galileo-Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>IntegrationStatusRequest</name>
    <message>
        <source>This cluster has no status of its integrations (%1 on GET %2).</source>
        <translation>Dieser Cluster kennt keinen Status seiner Integrationen (%1 auf GET %2).</translation>
    </message>
    <message>
        <source>It is an older Galileo, without the calls that read an integration&apos;s status; for them, ask for Galileo to be updated.</source>
        <translation>Es ist ein älteres Galileo ohne die Aufrufe, die den Status einer Integration lesen; bitten Sie dafür um ein Update von Galileo.</translation>
    </message>
    <message>
        <source>Galileo has no default custom integration to report on (%1).</source>
        <translation>Galileo hat keine Standard-Custom-Integration, über die es berichten könnte (%1).</translation>
    </message>
    <message>
        <source>Nothing has been stored as this cluster&apos;s custom integration yet: submit one from the window or with apply, or ask about a named one.</source>
        <translation>Auf diesem Cluster ist noch keine Custom-Integration gespeichert: Senden Sie eine aus dem Fenster oder mit apply, oder fragen Sie nach einer benannten.</translation>
    </message>
</context>
<context>
    <name>IntegrationValidator</name>
    <message>
        <source>no authentication</source>
        <translation>keiner Authentifizierung</translation>
    </message>
    <message>
        <source>API key authentication</source>
        <translation>Authentifizierung per API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth2 authentication</source>
        <translation>OAuth2-Authentifizierung</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>needs a scheme: write https://%1</source>
        <translation>braucht ein Schema: schreiben Sie https://%1</translation>
    </message>
    <message>
        <source>must start with https:// or http://, not %1://</source>
        <translation>muss mit https:// oder http:// beginnen, nicht %1://</translation>
    </message>
    <message>
        <source>has no host name, e.g. https://gateway.example.com/v1</source>
        <translation>hat keinen Hostnamen, z. B. https://gateway.example.com/v1</translation>
    </message>
</context>
<context>
    <name>IntegrationValidator::Checker</name>
    <message>
        <source>the endpoint URL is required, e.g. https://gateway.example.com/v1</source>
        <translation>die Endpunkt-URL ist erforderlich, z. B. https://gateway.example.com/v1</translation>
    </message>
    <message>
        <source>credentials and headers would travel unencrypted over http://; use https:// unless the gateway is on a trusted network</source>
        <translation>Zugangsdaten und Header würden unverschlüsselt über http:// gehen; verwenden Sie https://, es sei denn, das Gateway liegt in einem vertrauenswürdigen Netz</translation>
    </message>
    <message>
        <source>not used with %1, so it will not be sent</source>
        <translation>wird bei %1 nicht verwendet, daher nicht gesendet</translation>
    </message>
    <message>
        <source>API key authentication needs the header name, e.g. X-API-Key or Authorization</source>
        <translation>die Authentifizierung per API-Schlüssel braucht den Header-Namen, z. B. X-API-Key oder Authorization</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only, no spaces)</source>
        <translation>„%1“ ist kein gültiger HTTP-Header-Name (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~, keine Leerzeichen)</translation>
    </message>
    <message>
        <source>API key authentication needs the key&apos;s value</source>
        <translation>die Authentifizierung per API-Schlüssel braucht den Wert des Schlüssels</translation>
    </message>
    <message>
        <source>contains a line break or NUL character, which would inject extra headers</source>
        <translation>enthält einen Zeilenumbruch oder ein NUL-Zeichen, womit zusätzliche Header eingeschleust würden</translation>
    </message>
    <message>
        <source>the client secret would travel unencrypted over http://; use https://</source>
        <translation>das Client-Geheimnis würde unverschlüsselt über http:// gehen; verwenden Sie https://</translation>
    </message>
    <message>
        <source>the token URL is on %1, not on the endpoint&apos;s host %2: make sure this identity provider is the one the gateway trusts</source>
        <translation>die Token-URL liegt auf %1, nicht auf dem Host des Endpunkts %2: stellen Sie sicher, dass das Gateway diesem Identitätsanbieter vertraut</translation>
    </message>
    <message>
        <source>OAuth2 needs the client credentials in token, normally a JSON object such as {&quot;client_id&quot;: &quot;...&quot;, &quot;client_secret&quot;: &quot;...&quot;}</source>
        <translation>OAuth2 braucht die Client-Zugangsdaten im Token, üblicherweise ein JSON-Objekt wie {&quot;client_id&quot;: &quot;...&quot;, &quot;client_secret&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>; this value is not a JSON object, so the gateway&apos;s token endpoint will probably refuse it</source>
        <translation>; dieser Wert ist kein JSON-Objekt, daher wird der Token-Endpunkt des Gateways ihn wohl ablehnen</translation>
    </message>
    <message>
        <source>the client credentials have no %1</source>
        <translation>den Client-Zugangsdaten fehlt %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>no models: add at least one model the gateway serves, or Galileo will have nothing to call</source>
        <translation>keine Modelle: fügen Sie mindestens ein Modell hinzu, das das Gateway anbietet, sonst hat Galileo nichts aufzurufen</translation>
    </message>
    <message>
        <source>a model needs the name the gateway knows it by</source>
        <translation>ein Modell braucht den Namen, unter dem das Gateway es kennt</translation>
    </message>
    <message>
        <source>starts or ends with a space, which the gateway will not expect</source>
        <translation>beginnt oder endet mit einem Leerzeichen, das das Gateway nicht erwarten wird</translation>
    </message>
    <message>
        <source>the model in row %1 is also shown as &quot;%2&quot;; users will not tell them apart</source>
        <translation>das Modell in Zeile %1 wird ebenfalls als „%2“ angezeigt; Benutzer können sie nicht unterscheiden</translation>
    </message>
    <message>
        <source>based_on and supported_parameters are mutually exclusive: keep one</source>
        <translation>based_on und supported_parameters schließen einander aus: behalten Sie eines</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a RunParamsMap field; valid names: %2</source>
        <translation>„%1“ ist kein RunParamsMap-Feld; gültige Namen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an alias; the default model is named by its name, &quot;%2&quot;</source>
        <translation>„%1“ ist ein Alias; das Standardmodell wird mit seinem Namen angegeben, „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the models</source>
        <translation>„%1“ ist keines der Modelle</translation>
    </message>
    <message>
        <source>at most %1 headers are allowed; there are %2</source>
        <translation>höchstens %1 Header sind erlaubt; es sind %2</translation>
    </message>
    <message>
        <source>a header needs a name</source>
        <translation>ein Header braucht einen Namen</translation>
    </message>
    <message>
        <source>the header in row %1 has the same name (header names ignore case)</source>
        <translation>der Header in Zeile %1 hat denselben Namen (Groß- und Kleinschreibung zählt bei Header-Namen nicht)</translation>
    </message>
    <message>
        <source>%1 is set by Galileo&apos;s HTTP client; overriding it can break every request</source>
        <translation>%1 setzt Galileos HTTP-Client selbst; ihn zu überschreiben kann jede Anfrage stören</translation>
    </message>
    <message>
        <source>%1 is also the authentication header; one will override the other</source>
        <translation>%1 ist auch der Authentifizierungs-Header; einer überschreibt den anderen</translation>
    </message>
    <message>
        <source>the value contains a line break or NUL character, which would inject extra headers</source>
        <translation>der Wert enthält einen Zeilenumbruch oder ein NUL-Zeichen, womit zusätzliche Header eingeschleust würden</translation>
    </message>
    <message>
        <source>%1 already carries %2</source>
        <translation>%1 trägt schon %2</translation>
    </message>
    <message>
        <source>%1 is also one of the custom headers; one will override the other</source>
        <translation>%1 ist auch einer der eigenen Header; einer überschreibt den anderen</translation>
    </message>
    <message>
        <source>the handler&apos;s Python file name is required, e.g. my_handler.py</source>
        <translation>der Python-Dateiname des Handlers ist erforderlich, z. B. my_handler.py</translation>
    </message>
    <message>
        <source>must be a Python file name ending in .py, e.g. my_handler.py</source>
        <translation>muss ein Python-Dateiname auf .py sein, z. B. my_handler.py</translation>
    </message>
    <message>
        <source>must be a file name without folders, e.g. my_handler.py</source>
        <translation>muss ein Dateiname ohne Ordner sein, z. B. my_handler.py</translation>
    </message>
    <message>
        <source>the handler&apos;s class name is required, e.g. MyHandler</source>
        <translation>der Klassenname des Handlers ist erforderlich, z. B. MyHandler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Python class name (letters, digits and _, not starting with a digit, not a keyword)</source>
        <translation>„%1“ ist kein Python-Klassenname (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend, kein Schlüsselwort)</translation>
    </message>
    <message>
        <source>must be at least 1; leave it empty for no limit</source>
        <translation>muss mindestens 1 sein; leer lassen für keine Grenze</translation>
    </message>
    <message>
        <source>the endpoint ends in %1, which Galileo appends itself: use %2</source>
        <translation>der Endpunkt endet auf %1, das Galileo selbst anhängt: Verwenden Sie %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of the model in row %2 (model_properties[%3])</source>
        <translation>&quot;%1&quot; ist schon der Name des Modells in Zeile %2 (model_properties[%3])</translation>
    </message>
</context>
<context>
    <name>IntegrationsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Open in form</source>
        <translation>Im Formular ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>Als Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Integrations on Galileo</source>
        <translation>Integrationen bei Galileo</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Fill the form with this integration: its definition with secrets when permitted, else its stored fields</source>
        <translation>Das Formular mit dieser Integration füllen: mit ihrer Definition samt Geheimnissen, wenn erlaubt, sonst mit ihren gespeicherten Feldern</translation>
    </message>
    <message>
        <source>Open it and save it as a new profile; its secrets go to the keychain only</source>
        <translation>Sie öffnen und als neues Profil speichern; ihre Geheimnisse kommen nur in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Delete this named custom integration from Galileo</source>
        <translation>Diese benannte Custom-Integration bei Galileo löschen</translation>
    </message>
    <message>
        <source>Name of the integration to delete</source>
        <translation>Name der zu löschenden Integration</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Be&amp;halten</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; from Galileo.</source>
        <translation>„%1“ bei Galileo gelöscht.</translation>
    </message>
    <message>
        <source>%1 Set it in Galileo &gt; Connection.</source>
        <translation>%1 Das lässt sich unter Galileo &gt; Verbindung einstellen.</translation>
    </message>
    <message>
        <source>Reading the integrations from Galileo...</source>
        <translation>Lese die Integrationen von Galileo …</translation>
    </message>
    <message>
        <source>Only custom integrations can be opened or deleted here.</source>
        <translation>Nur Custom-Integrationen können hier geöffnet oder gelöscht werden.</translation>
    </message>
    <message>
        <source>The default custom integration has no name to delete it by.</source>
        <translation>Die Standard-Integration hat keinen Namen, unter dem sie gelöscht werden könnte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 integration: it is listed read-only; only custom integrations can be opened here.</source>
        <translation>„%1“ ist eine %2-Integration: Sie wird nur zur Ansicht aufgeführt; nur Custom-Integrationen können hier geöffnet werden.</translation>
    </message>
    <message>
        <source>Replace the form with &quot;%1&quot; from Galileo?</source>
        <translation>Das Formular durch „%1“ von Galileo ersetzen?</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; from Galileo...</source>
        <translation>Lese „%1“ von Galileo …</translation>
    </message>
    <message>
        <source>The Galileo credentials are incomplete: set them in Galileo &gt; Connection.</source>
        <translation>Die Galileo-Zugangsdaten sind unvollständig: Legen Sie sie unter Galileo &gt; Verbindung fest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name this app can apply to.</source>
        <translation>„%1“ ist kein Name, an den diese App übermitteln kann.</translation>
    </message>
    <message>
        <source>Galileo is busy with another request; try again in a moment.</source>
        <translation>Galileo ist mit einer anderen Anfrage beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot; removes it from Galileo for the whole organisation; this cannot be undone. Type its name to confirm.</source>
        <translation>Das Löschen von „%1“ entfernt die Integration für die ganze Organisation aus Galileo; das lässt sich nicht rückgängig machen. Geben Sie zur Bestätigung den Namen der Integration ein.</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;...</source>
        <translation>Lösche „%1“ …</translation>
    </message>
    <message>
        <source>The window now shows this profile.</source>
        <translation>Das Fenster zeigt jetzt dieses Profil.</translation>
    </message>
</context>
<context>
    <name>IssueList</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source> (in the imported JSON)</source>
        <translation> (im importierten JSON)</translation>
    </message>
    <message>
        <source> (from Galileo)</source>
        <translation> (von Galileo)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>No problems: the form is ready to submit.</source>
        <translation>Keine Probleme: Das Formular kann übermittelt werden.</translation>
    </message>
    <message>
        <source>%1 (to fill in)</source>
        <translation>%1 (auszufüllen)</translation>
    </message>
    <message>
        <source>To fill in</source>
        <translation>Auszufüllen</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain (Secret Service)</source>
        <translation>dem Schlüsselbund des Systems (Secret Service)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when the app starts next.</source>
        <translation>Die Sprache wechselt beim nächsten Start der Anwendung.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>ListIntegrationsRequest</name>
    <message>
        <source>This cluster has no list of integrations (%1 on GET /integrations).</source>
        <translation>Dieser Cluster hat keine Liste der Integrationen (%1 auf GET /integrations).</translation>
    </message>
    <message>
        <source>It is an older Galileo, with its one custom integration and no list; for the list, ask for Galileo to be updated.</source>
        <translation>Es ist ein älteres Galileo mit seiner einen Custom-Integration und ohne Liste; bitten Sie für die Liste um ein Update von Galileo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Anfragevorschau</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Stop waiting for Galileo (Esc)</source>
        <translation>Nicht länger auf Galileo warten (Esc)</translation>
    </message>
    <message>
        <source>This problem is about the body as a whole.</source>
        <translation>Dieses Problem betrifft den Inhalt als Ganzes.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open JSON...</source>
        <translation>JSON ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Fill the form from a JSON file (Ctrl+O)</source>
        <translation>Das Formular aus einer JSON-Datei füllen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Paste JSON...</source>
        <translation>JSON ein&amp;fügen …</translation>
    </message>
    <message>
        <source>Fill the form from a pasted JSON body (Ctrl+Shift+V)</source>
        <translation>Das Formular aus einem eingefügten JSON-Inhalt füllen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Fill the form with the custom integration Galileo has now</source>
        <translation>Das Formular mit der eigenen Integration füllen, die Galileo gerade hat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy request &amp;body</source>
        <translation>Anfrage&amp;inhalt kopieren</translation>
    </message>
    <message>
        <source>Copy the JSON body with secrets masked</source>
        <translation>Den JSON-Inhalt mit maskierten Geheimnissen kopieren</translation>
    </message>
    <message>
        <source>Copied the request body, secrets masked.</source>
        <translation>Anfrageinhalt kopiert, Geheimnisse maskiert.</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy the PUT as a curl command, secrets masked (Ctrl+Shift+C)</source>
        <translation>Den PUT als curl-Befehl kopieren, Geheimnisse maskiert (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy as curl with &amp;secrets...</source>
        <translation>Als curl mit &amp;Geheimnissen kopieren …</translation>
    </message>
    <message>
        <source>&amp;Galileo</source>
        <translation>&amp;Galileo</translation>
    </message>
    <message>
        <source>&amp;Submit to Galileo</source>
        <translation>An Galileo &amp;übermitteln</translation>
    </message>
    <message>
        <source>&amp;Connection...</source>
        <translation>&amp;Verbindung …</translation>
    </message>
    <message>
        <source>Where Galileo is and how to sign in</source>
        <translation>Wo Galileo ist und wie man sich anmeldet</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Test endpoint...</source>
        <translation>Endpunkt &amp;testen …</translation>
    </message>
    <message>
        <source>Reach the gateway, get a token, list its models and ask one completion, from this computer (Ctrl+T)</source>
        <translation>Das Gateway erreichen, ein Token holen, seine Modelle auflisten und eine Antwort erbitten, von diesem Rechner aus (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Galileo Integrations</source>
        <translation>Ü&amp;ber Galileo Integrations</translation>
    </message>
    <message>
        <source>About Galileo Integrations</source>
        <translation>Über Galileo Integrations</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Galileo Integrations %1&lt;/h3&gt;&lt;p&gt;Set up, check and submit a custom LLM integration for Galileo.&lt;/p&gt;&lt;p&gt;Secrets stay masked on screen and in copies unless you ask for them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Galileo Integrations %1&lt;/h3&gt;&lt;p&gt;Eine eigene LLM-Integration für Galileo einrichten, prüfen und übermitteln.&lt;/p&gt;&lt;p&gt;Geheimnisse bleiben auf dem Bildschirm und in Kopien maskiert, außer Sie verlangen sie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Errors to fix before this can be submitted: %1</source>
        <translation>Fehler, die vor dem Übermitteln zu beheben sind: %1</translation>
    </message>
    <message>
        <source>Galileo refused the last submission: see Problems</source>
        <translation>Galileo hat die letzte Übermittlung abgelehnt: siehe Probleme</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Bereit zum Übermitteln</translation>
    </message>
    <message>
        <source> — warnings: %1</source>
        <translation> — Warnungen: %1</translation>
    </message>
    <message>
        <source>Fix the errors listed in Problems first</source>
        <translation>Beheben Sie zuerst die unter Probleme aufgeführten Fehler</translation>
    </message>
    <message>
        <source>New integration</source>
        <translation>Neue Integration</translation>
    </message>
    <message>
        <source>Galileo: %1</source>
        <translation>Galileo: %1</translation>
    </message>
    <message>
        <source>Waiting for Galileo...</source>
        <translation>Warte auf Galileo …</translation>
    </message>
    <message>
        <source>Submit with warnings?</source>
        <translation>Trotz Warnungen übermitteln?</translation>
    </message>
    <message>
        <source>Galileo will accept this, but some things look wrong:</source>
        <translation>Galileo wird das annehmen, aber einiges sieht falsch aus:</translation>
    </message>
    <message>
        <source>&amp;Submit anyway</source>
        <translation>&amp;Trotzdem übermitteln</translation>
    </message>
    <message>
        <source>Fix the errors listed in Problems first.</source>
        <translation>Beheben Sie zuerst die unter Probleme aufgeführten Fehler.</translation>
    </message>
    <message>
        <source>Sending to %1...</source>
        <translation>Sende an %1 …</translation>
    </message>
    <message>
        <source>Replace the form with Galileo&apos;s copy?</source>
        <translation>Das Formular durch Galileos Fassung ersetzen?</translation>
    </message>
    <message>
        <source>Reading the integration from Galileo...</source>
        <translation>Lese die Integration von Galileo …</translation>
    </message>
    <message>
        <source>Copy with secrets?</source>
        <translation>Mit Geheimnissen kopieren?</translation>
    </message>
    <message>
        <source>The command will hold the API key, client secret and header values in plain text. Anything that reads the clipboard, and the shell history of whoever runs it, will see them.</source>
        <translation>Der Befehl enthält API-Schlüssel, Client-Geheimnis und Header-Werte im Klartext. Alles, was die Zwischenablage liest, und der Shell-Verlauf dessen, der ihn ausführt, sieht sie.</translation>
    </message>
    <message>
        <source>Copied the curl command with secrets.</source>
        <translation>curl-Befehl mit Geheimnissen kopiert.</translation>
    </message>
    <message>
        <source>Copied the curl command, secrets masked.</source>
        <translation>curl-Befehl kopiert, Geheimnisse maskiert.</translation>
    </message>
    <message>
        <source>Not an integration body</source>
        <translation>Kein Integrationsinhalt</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Read %1; notes about it: %2 (see Problems)</source>
        <translation>%1 gelesen; Hinweise dazu: %2 (siehe Probleme)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Start a new integration anyway?</source>
        <translation>Trotzdem eine neue Integration beginnen?</translation>
    </message>
    <message>
        <source>Open another body anyway?</source>
        <translation>Trotzdem einen anderen Inhalt öffnen?</translation>
    </message>
    <message>
        <source>Open integration JSON</source>
        <translation>Integrations-JSON öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the form with the pasted body?</source>
        <translation>Das Formular durch den eingefügten Inhalt ersetzen?</translation>
    </message>
    <message>
        <source>Pasted integration</source>
        <translation>Eingefügte Integration</translation>
    </message>
    <message>
        <source>Galileo: %1 (unencrypted)</source>
        <translation>Galileo: %1 (unverschlüsselt)</translation>
    </message>
    <message>
        <source>%1 It could not be recorded in the profile: %2</source>
        <translation>%1 Im Profil konnte es nicht vermerkt werden: %2</translation>
    </message>
    <message>
        <source>To fill in: %1</source>
        <translation>Noch auszufüllen: %1</translation>
    </message>
    <message>
        <source>Fill in first: %1</source>
        <translation>Zuerst ausfüllen: %1</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integration:</translation>
    </message>
    <message>
        <source>The integration name: %1</source>
        <translation>Der Integrationsname: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>This change is not about a field of the form.</source>
        <translation>Diese Änderung betrifft kein Feld des Formulars.</translation>
    </message>
    <message numerus="yes">
        <source>Restored from the history; %n secret(s) from the keychain.</source>
        <translation>
            <numerusform>Aus dem Verlauf übernommen; %n Geheimnis aus dem Schlüsselbund.</numerusform>
            <numerusform>Aus dem Verlauf übernommen; %n Geheimnisse aus dem Schlüsselbund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored from the history; %n secret(s) to fill in, listed in Problems.</source>
        <translation>
            <numerusform>Aus dem Verlauf übernommen; %n Geheimnis auszufüllen, aufgeführt unter Probleme.</numerusform>
            <numerusform>Aus dem Verlauf übernommen; %n Geheimnisse auszufüllen, aufgeführt unter Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the plan &amp;before submitting</source>
        <translation>Plan vor dem Übermitteln &amp;anzeigen</translation>
    </message>
    <message>
        <source>Read what Galileo holds and show what will change before sending</source>
        <translation>Vor dem Senden lesen, was Galileo hat, und zeigen, was sich ändern wird</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>What submitting would change in Galileo, without changing anything (Ctrl+Shift+P)</source>
        <translation>Was das Übermitteln bei Galileo ändern würde, ohne etwas zu ändern (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>&amp;Integrations...</source>
        <translation>&amp;Integrationen …</translation>
    </message>
    <message>
        <source>The organisation&apos;s integrations on Galileo: open, save as a profile, delete</source>
        <translation>Die Integrationen der Organisation bei Galileo: öffnen, als Profil speichern, löschen</translation>
    </message>
    <message>
        <source>Restore the entry from the history anyway?</source>
        <translation>Den Eintrag trotzdem aus dem Verlauf übernehmen?</translation>
    </message>
    <message>
        <source>Reading what Galileo holds, to show what will change...</source>
        <translation>Lese, was Galileo hat, um zu zeigen, was sich ändern wird …</translation>
    </message>
    <message>
        <source>Reading what Galileo holds...</source>
        <translation>Lese, was Galileo hat …</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Abgebrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The form changed while the plan was made; nothing was sent. Submit again to see the plan for the form as it is.</source>
        <translation>Das Formular wurde geändert, während der Plan erstellt wurde; es wurde nichts gesendet. Übermitteln Sie erneut, um den Plan für das aktuelle Formular zu sehen.</translation>
    </message>
    <message>
        <source>Nothing was sent: fix what Problems lists first.</source>
        <translation>Es wurde nichts gesendet: Beheben Sie zuerst, was unter Probleme aufgeführt ist.</translation>
    </message>
    <message>
        <source>Submit to Galileo?</source>
        <translation>An Galileo übermitteln?</translation>
    </message>
    <message>
        <source>The plan could not be made, so what will change in %1 is not known.</source>
        <translation>Der Plan konnte nicht erstellt werden, daher ist nicht bekannt, was sich in %1 ändern wird.</translation>
    </message>
    <message>
        <source>Submitting will change %1:</source>
        <translation>Das Übermitteln ändert %1:</translation>
    </message>
    <message>
        <source>%1 already holds this integration.</source>
        <translation>%1 hat diese Integration bereits.</translation>
    </message>
    <message>
        <source>... and %1 more in the Plan tab</source>
        <translation>… und %1 weitere im Reiter Plan</translation>
    </message>
    <message>
        <source>Secrets cannot be compared: %1</source>
        <translation>Geheimnisse lassen sich nicht vergleichen: %1</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Übermitteln</translation>
    </message>
    <message numerus="yes">
        <source>This cluster&apos;s schema does not know %n field(s) of the body; it would drop them: %1</source>
        <translation>
            <numerusform>Das Schema dieses Clusters kennt %n Feld des Inhalts nicht; es würde es verwerfen: %1</numerusform>
            <numerusform>Das Schema dieses Clusters kennt %n Felder des Inhalts nicht; es würde sie verwerfen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>Übermitteln nicht möglich</translation>
    </message>
    <message>
        <source>Nothing can be sent to %1.</source>
        <translation>An %1 kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>&amp;Load from Galileo...</source>
        <translation>Von Galileo &amp;laden …</translation>
    </message>
    <message>
        <source>Can be submitted; still to fill in: %1</source>
        <translation>Kann übermittelt werden; noch auszufüllen: %1</translation>
    </message>
    <message>
        <source>; left out of the form from the imported JSON: %1</source>
        <translation>; aus dem importierten JSON nicht ins Formular übernommen: %1</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <comment>tool bar button</comment>
        <translation>curl kopieren</translation>
    </message>
    <message>
        <source>Submit to Galileo</source>
        <comment>tool bar button</comment>
        <translation>Übermitteln</translation>
    </message>
    <message>
        <source>Send the integration to Galileo (%1)</source>
        <translation>Die Integration an Galileo senden (%1)</translation>
    </message>
    <message>
        <source>Not loaded from Galileo: %1</source>
        <translation>Nicht von Galileo geladen: %1</translation>
    </message>
    <message>
        <source>Galileo connection set: %1</source>
        <translation>Galileo-Verbindung festgelegt: %1</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session&apos;s memory</source>
        <translation>dem Speicher dieser Sitzung</translation>
    </message>
</context>
<context>
    <name>ModelPropertiesTable</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Add &amp;several...</source>
        <translation>&amp;Mehrere hinzufügen …</translation>
    </message>
    <message>
        <source>Paste many model names at once, one per line</source>
        <translation>Viele Modellnamen auf einmal einfügen, einer pro Zeile</translation>
    </message>
    <message>
        <source>(the first model)</source>
        <translation>(das erste Modell)</translation>
    </message>
    <message>
        <source>(the first model: %1)</source>
        <translation>(das erste Modell: %1)</translation>
    </message>
    <message>
        <source>%1 (not in the table)</source>
        <translation>%1 (nicht in der Tabelle)</translation>
    </message>
    <message>
        <source>Add several models</source>
        <translation>Mehrere Modelle hinzufügen</translation>
    </message>
    <message>
        <source>Model names as the gateway knows them, one per line. Names already in the table are skipped.</source>
        <translation>Modellnamen, wie das Gateway sie kennt, einer pro Zeile. Namen, die schon in der Tabelle stehen, werden übersprungen.</translation>
    </message>
    <message>
        <source>No models yet. Add one with Add (Insert), paste many names with Add several..., or let Test endpoint (Ctrl+T) list the ones the gateway serves and tick them.</source>
        <translation>Noch keine Modelle. Fügen Sie eines mit „Hinzufügen“ (Einfg) hinzu, fügen Sie viele Namen mit „Mehrere hinzufügen …“ ein, oder lassen Sie „Endpunkt testen“ (Strg+T) die Modelle des Gateways auflisten und haken Sie sie an.</translation>
    </message>
</context>
<context>
    <name>OpenApiRequest</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered with something that is not an OpenAPI document.</source>
        <translation>%1 hat mit etwas geantwortet, das kein OpenAPI-Dokument ist.</translation>
    </message>
</context>
<context>
    <name>PasteJsonDialog</name>
    <message>
        <source>Paste JSON</source>
        <translation>JSON einfügen</translation>
    </message>
    <message>
        <source>Paste a CustomIntegrationCreate body, e.g. the JSON you would paste into Galileo&apos;s console. The deprecated &lt;tt&gt;models&lt;/tt&gt; list is converted; anything that cannot be used is listed.</source>
        <translation>Fügen Sie einen CustomIntegrationCreate-Inhalt ein, z. B. das JSON, das Sie in Galileos Konsole einfügen würden. Die veraltete Liste &lt;tt&gt;models&lt;/tt&gt; wird umgewandelt; alles, was nicht verwendet werden kann, wird aufgeführt.</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON-Inhalt</translation>
    </message>
    <message>
        <source>{&quot;authentication_type&quot;: &quot;none&quot;, &quot;endpoint&quot;: &quot;https://gateway.example.com/v1&quot;, ...}</source>
        <translation>{&quot;authentication_type&quot;: &quot;none&quot;, &quot;endpoint&quot;: &quot;https://gateway.example.com/v1&quot;, ...}</translation>
    </message>
    <message>
        <source>&amp;Fill the form</source>
        <translation>Formular &amp;füllen</translation>
    </message>
    <message>
        <source>This is not a JSON object yet: %1</source>
        <translation>Das ist noch kein JSON-Objekt: %1</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>&amp;Refresh plan</source>
        <translation>Plan &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>Read what Galileo holds now and compare it with the form</source>
        <translation>Lesen, was Galileo jetzt hat, und mit dem Formular vergleichen</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Noch kein Plan.</translation>
    </message>
    <message>
        <source>Refresh compares the form with what Galileo holds, field by field, without changing anything. Secrets are compared by a keyed fingerprint and never shown.</source>
        <translation>„Plan aktualisieren“ vergleicht das Formular Feld für Feld mit dem, was Galileo hat, ohne etwas zu ändern. Geheimnisse werden über schlüsselgebundene Fingerabdrücke verglichen und nie angezeigt.</translation>
    </message>
    <message>
        <source>Planning...</source>
        <translation>Plane …</translation>
    </message>
    <message>
        <source>Reading what Galileo holds.</source>
        <translation>Lese, was Galileo hat.</translation>
    </message>
    <message>
        <source>The form changed since this plan was made: Refresh to see the plan for the form as it is.</source>
        <translation>Das Formular wurde geändert, seit dieser Plan erstellt wurde: Aktualisieren Sie, um den Plan für das aktuelle Formular zu sehen.</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <source>Secrets cannot be compared: %1</source>
        <translation>Geheimnisse lassen sich nicht vergleichen: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show this field in the form</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um dieses Feld im Formular zu zeigen</translation>
    </message>
    <message>
        <source>Out of date: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
</context>
<context>
    <name>ProbeStage</name>
    <message>
        <source>reach</source>
        <translation>Erreichen</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>ProfileExchange</name>
    <message>
        <source>&quot;%1&quot; stands in for a secret and was not stored: enter the real one</source>
        <translation>„%1“ steht für ein Geheimnis und wurde nicht gespeichert: geben Sie das echte ein</translation>
    </message>
</context>
<context>
    <name>ProfileLibrary</name>
    <message>
        <source>the secrets could not be stored, so nothing was saved (%1)</source>
        <translation>die Geheimnisse konnten nicht gespeichert werden, daher wurde nichts gespeichert (%1)</translation>
    </message>
    <message>
        <source>another profile is already called &quot;%1&quot;</source>
        <translation>ein anderes Profil heißt schon „%1“</translation>
    </message>
    <message>
        <source>the secrets could not be removed from %1 (%2); the profile was kept</source>
        <translation>die Geheimnisse konnten nicht aus %1 entfernt werden (%2); das Profil wurde behalten</translation>
    </message>
    <message>
        <source>%1 is not a profile or an integration body: %2</source>
        <translation>%1 ist weder ein Profil noch ein Integrationsinhalt: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 answered late and stored %2 after the save had given up on it; it was removed again. Save the profile again to keep it.</source>
        <translation>%1 hat verspätet geantwortet und %2 doch noch gespeichert, nachdem das Speichern es schon aufgegeben hatte; es wurde wieder entfernt. Speichern Sie das Profil erneut, um es zu behalten.</translation>
    </message>
    <message>
        <source>%1 answered late and stored %2 after the save had given up on it, and would not remove it (%3).</source>
        <translation>%1 hat verspätet geantwortet und %2 doch noch gespeichert, nachdem das Speichern es schon aufgegeben hatte, und wollte es nicht entfernen (%3).</translation>
    </message>
    <message>
        <source>the history could not be removed (%1); the profile was kept</source>
        <translation>der Verlauf konnte nicht entfernt werden (%1); das Profil wurde behalten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the old file is damaged and could not be backed up to %1</source>
        <translation>die alte Datei ist beschädigt und konnte nicht nach %1 gesichert werden</translation>
    </message>
    <message>
        <source>its id &quot;%1&quot; is not one this app gives</source>
        <translation>seine ID „%1“ ist keine, die diese App vergibt</translation>
    </message>
    <message>
        <source>its id does not match the file&apos;s name, so it could share keychain entries with another profile</source>
        <translation>seine ID passt nicht zum Dateinamen, daher könnte es Schlüsselbund-Einträge mit einem anderen Profil teilen</translation>
    </message>
    <message>
        <source>no profile has the id &quot;%1&quot;</source>
        <translation>kein Profil hat die ID „%1“</translation>
    </message>
    <message>
        <source>the profile&apos;s id &quot;%1&quot; is not one this app gives</source>
        <translation>die ID „%1“ des Profils ist keine, die diese App vergibt</translation>
    </message>
    <message>
        <source>another program keeps the profile locked (%1)</source>
        <translation>ein anderes Programm hält das Profil gesperrt (%1)</translation>
    </message>
    <message>
        <source>another program saved this profile since it was read here (revision %1 on disk, %2 here); nothing was overwritten. Open it again, or save under another name.</source>
        <translation>ein anderes Programm hat dieses Profil gespeichert, seit es hier gelesen wurde (Revision %1 auf der Platte, %2 hier); nichts wurde überschrieben. Öffnen Sie es erneut oder speichern Sie es unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>cannot write in %1 (read-only, or no space left?)</source>
        <translation>in %1 kann nicht geschrieben werden (schreibgeschützt oder kein Platz mehr?)</translation>
    </message>
    <message>
        <source>%1 could not be created; the profiles stay in %2</source>
        <translation>%1 konnte nicht angelegt werden; die Profile bleiben in %2</translation>
    </message>
    <message>
        <source>%1 was left in %2: a different file of that name is in %3</source>
        <translation>%1 blieb in %2: In %3 liegt eine andere Datei dieses Namens</translation>
    </message>
    <message>
        <source>%1 could not be moved from %2 to %3</source>
        <translation>%1 konnte nicht von %2 nach %3 verschoben werden</translation>
    </message>
    <message>
        <source>the file is larger than a profile can be</source>
        <translation>die Datei ist größer, als ein Profil sein kann</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>kein gültiges JSON: %1 bei Zeichen %2</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Switch between saved profiles</source>
        <translation>Zwischen gespeicherten Profilen wechseln</translation>
    </message>
    <message>
        <source>Switch profiles anyway?</source>
        <translation>Trotzdem das Profil wechseln?</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Duplicate...</source>
        <translation>&amp;Duplizieren …</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Export without secrets...</source>
        <translation>Ohne Geheimnisse &amp;exportieren …</translation>
    </message>
    <message>
        <source>(not saved as a profile)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (beschädigt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. The file is kept as it is.</source>
        <translation>%1 kann nicht gelesen werden: %2. Die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Cannot open the profile</source>
        <translation>Das Profil kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>Das Profil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot rename the profile</source>
        <translation>Das Profil kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Cannot delete the profile</source>
        <translation>Das Profil kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy (secrets are copied too):</source>
        <translation>Name der Kopie (Geheimnisse werden mitkopiert):</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Profil löschen?</translation>
    </message>
    <message>
        <source>Import a profile anyway?</source>
        <translation>Trotzdem ein Profil importieren?</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export profile without secrets</source>
        <translation>Profil ohne Geheimnisse exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Galileo at %1</source>
        <translation>Galileo unter %1</translation>
    </message>
    <message>
        <source>trusting the CA file %1</source>
        <translation>mit Vertrauen in die CA-Datei %1</translation>
    </message>
    <message>
        <source>sending the API key in the header %1</source>
        <translation>mit dem API-Schlüssel im Header %1</translation>
    </message>
    <message>
        <source>Use the imported connection?</source>
        <translation>Importierte Verbindung verwenden?</translation>
    </message>
    <message>
        <source>The imported profile points elsewhere than your connection:</source>
        <translation>Das importierte Profil zeigt woandershin als Ihre Verbindung:</translation>
    </message>
    <message>
        <source>Your Galileo credentials would be sent there. Use it only if you know and trust where the file came from.</source>
        <translation>Ihre Galileo-Zugangsdaten würden dorthin gesendet. Verwenden Sie sie nur, wenn Sie wissen und darauf vertrauen, woher die Datei stammt.</translation>
    </message>
    <message>
        <source>&amp;Use the imported connection</source>
        <translation>Importierte Verbindung &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Keep my connection</source>
        <translation>Meine Verbindung &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>To keep them, save again and create the keyring when asked, or create one in the desktop&apos;s password manager (Passwords and Keys, KWalletManager).</source>
        <translation>Um sie zu behalten, speichern Sie erneut und legen Sie den Schlüsselbund an, wenn danach gefragt wird, oder legen Sie einen in der Passwortverwaltung des Desktops an (Passwörter und Schlüssel, KWalletManager).</translation>
    </message>
    <message>
        <source>To keep them, run and unlock a Secret Service: gnome-keyring (&lt;tt&gt;apt install gnome-keyring&lt;/tt&gt;, then log in again) or KWallet.</source>
        <translation>Um sie zu behalten, starten und entsperren Sie einen Secret Service: gnome-keyring (&lt;tt&gt;apt install gnome-keyring&lt;/tt&gt;, dann neu anmelden) oder KWallet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain cannot be used:&lt;/b&gt; %1&lt;br&gt;Secrets you type are used for this session only and are not saved anywhere. %2</source>
        <translation>&lt;b&gt;Der Schlüsselbund ist nicht nutzbar:&lt;/b&gt; %1&lt;br&gt;Eingegebene Geheimnisse gelten nur für diese Sitzung und werden nirgends gespeichert. %2</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Trotzdem schließen?</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list: the first parts, then the last</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Changes to %1 are not saved in any profile.</source>
        <translation>Änderungen an %1 sind in keinem Profil gespeichert.</translation>
    </message>
    <message>
        <source>Changes to %1 are not saved in the profile &quot;%2&quot;.</source>
        <translation>Änderungen an %1 sind nicht im Profil „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>&amp;Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>&amp;Save as profile...</source>
        <translation>Als Profil &amp;speichern …</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;, its secrets in the keychain and its history of applies? The integration on Galileo is not touched.</source>
        <translation>„%1“ löschen, samt seinen Geheimnissen im Schlüsselbund und seinem Verlauf der Übermittlungen? Die Integration bei Galileo bleibt unberührt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not a Galileo Integrations profile</source>
        <translation>kein Profil von Galileo Integrations</translation>
    </message>
    <message>
        <source>the profile has no id or no name</source>
        <translation>das Profil hat keine ID oder keinen Namen</translation>
    </message>
    <message>
        <source>the profile is damaged at %1</source>
        <translation>das Profil ist beschädigt bei %1</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <source>Show secre&amp;ts</source>
        <translation>Geheimnisse &amp;zeigen</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>Secrets are masked so that a screenshot or screen share shows none</source>
        <translation>Geheimnisse sind maskiert, damit ein Bildschirmfoto oder eine Bildschirmfreigabe keine zeigt</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Cop&amp;y ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Integration ID</source>
        <translation>Integrations-ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Stored integration</source>
        <translation>Gespeicherte Integration</translation>
    </message>
    <message>
        <source>Nothing submitted yet.</source>
        <translation>Noch nichts übermittelt.</translation>
    </message>
    <message>
        <source>Submitting...</source>
        <translation>Übermittle …</translation>
    </message>
    <message>
        <source>The answer began: %1</source>
        <translation>Die Antwort begann mit: %1</translation>
    </message>
    <message>
        <source>HTTP %1, %2 ms, attempts: %3</source>
        <translation>HTTP %1, %2 ms, Versuche: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
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
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>May %1</source>
        <translation>Recht „%1“</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Submit (%1) sends the form to Galileo; the answer shows here.</source>
        <translation>Übermitteln (%1) sendet das Formular an Galileo; die Antwort erscheint hier.</translation>
    </message>
</context>
<context>
    <name>RowTableEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Eine Zeile hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Die gewählten Zeilen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the row up (Alt+Up)</source>
        <translation>Die Zeile nach oben schieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the row down (Alt+Down)</source>
        <translation>Die Zeile nach unten schieben (Alt+Runter)</translation>
    </message>
</context>
<context>
    <name>SchemaDrift</name>
    <message>
        <source>this cluster&apos;s schema has no such field: Galileo there would drop it without a word. Leave it out, or update Galileo</source>
        <translation>das Schema dieses Clusters kennt dieses Feld nicht: Galileo würde es dort stillschweigend verwerfen. Lassen Sie es weg oder aktualisieren Sie Galileo</translation>
    </message>
    <message>
        <source>The OpenAPI document has no CustomIntegrationCreate schema.</source>
        <translation>Das OpenAPI-Dokument hat kein Schema CustomIntegrationCreate.</translation>
    </message>
    <message>
        <source>Field drift unknown: %1</source>
        <translation>Feldabweichung unbekannt: %1</translation>
    </message>
    <message>
        <source>The same fields as this app (%1).</source>
        <translation>Dieselben Felder wie diese App (%1).</translation>
    </message>
    <message>
        <source>Fields only on the server: %1; only in this app: %2 (%3).</source>
        <translation>Felder nur auf dem Server: %1; nur in dieser App: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: known to the server, not to this app</source>
        <translation>%1: dem Server bekannt, dieser App nicht</translation>
    </message>
    <message>
        <source>%1: known to the server, not to this app (it can be set under Other fields)</source>
        <translation>%1: dem Server bekannt, dieser App nicht (es lässt sich unter Weitere Felder setzen)</translation>
    </message>
    <message>
        <source>... and %1 more known only to the server</source>
        <translation>… und %1 weitere, die nur der Server kennt</translation>
    </message>
    <message>
        <source>%1: sent by this app, unknown to the server (an older Galileo drops it)</source>
        <translation>%1: von dieser App gesendet, dem Server unbekannt (ein älteres Galileo verwirft es)</translation>
    </message>
</context>
<context>
    <name>SecretFingerprints</name>
    <message>
        <source>The fingerprint key in %1 is damaged; remove the entry &quot;%2&quot; and a new one is made.</source>
        <translation>Der Fingerabdruck-Schlüssel in %1 ist beschädigt; entfernen Sie den Eintrag „%2“, dann wird ein neuer angelegt.</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Show or hide the secret</source>
        <translation>Das Geheimnis zeigen oder verbergen</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
</context>
<context>
    <name>StoredIntegration</name>
    <message>
        <source>the answer lacks the stored integration&apos;s %1</source>
        <translation>der Antwort fehlt bei der gespeicherten Integration %1</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>Another request to Galileo is running.</source>
        <translation>Eine andere Anfrage an Galileo läuft.</translation>
    </message>
    <message>
        <source>Integration name: %1</source>
        <translation>Integrationsname: %1</translation>
    </message>
    <message>
        <source>no keychain to keep the key in</source>
        <translation>kein Schlüsselbund, in dem der Schlüssel aufbewahrt werden kann</translation>
    </message>
    <message>
        <source>the keychain did not give the fingerprint key in time</source>
        <translation>der Schlüsselbund hat den Fingerabdruck-Schlüssel nicht rechtzeitig geliefert</translation>
    </message>
    <message>
        <source>the history could not record the apply: %1</source>
        <translation>der Verlauf konnte die Übermittlung nicht festhalten: %1</translation>
    </message>
</context>
<context>
    <name>ValidationIssue</name>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
</context>
</TS>
