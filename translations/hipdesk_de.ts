<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>App</name>
        <message>
            <location filename="../hipdesk/app.py" line="+212" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restart hipdesk to use the new language.</source>
            <translation>Starte hipdesk neu, um die neue Sprache zu verwenden.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Start hipdesk in the tray when you log in</source>
            <translation>hipdesk beim Anmelden im Infobereich starten</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The desktop did not allow starting at login.</source>
            <translation>Die Arbeitsumgebung hat den Start beim Anmelden nicht erlaubt.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Data folder copied</source>
            <translation>Datenordner kopiert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your journal was copied to {folder}. hipdesk was started with --data-dir or HIPDESK_DATA_DIR, so start it with that folder from now on.</source>
            <translation>Dein Tagebuch wurde nach {folder} kopiert. hipdesk wurde mit --data-dir oder HIPDESK_DATA_DIR gestartet; starte es künftig mit diesem Ordner.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Data folder moved</source>
            <translation>Datenordner verschoben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hipdesk now keeps your journal in {folder} and restarts. The old folder was left untouched; delete it once you have checked the new one.</source>
            <translation>hipdesk bewahrt dein Tagebuch jetzt in {folder} auf und startet neu. Der alte Ordner bleibt unverändert; lösche ihn, sobald du den neuen geprüft hast.</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <location filename="../hipdesk/ui/trends_charts.py" line="+178" />
            <source>your start ±2 points</source>
            <translation>dein Ausgangswert ±2 Punkte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>30 % lower</source>
            <translation>30 % niedriger</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Back pain per day (0–10)</source>
            <translation>Rückenschmerz pro Tag (0–10)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>7-day mean</source>
            <translation>7-Tage-Mittelwert</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Sitting hours per day</source>
            <translation>Sitzstunden pro Tag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>longest stretch (h)</source>
            <translation>längster Abschnitt (h)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Breaks taken</source>
            <translation>Pausen gemacht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>skipped</source>
            <translation>ausgelassen</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Routine minutes per day</source>
            <translation>Routine-Minuten pro Tag</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Function (PSFS) weekly mean, 0–10 (higher is better)</source>
            <translation>Funktion (PSFS), Wochenmittel, 0–10 (höher ist besser)</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <location filename="../hipdesk/ui/player/countdown.py" line="+36" />
            <source>Time left</source>
            <translation>Verbleibende Zeit</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{seconds} seconds left</source>
            <translation>noch {seconds} Sekunden</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
    </context>
    <context>
        <name>DataCard</name>
        <message>
            <location filename="../hipdesk/ui/settings_data.py" line="+107" />
            <source>Your data</source>
            <translation>Deine Daten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Your journal, settings and backups are kept here, on this computer only. Move… copies them to another folder, checks the copy and switches to it.</source>
            <translation>Dein Tagebuch, deine Einstellungen und Sicherungen liegen hier, nur auf diesem Computer. „Verschieben …“ kopiert sie in einen anderen Ordner, prüft die Kopie und wechselt dorthin.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Data folder path</source>
            <translation>Pfad des Datenordners</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the data folder in your file manager</source>
            <translation>Den Datenordner im Dateimanager zeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open data folder</source>
            <translation>Datenordner öffnen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move…</source>
            <translation>Verschieben …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy your data to another folder, check it and use it</source>
            <translation>Deine Daten in einen anderen Ordner kopieren, prüfen und verwenden</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+140" />
            <source>Move data folder</source>
            <translation>Datenordner verschieben</translation>
        </message>
        <message>
            <location line="-135" />
            <source>Backups (one a day, the last 7 kept)</source>
            <translation>Sicherungen (eine pro Tag, die letzten 7 bleiben)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restore selected backup…</source>
            <translation>Gewählte Sicherung wiederherstellen …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export journal (JSON)…</source>
            <translation>Tagebuch exportieren (JSON) …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export tables (CSV)…</source>
            <translation>Tabellen exportieren (CSV) …</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One CSV file per table, for a spreadsheet</source>
            <translation>Eine CSV-Datei pro Tabelle, für eine Tabellenkalkulation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import journal (JSON)…</source>
            <translation>Tagebuch importieren (JSON) …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset settings to defaults…</source>
            <translation>Einstellungen zurücksetzen …</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Data status</source>
            <translation>Datenstatus</translation>
        </message>
        <message>
            <location line="+34" />
            <source>No backups yet: the first is made when the journal opens.</source>
            <translation>Noch keine Sicherungen: Die erste entsteht, wenn das Tagebuch geöffnet wird.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Choose a backup from the list first.</source>
            <translation>Wähle zuerst eine Sicherung aus der Liste.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restore the backup {name}? Entries made since then will not be in the restored journal; the current journal is kept aside, not deleted.</source>
            <translation>Die Sicherung {name} wiederherstellen? Einträge, die seitdem entstanden sind, fehlen im wiederhergestellten Tagebuch; das aktuelle Tagebuch wird beiseitegelegt, nicht gelöscht.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restore backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Importing {name}…</source>
            <translation>{name} wird importiert …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exporting {name}…</source>
            <translation>{name} wird exportiert …</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Copy your journal, backups and settings to {target}? After the copy is checked hipdesk uses the new folder. The current folder is left as it is.</source>
            <translation>Dein Tagebuch, deine Sicherungen und Einstellungen nach {target} kopieren? Nachdem die Kopie geprüft ist, verwendet hipdesk den neuen Ordner. Der bisherige Ordner bleibt, wie er ist.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Moving your data to {target}…</source>
            <translation>Deine Daten werden nach {target} verschoben …</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Not moved: an entry was saved while copying. Nothing was switched; try again.</source>
            <translation>Nicht verschoben: Während des Kopierens wurde ein Eintrag gespeichert. Es wurde nichts umgestellt; versuch es noch einmal.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Moved {rows} journal rows and {files} other files to {target} and checked them; hipdesk now uses that folder. The old folder {old} was left untouched: you can delete it once you have checked your entries here.</source>
            <translation>{rows} Tagebuchzeilen und {files} weitere Dateien nach {target} verschoben und geprüft; hipdesk verwendet jetzt diesen Ordner. Der alte Ordner {old} bleibt unverändert: Du kannst ihn löschen, sobald du deine Einträge hier geprüft hast.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cancelling…</source>
            <translation>Wird abgebrochen …</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Reset settings</source>
            <translation>Einstellungen zurücksetzen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put every break, hours, quiet, sound and appearance setting back to its default? Your journal is not touched.</source>
            <translation>Alle Einstellungen zu Pausen, Arbeitszeiten, Ruhezeiten, Ton und Aussehen auf die Standardwerte zurücksetzen? Dein Tagebuch bleibt unberührt.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Settings are back to their defaults.</source>
            <translation>Die Einstellungen sind wieder auf den Standardwerten.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export journal</source>
            <translation>Tagebuch exportieren</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export CSV files to</source>
            <translation>CSV-Dateien exportieren nach</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Move your data to (an empty or new folder)</source>
            <translation>Daten verschieben nach (ein leerer oder neuer Ordner)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import journal</source>
            <translation>Tagebuch importieren</translation>
        </message>
    </context>
    <context>
        <name>DataMove</name>
        <message>
            <location filename="../hipdesk/ui/data_move.py" line="+78" />
            <source>That folder cannot be used ({error}).</source>
            <translation>Dieser Ordner kann nicht verwendet werden ({error}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That is the current data folder; choose another one.</source>
            <translation>Das ist der aktuelle Datenordner; wähle einen anderen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That folder is inside the current data folder; choose one outside it.</source>
            <translation>Dieser Ordner liegt im aktuellen Datenordner; wähle einen außerhalb davon.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{target} is a file, not a folder.</source>
            <translation>{target} ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{target} is not empty; choose an empty or new folder.</source>
            <translation>{target} ist nicht leer; wähle einen leeren oder neuen Ordner.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{target} cannot be read ({error}).</source>
            <translation>{target} kann nicht gelesen werden ({error}).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{target} cannot be created: {folder} is not a folder.</source>
            <translation>{target} kann nicht angelegt werden: {folder} ist kein Ordner.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{folder} is not writable ({error}).</source>
            <translation>In {folder} kann nicht geschrieben werden ({error}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not enough free space at {folder}: {free} MB free, {needed} MB needed.</source>
            <translation>Nicht genug freier Speicherplatz in {folder}: {free} MB frei, {needed} MB nötig.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the copied journal failed its integrity check ({result})</source>
            <translation>das kopierte Tagebuch hat die Integritätsprüfung nicht bestanden ({result})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the copied journal has different row counts ({tables})</source>
            <translation>das kopierte Tagebuch hat abweichende Zeilenzahlen ({tables})</translation>
        </message>
        <message>
            <location line="+47" />
            <source>{file} was not copied correctly</source>
            <translation>{file} wurde nicht richtig kopiert</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Move cancelled; nothing was changed.</source>
            <translation>Verschieben abgebrochen; es wurde nichts geändert.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not moved: {error}. The current folder is unchanged.</source>
            <translation>Nicht verschoben: {error}. Der aktuelle Ordner ist unverändert.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Preparing {target}…</source>
            <translation>{target} wird vorbereitet …</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Copying the journal…</source>
            <translation>Das Tagebuch wird kopiert …</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the journal could not be copied ({error})</source>
            <translation>das Tagebuch konnte nicht kopiert werden ({error})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checking the copy…</source>
            <translation>Die Kopie wird geprüft …</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copying backups and settings…</source>
            <translation>Sicherungen und Einstellungen werden kopiert …</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copied and checked {rows} journal rows and {files} other files.</source>
            <translation>{rows} Tagebuchzeilen und {files} weitere Dateien kopiert und geprüft.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../hipdesk/ui/settings_data.py" line="-218" />
            <location filename="../hipdesk/app.py" line="+162" />
            <source>dd MMM yyyy, HH:mm</source>
            <translation>dd. MMM yyyy, HH:mm</translation>
        </message>
        <message>
            <location filename="../hipdesk/ui/journal_widgets.py" line="+147" />
            <source>dddd d MMMM yyyy</source>
            <translation>dddd, d. MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../hipdesk/ui/plan_card.py" line="+22" />
            <source>dddd dd MMMM</source>
            <translation>dddd, d. MMMM</translation>
        </message>
        <message>
            <location filename="../hipdesk/ui/journal_list.py" line="+213" />
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
    </context>
    <context>
        <name>DayChip</name>
        <message>
            <location filename="../hipdesk/ui/plan_card.py" line="+19" />
            <source>nothing yet</source>
            <translation>noch nichts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <location line="+0" />
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{day}: {state}, {done}</source>
            <translation>{day}: {state}, {done}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{date}: planned {planned}; done {done}</source>
            <translation>{date}: geplant {planned}; erledigt {done}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rest</source>
            <translation>Pause</translation>
        </message>
    </context>
    <context>
        <name>DrillCard</name>
        <message>
            <location filename="../hipdesk/ui/drills.py" line="+169" />
            <source>{drill} — open the drill</source>
            <translation>{drill} – Übung öffnen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{position} · {props} · {seconds} s</source>
            <translation>{position} · {props} · {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>DrillDetail</name>
        <message>
            <location line="+31" />
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to all drills</source>
            <translation>Zurück zu allen Übungen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to all drills (Esc)</source>
            <translation>Zurück zu allen Übungen (Esc)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>Practice this drill</source>
            <translation>Diese Übung üben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start this drill on its own</source>
            <translation>Diese Übung einzeln starten</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Side</source>
            <translation>Seitlich</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the side view</source>
            <translation>Seitenansicht zeigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Front</source>
            <translation>Vorne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the front view</source>
            <translation>Vorderansicht zeigen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the left side</source>
            <translation>Linke Seite zeigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the right side</source>
            <translation>Rechte Seite zeigen</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Stop rule</source>
            <translation>Stopp-Regel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How to do it</source>
            <translation>So geht’s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Easier</source>
            <translation>Leichter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Harder</source>
            <translation>Schwerer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take care</source>
            <translation>Achtung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop if</source>
            <translation>Hör auf, wenn</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{group} · {position} · {props} · {tempo} · about {seconds} s</source>
            <translation>{group} · {position} · {props} · {tempo} · etwa {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>DrillThumb</name>
        <message>
            <location line="-164" />
            <source>{drill} animation</source>
            <translation>Animation: {drill}</translation>
        </message>
    </context>
    <context>
        <name>Drills</name>
        <message>
            <location line="-68" />
            <source>Hip rotation</source>
            <extracomment>Holds in the looping previews (cards and detail) last this long, not the dose's 30–60 s. Words for the catalogue's fixed group, position and prop tokens (translated at use).</extracomment>
            <translation>Hüftrotation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hip flexors and extension</source>
            <translation>Hüftbeuger und Streckung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Squat and sit-to-stand</source>
            <translation>Kniebeuge und Aufstehen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bedtime gentle</source>
            <translation>Sanft vor dem Schlafen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Core stability</source>
            <translation>Rumpfstabilität</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Desk breaks</source>
            <translation>Pausen am Schreibtisch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Standing</source>
            <translation>Im Stehen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seated</source>
            <translation>Im Sitzen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supine</source>
            <translation>In Rückenlage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prone</source>
            <translation>In Bauchlage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kneeling</source>
            <translation>Im Knien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quadruped</source>
            <translation>Im Vierfüßlerstand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Side lying</source>
            <translation>In Seitenlage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Floor sitting</source>
            <translation>Auf dem Boden sitzend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chair</source>
            <translation>Stuhl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wall</source>
            <translation>Wand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mat</source>
            <translation>Matte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed</source>
            <translation>Bett</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Table</source>
            <translation>Tisch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pillow</source>
            <translation>Kissen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>chair</source>
            <extracomment>Props as they read inside a sentence ("chair, wall").</extracomment>
            <translation>Stuhl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>wall</source>
            <translation>Wand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mat</source>
            <translation>Matte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bed</source>
            <translation>Bett</translation>
        </message>
        <message>
            <location line="+1" />
            <source>table</source>
            <translation>Tisch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pillow</source>
            <translation>Kissen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no props</source>
            <translation>ohne Hilfsmittel</translation>
        </message>
    </context>
    <context>
        <name>DrillsBody</name>
        <message>
            <location line="+250" />
            <source>Search drills</source>
            <translation>Übungen suchen</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Search drills by name</source>
            <translation>Übungen nach Namen suchen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All groups</source>
            <translation>Alle Gruppen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Filter by group</source>
            <translation>Nach Gruppe filtern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All positions</source>
            <translation>Alle Positionen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Filter by position</source>
            <translation>Nach Position filtern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any props</source>
            <translation>Alle Hilfsmittel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Filter by props</source>
            <translation>Nach Hilfsmitteln filtern</translation>
        </message>
        <message>
            <location line="+37" />
            <source>No props</source>
            <translation>Ohne Hilfsmittel</translation>
        </message>
        <message>
            <location line="+34" />
            <source>No drills match these filters.</source>
            <translation>Keine Übung passt zu diesen Filtern.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} drills</source>
            <translation>{count} Übungen</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <location filename="../hipdesk/ui/journal_list.py" line="-130" />
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit entry at {time}</source>
            <translation>Eintrag von {time} bearbeiten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete entry at {time}</source>
            <translation>Eintrag von {time} löschen</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../hipdesk/ui/error_dialog.py" line="+53" />
            <source>hipdesk ran into a problem</source>
            <translation>hipdesk ist auf ein Problem gestoßen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Something unexpected went wrong. Entries you saw as “Saved” are safe in your journal. If you report this, please include the details below.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen. Einträge, die als „Gespeichert“ angezeigt wurden, sind sicher in deinem Tagebuch. Wenn du das meldest, füg bitte die Details unten bei.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Error report</source>
            <translation>Fehlerbericht</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy report</source>
            <translation>Bericht kopieren</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the report to the clipboard</source>
            <translation>Den Bericht in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
    </context>
    <context>
        <name>ExchangeWorker</name>
        <message>
            <location filename="../hipdesk/ui/exchange_worker.py" line="+154" />
            <source>Opening the journal…</source>
            <translation>Das Tagebuch wird geöffnet …</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Reading the journal…</source>
            <translation>Das Tagebuch wird gelesen …</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Writing {name}…</source>
            <translation>{name} wird geschrieben …</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+30" />
            <source>Finishing…</source>
            <translation>Wird abgeschlossen …</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Exported {rows} entries to {target}</source>
            <translation>{rows} Einträge nach {target} exportiert</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Writing CSV files to {name}…</source>
            <translation>CSV-Dateien werden nach {name} geschrieben …</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Exported {rows} entries as {files} CSV files to {folder}</source>
            <translation>{rows} Einträge als {files} CSV-Dateien nach {folder} exportiert</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Reading {name}…</source>
            <translation>{name} wird gelesen …</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Checking and importing…</source>
            <translation>Wird geprüft und importiert …</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Imported {added} entries; {skipped} were already here.</source>
            <translation>{added} Einträge importiert; {skipped} waren bereits vorhanden.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> {count} settings were applied.</source>
            <translation> {count} Einstellungen wurden übernommen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> (Cancel came after the import was saved.)</source>
            <translation> (Der Abbruch kam erst, nachdem der Import gespeichert war.)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Import cancelled; nothing was imported.</source>
            <translation>Import abgebrochen; es wurde nichts importiert.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export cancelled; no file was written.</source>
            <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Nothing was imported</source>
            <translation>Es wurde nichts importiert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not exported</source>
            <translation>Nicht exportiert</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} is not valid JSON (line {line})</source>
            <translation>{name} ist kein gültiges JSON (Zeile {line})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is not UTF-8 text</source>
            <translation>{name} ist kein UTF-8-Text</translation>
        </message>
        <message>
            <location line="+10" />
            <source>unexpected error ({error}); details are in the log</source>
            <translation>unerwarteter Fehler ({error}); Details stehen im Protokoll</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{lead}: {detail}</source>
            <translation>{lead}: {detail}</translation>
        </message>
    </context>
    <context>
        <name>FigureView</name>
        <message>
            <location filename="../hipdesk/ui/figure_view.py" line="+83" />
            <source>Left leg</source>
            <extracomment>Phases of the routine player in which the figure only previews the pose (no arrow).</extracomment>
            <translation>Linkes Bein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Right leg</source>
            <translation>Rechtes Bein</translation>
        </message>
        <message>
            <location line="+178" />
            <source>{drill}, left leg</source>
            <translation>{drill}, linkes Bein</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{drill}, right leg</source>
            <translation>{drill}, rechtes Bein</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <location filename="../hipdesk/ui/onboarding_pages.py" line="+322" />
            <source>Find hipdesk in the tray</source>
            <translation>hipdesk im Infobereich finden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>hipdesk keeps running in the system tray (the notification area): usually the top-right corner on Linux desktops, next to the clock at the bottom right on Windows (perhaps under the ^ arrow), and the menu bar on macOS. Its icon is a ring that fills as your sitting stretch nears break time.</source>
            <translation>hipdesk läuft im Infobereich (Systemabschnitt der Taskleiste) weiter: unter Linux meist oben rechts, unter Windows unten rechts neben der Uhr (eventuell unter dem Pfeil ^) und unter macOS in der Menüleiste. Sein Symbol ist ein Ring, der sich füllt, je näher dein Sitzabschnitt der Pausenzeit kommt.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Click it for Start desk break, Log pain…, Pause reminders and Open hipdesk. Closing this window keeps hipdesk running; Quit in the tray menu stops it.</source>
            <translation>Klick darauf für „Schreibtischpause starten“, „Schmerz eintragen …“, „Erinnerungen pausieren“ und „hipdesk öffnen“. Wenn du dieses Fenster schließt, läuft hipdesk weiter; „Beenden“ im Menü des Infobereichs beendet es.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This desktop shows no tray icons (plain GNOME, for example). The AppIndicator extension adds a tray. Until then hipdesk prompts you through notifications or a small window in a corner of the screen.</source>
            <translation>Diese Arbeitsumgebung zeigt keine Symbole im Infobereich (zum Beispiel ein unverändertes GNOME). Die Erweiterung AppIndicator ergänzt einen Infobereich. Bis dahin meldet sich hipdesk über Benachrichtigungen oder ein kleines Fenster in einer Bildschirmecke.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opening hipdesk</source>
            <translation>hipdesk öffnen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose Open hipdesk in the tray menu, or start hipdesk from your applications menu. Help (F1) explains the rest.</source>
            <translation>Wähle „hipdesk öffnen“ im Menü des Infobereichs oder starte hipdesk über dein Anwendungsmenü. Die Hilfe (F1) erklärt den Rest.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Start-up</source>
            <translation>Start</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Start hipdesk when I log in</source>
            <translation>hipdesk bei der Anmeldung starten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Break prompts only work while hipdesk is running.</source>
            <translation>Pausenhinweise gibt es nur, solange hipdesk läuft.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Press Finish (Enter) to begin. You can change all of this in Settings.</source>
            <translation>Drück „Fertig“ (Eingabetaste), um zu beginnen. Du kannst all das in den Einstellungen ändern.</translation>
        </message>
    </context>
    <context>
        <name>HelpBody</name>
        <message>
            <location filename="../hipdesk/ui/help.py" line="+24" />
            <source>Go to Today, Routines, Drills, Journal, Trends, Settings, Help</source>
            <translation>Zu Heute, Routinen, Übungen, Tagebuch, Verlauf, Einstellungen, Hilfe wechseln</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open this help page</source>
            <translation>Diese Hilfeseite öffnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>0–9, 1 then 0</source>
            <translation>0–9, 1 dann 0</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set a pain score directly on any 0–10 scale</source>
            <translation>Einen Schmerzwert direkt auf jeder 0–10-Skala setzen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save a pain entry</source>
            <translation>Einen Schmerzeintrag speichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo a deletion while its notice is showing</source>
            <translation>Ein Löschen rückgängig machen, solange der Hinweis zu sehen ist</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count a stand, or start and stop the stopwatch, in the self-checks</source>
            <translation>In den Selbsttests ein Aufstehen zählen oder die Stoppuhr starten und anhalten</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quit hipdesk</source>
            <translation>hipdesk beenden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>hipdesk counts sitting from your keyboard and mouse activity, read from the desktop's idle time. Short pauses for reading or thinking stay part of the same stretch. Being idle for the natural-break time (3 minutes unless you change it) counts as a break: the stretch ends at your last input and the idle time is not counted. Locking the screen or putting the computer to sleep always ends a stretch. Where the desktop cannot report idle time, hipdesk says so and counts sitting only while the session is unlocked and awake; those figures are marked as estimated.</source>
            <translation>hipdesk zählt das Sitzen anhand deiner Tastatur- und Mausaktivität, die es aus der Leerlaufzeit der Arbeitsumgebung liest. Kurze Pausen zum Lesen oder Nachdenken gehören zum selben Sitzabschnitt. Bist du für die Dauer einer natürlichen Pause inaktiv (3 Minuten, sofern du es nicht änderst), zählt das als Pause: Der Abschnitt endet mit deiner letzten Eingabe, und die Ruhezeit wird nicht mitgezählt. Das Sperren des Bildschirms oder der Ruhezustand beendet einen Abschnitt immer. Wo die Arbeitsumgebung keine Leerlaufzeit melden kann, sagt hipdesk das und zählt das Sitzen nur, solange die Sitzung entsperrt und aktiv ist; diese Werte sind als geschätzt markiert.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Everything you record stays on this computer, in the data folder shown below. hipdesk has no account and makes no network connections. You can export the whole journal at any time (Settings → Export) and delete the folder to remove it.</source>
            <translation>Alles, was du einträgst, bleibt auf diesem Computer, im unten gezeigten Datenordner. hipdesk hat kein Konto und baut keine Netzwerkverbindungen auf. Du kannst das ganze Tagebuch jederzeit exportieren (Einstellungen → Exportieren) und den Ordner löschen, um es zu entfernen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>hipdesk helps you notice long sitting, take short hip and core breaks, and keep a private journal of how your back feels. It offers general wellness guidance only and does not diagnose anything or replace a health professional.</source>
            <translation>hipdesk hilft dir, langes Sitzen zu bemerken, kurze Pausen für Hüfte und Rumpf einzulegen und ein privates Tagebuch darüber zu führen, wie sich dein Rücken anfühlt. Es bietet nur allgemeine Hinweise für das Wohlbefinden, stellt keine Diagnosen und ersetzt keine medizinische Fachkraft.</translation>
        </message>
        <message>
            <location line="+46" />
            <location line="+3" />
            <source>When to seek help</source>
            <translation>Wann du Hilfe suchen solltest</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How hipdesk measures sitting</source>
            <translation>Wie hipdesk das Sitzen misst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Privacy</source>
            <translation>Datenschutz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About hipdesk</source>
            <translation>Über hipdesk</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Your files</source>
            <translation>Deine Dateien</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log file</source>
            <translation>Protokolldatei</translation>
        </message>
        <message>
            <location line="+22" />
            <source>If you notice any of these, stop the exercises and get checked.</source>
            <translation>Wenn du etwas davon bemerkst, hör mit den Übungen auf und lass dich untersuchen.</translation>
        </message>
    </context>
    <context>
        <name>HoursEditor</name>
        <message>
            <location filename="../hipdesk/ui/hours_editor.py" line="+19" />
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <location line="+39" />
            <source>, range {number}</source>
            <translation>, Zeitraum {number}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>no prompts (e.g. 09:00-12:00, 13:00-17:30)</source>
            <translation>keine Hinweise (z. B. 09:00-12:00, 13:00-17:30)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} working hours</source>
            <translation>Arbeitszeiten am {day}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One or more ranges, separated by commas; empty for a day off</source>
            <translation>Ein oder mehrere Zeiträume, durch Kommas getrennt; leer für einen freien Tag</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy Monday to Tuesday–Friday</source>
            <translation>Montag auf Dienstag–Freitag übertragen</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <location filename="../hipdesk/ui/onboarding_pages.py" line="-127" />
            <source>Working hours</source>
            <translation>Arbeitszeiten</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Break prompts appear only inside these hours. Type one or more ranges a day, such as 09:00-12:00, 13:00-17:30; leave a day empty for no prompts.</source>
            <translation>Pausenhinweise erscheinen nur innerhalb dieser Zeiten. Gib pro Tag einen oder mehrere Zeiträume ein, etwa 09:00-12:00, 13:00-17:30; lass einen Tag leer, wenn es keine Hinweise geben soll.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sitting before a break</source>
            <translation>Sitzen bis zur Pause</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Suggest a break after</source>
            <translation>Pause vorschlagen nach</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sitting minutes before a break</source>
            <translation>Sitzminuten bis zur Pause</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Between 20 and 90 minutes; 30 suits most people. A stretch of sitting is counted from your keyboard and mouse activity and ends with any pause of 3 minutes or more.</source>
            <translation>Zwischen 20 und 90 Minuten; 30 passt für die meisten. Ein Sitzabschnitt wird anhand deiner Tastatur- und Mausaktivität gezählt und endet mit jeder Unterbrechung von 3 Minuten oder mehr.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{value} min is outside the range: choose between 20 and 90 minutes.</source>
            <translation>{value} min liegt außerhalb des Bereichs: Wähle zwischen 20 und 90 Minuten.</translation>
        </message>
    </context>
    <context>
        <name>JournalBody</name>
        <message>
            <location filename="../hipdesk/ui/journal.py" line="+37" />
            <location line="+1" />
            <source>Journal sections</source>
            <translation>Tagebuch-Bereiche</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Log pain now</source>
            <translation>Schmerz jetzt eintragen</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Weekly function</source>
            <translation>Wöchentliche Funktion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Self-checks</source>
            <translation>Selbsttests</translation>
        </message>
    </context>
    <context>
        <name>JournalWidgets</name>
        <message>
            <location filename="../hipdesk/ui/journal_widgets.py" line="-119" />
            <source>The journal is not open yet. Try again in a moment.</source>
            <translation>Das Tagebuch ist noch nicht geöffnet. Versuch es gleich noch einmal.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Sacroiliac joint</source>
            <translation>Iliosakralgelenk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lower leg</source>
            <translation>Unterschenkel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hip</source>
            <translation>Hüfte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Groin</source>
            <translation>Leiste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buttock</source>
            <translation>Gesäß</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thigh</source>
            <translation>Oberschenkel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knee</source>
            <translation>Knie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foot</source>
            <translation>Fuß</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lower back</source>
            <translation>Unterer Rücken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mid back</source>
            <translation>Mittlerer Rücken</translation>
        </message>
        <message>
            <location line="+3" />
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <location line="+1" />
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{region} ({side})</source>
            <translation>{region} ({side})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New numbness or tingling in a leg</source>
            <translation>Neue Taubheit oder neues Kribbeln in einem Bein</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leg weakness</source>
            <translation>Schwäche im Bein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numbness between the legs (saddle area)</source>
            <translation>Taubheit zwischen den Beinen (Reithosenbereich)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change in bladder or bowel control</source>
            <translation>Veränderte Kontrolle über Blase oder Darm</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Today · {date}</source>
            <translation>Heute · {date}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not saved: {error}</source>
            <translation>Nicht gespeichert: {error}</translation>
        </message>
    </context>
    <context>
        <name>LazyPage</name>
        <message>
            <location filename="../hipdesk/ui/page.py" line="+85" />
            <source>Opening your journal…</source>
            <translation>Dein Tagebuch wird geöffnet …</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../hipdesk/ui/main_window.py" line="+56" />
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
    </context>
    <context>
        <name>NotifyText</name>
        <message>
            <location filename="../hipdesk/services/notify_text.py" line="+20" />
            <source>1 minute</source>
            <translation>1 Minute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{minutes} minutes</source>
            <translation>{minutes} Minuten</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Still sitting after {sitting} — {minutes}-minute hip break?</source>
            <translation>Immer noch am Sitzen nach {sitting} – Zeit für {minutes} Minuten Hüftpause?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You've been sitting {sitting} — {minutes}-minute hip break?</source>
            <translation>Du sitzt seit {sitting} – Zeit für {minutes} Minuten Hüftpause?</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A few easy moves at your desk, whenever you're ready.</source>
            <translation>Ein paar leichte Bewegungen am Schreibtisch, wann immer du bereit bist.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A few easy moves at your desk.</source>
            <translation>Ein paar leichte Bewegungen am Schreibtisch.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Snooze {minutes} min</source>
            <translation>{minutes} min später</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Skip</source>
            <translation>Auslassen</translation>
        </message>
    </context>
    <context>
        <name>OnboardingWizard</name>
        <message>
            <location filename="../hipdesk/ui/onboarding.py" line="+77" />
            <source>Set up hipdesk</source>
            <translation>hipdesk einrichten</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Set-up progress</source>
            <translation>Fortschritt der Einrichtung</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Skip set-up</source>
            <translation>Einrichtung überspringen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the defaults for the remaining steps (Esc)</source>
            <translation>Für die restlichen Schritte die Standardwerte behalten (Esc)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous step (Alt+B)</source>
            <translation>Vorheriger Schritt (Alt+Z)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+79" />
            <source>&amp;Next</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Step {step} of {steps}</source>
            <translation>Schritt {step} von {steps}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Finish</source>
            <translation>&amp;Fertig</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finish set-up (Enter)</source>
            <translation>Einrichtung abschließen (Eingabetaste)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next step (Enter)</source>
            <translation>Nächster Schritt (Eingabetaste)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Read this page and tick “I have read this” to go on.</source>
            <translation>Lies diese Seite und hak „Ich habe das gelesen“ an, um weiterzumachen.</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Set-up can be skipped once you have read this page.</source>
            <translation>Die Einrichtung kann übersprungen werden, sobald du diese Seite gelesen hast.</translation>
        </message>
    </context>
    <context>
        <name>PainCheck</name>
        <message>
            <location filename="../hipdesk/ui/player/pain_check.py" line="+67" />
            <source>Pain right now?</source>
            <translation>Schmerz gerade jetzt?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Before you start: how much back pain do you have?</source>
            <translation>Bevor du anfängst: Wie stark ist dein Rückenschmerz?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After the routine: how much back pain do you have?</source>
            <translation>Nach der Routine: Wie stark ist dein Rückenschmerz?</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Pain {value} of 10</source>
            <translation>Schmerz {value} von 10</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 then 0</source>
            <translation>1 dann 0</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pain {value} (key {key})</source>
            <translation>Schmerz {value} (Taste {key})</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip the pain question</source>
            <translation>Die Schmerzfrage überspringen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip (Esc or S)</source>
            <translation>Überspringen (Esc oder S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the pain rating and continue</source>
            <translation>Die Schmerzbewertung speichern und weitermachen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue (Enter)</source>
            <translation>Weiter (Eingabetaste)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type 0–10, Enter to continue, Esc to skip</source>
            <translation>Tippe 0–10, Eingabetaste zum Weitermachen, Esc zum Überspringen</translation>
        </message>
    </context>
    <context>
        <name>PainDialog</name>
        <message>
            <location filename="../hipdesk/ui/pain_form.py" line="+300" />
            <source>Log pain</source>
            <translation>Schmerz eintragen</translation>
        </message>
    </context>
    <context>
        <name>PainForm</name>
        <message>
            <location line="-212" />
            <source> (leave empty if none)</source>
            <translation> (leer lassen, wenn keine)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>More: leg pain, body areas, symptoms, note</source>
            <translation>Mehr: Beinschmerz, Körperbereiche, Symptome, Notiz</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show more fields</source>
            <translation>Weitere Felder zeigen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Where do you feel it?</source>
            <translation>Wo spürst du es?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any of these since your last entry?</source>
            <translation>Etwas davon seit deinem letzten Eintrag?</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Note (optional)</source>
            <translation>Notiz (optional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save pain entry</source>
            <translation>Schmerzeintrag speichern</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save (Enter on the scale, or Ctrl+Enter)</source>
            <translation>Speichern (Eingabetaste auf der Skala oder Strg+Eingabe)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save status</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{count} / {limit} characters</source>
            <translation>{count} / {limit} Zeichen</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Choose your back pain from 0 to 10 first (type a digit).</source>
            <translation>Wähle zuerst deinen Rückenschmerz von 0 bis 10 (tippe eine Ziffer).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The note is {count} characters long; at most {limit} fit.</source>
            <translation>Die Notiz ist {count} Zeichen lang; höchstens {limit} passen hinein.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Not saved: {error}</source>
            <translation>Nicht gespeichert: {error}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved at {time} · back {back}</source>
            <translation>Gespeichert um {time} · Rücken {back}</translation>
        </message>
    </context>
    <context>
        <name>PainList</name>
        <message>
            <location filename="../hipdesk/ui/journal_list.py" line="-46" />
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 3 months</source>
            <translation>Letzte 3 Monate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All entries</source>
            <translation>Alle Einträge</translation>
        </message>
        <message>
            <location line="+7" />
            <source>back {value}</source>
            <translation>Rücken {value}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>leg {value}</source>
            <translation>Bein {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>hip or groin discomfort</source>
            <translation>Beschwerden an Hüfte oder Leiste</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(safety guidance shown)</source>
            <translation>(Sicherheitshinweise angezeigt)</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only with hip or groin discomfort</source>
            <translation>Nur mit Beschwerden an Hüfte oder Leiste</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Search notes</source>
            <translation>Notizen durchsuchen</translation>
        </message>
        <message>
            <location line="+54" />
            <source>1 entry</source>
            <translation>1 Eintrag</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{count} entries</source>
            <translation>{count} Einträge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No pain entries here yet. Log today's pain above; entries appear here by day.</source>
            <translation>Hier gibt es noch keine Schmerzeinträge. Trag oben den heutigen Schmerz ein; die Einträge erscheinen hier nach Tagen geordnet.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Deleted the entry from {date}, {time}.</source>
            <translation>Eintrag vom {date}, {time} gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>PainPage</name>
        <message>
            <location filename="../hipdesk/ui/onboarding_pages.py" line="-119" />
            <source>Back pain right now (optional)</source>
            <translation>Rückenschmerz gerade jetzt (optional)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your ratings over the first week become your own starting point on the Trends page. Type a digit, then Enter to save it.</source>
            <translation>Deine Bewertungen aus der ersten Woche werden auf der Seite „Verlauf“ zu deinem eigenen Ausgangswert. Tippe eine Ziffer und dann die Eingabetaste, um sie zu speichern.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Everyday activities (optional)</source>
            <translation>Alltägliche Tätigkeiten (optional)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name 3 to 5 everyday activities that are hard because of your back or hips. Once a week hipdesk asks how able you are to do each one.</source>
            <translation>Nenne 3 bis 5 alltägliche Tätigkeiten, die dir wegen Rücken oder Hüften schwerfallen. Einmal pro Woche fragt hipdesk, wie gut du jede davon ausführen kannst.</translation>
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <location filename="../hipdesk/ui/journal_pain_scale.py" line="+31" />
            <source>Type 0–9, or 1 then 0 for 10; arrow keys step</source>
            <translation>Tippe 0–9 oder 1 und dann 0 für 10; Pfeiltasten ändern schrittweise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>; Delete clears</source>
            <translation>; Entf leert</translation>
        </message>
        <message>
            <location line="+14" />
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{value} of 10</source>
            <translation>{value} von 10</translation>
        </message>
    </context>
    <context>
        <name>PlanCard</name>
        <message>
            <location filename="../hipdesk/ui/plan_card.py" line="+11" />
            <source>A routine done on 1 day this week.</source>
            <translation>Diese Woche an 1 Tag eine Routine gemacht.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Routines done on {days} days this week.</source>
            <translation>Diese Woche an {days} Tagen Routinen gemacht.</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+82" />
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location line="-48" />
            <source>6-week plan</source>
            <translation>6-Wochen-Plan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A few minutes a day: gentle basics in week 1, then hip mobility daily and core work three days a week.</source>
            <translation>Ein paar Minuten am Tag: sanfte Grundlagen in Woche 1, danach täglich Hüftbeweglichkeit und an drei Tagen pro Woche Rumpftraining.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your plan starts on {date}.</source>
            <translation>Dein Plan beginnt am {date}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start the plan</source>
            <translation>Plan beginnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start the 6-week plan today</source>
            <translation>Den 6-Wochen-Plan heute beginnen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Week {week} of {weeks}</source>
            <translation>Woche {week} von {weeks}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan complete · repeating</source>
            <translation>Plan abgeschlossen · wird wiederholt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{week} · done for today</source>
            <translation>{week} · für heute erledigt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Optional: {routines}.</source>
            <translation>Optional: {routines}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rest is part of the plan.</source>
            <translation>Ruhe gehört zum Plan.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{week} · {routine} · {minutes} min</source>
            <translation>{week} · {routine} · {minutes} min</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An easy day instead of today's plan.</source>
            <translation>Ein leichter Tag statt des heutigen Plans.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also today: {routines}.</source>
            <translation>Heute außerdem: {routines}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start {routine}</source>
            <translation>{routine} starten</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Six weeks done: keep repeating weeks 2–6, or make one drill harder at a time (its “Harder” line on the Drills page).</source>
            <translation>Sechs Wochen geschafft: Wiederhole die Wochen 2–6 weiter oder mache jeweils eine Übung schwerer (ihre Zeile „Schwerer“ auf der Seite Übungen).</translation>
        </message>
    </context>
    <context>
        <name>PlayerController</name>
        <message>
            <location filename="../hipdesk/ui/player/controller.py" line="+48" />
            <source>Get ready</source>
            <translation>Mach dich bereit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go</source>
            <translation>Los</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+117" />
            <source>Get ready: {drill}</source>
            <translation>Mach dich bereit: {drill}</translation>
        </message>
    </context>
    <context>
        <name>PlayerWidget</name>
        <message>
            <location filename="../hipdesk/ui/player/player.py" line="+56" />
            <source>Get ready</source>
            <translation>Mach dich bereit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Breathe {word}…</source>
            <translation>{word}atmen …</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+4" />
            <source>{word}…</source>
            <translation>{word} …</translation>
        </message>
        <message>
            <location line="-1" />
            <source>and {word}</source>
            <translation>und {word}</translation>
        </message>
        <message>
            <location line="+147" />
            <source>Progress through the routine</source>
            <translation>Fortschritt der Routine</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cues</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Stop this routine? What you did so far is saved.</source>
            <translation>Diese Routine beenden? Was du bisher gemacht hast, ist gespeichert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Stop routine</source>
            <translation>Routine beenden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the routine now</source>
            <translation>Die Routine jetzt beenden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop (Enter)</source>
            <translation>Beenden (Eingabetaste)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <location line="+145" />
            <source>Keep going</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <location line="-144" />
            <source>Keep going (Esc)</source>
            <translation>Weitermachen (Esc)</translation>
        </message>
        <message>
            <location line="-83" />
            <location line="+163" />
            <source>Sound</source>
            <translation>Ton</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Muted</source>
            <translation>Stumm</translation>
        </message>
        <message>
            <location line="-162" />
            <location line="+163" />
            <source>Mute sound cues</source>
            <translation>Tonsignale stummschalten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Turn sound cues on</source>
            <translation>Tonsignale einschalten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sound cues are on: mute them (M)</source>
            <translation>Tonsignale sind an: stummschalten (M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sound cues are off: turn them on (M)</source>
            <translation>Tonsignale sind aus: einschalten (M)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <location line="-162" />
            <location line="+162" />
            <source>Fullscreen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave fullscreen (F)</source>
            <translation>Vollbild verlassen (F)</translation>
        </message>
        <message>
            <location line="-162" />
            <location line="+162" />
            <source>Fullscreen (F)</source>
            <translation>Vollbild (F)</translation>
        </message>
        <message>
            <location line="-210" />
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous drill</source>
            <translation>Vorherige Übung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous drill (←)</source>
            <translation>Vorherige Übung (←)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+16" />
            <source>10 s</source>
            <translation>10 s</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Ten seconds less</source>
            <translation>Zehn Sekunden weniger</translation>
        </message>
        <message>
            <location line="+1" />
            <source>10 s less (-)</source>
            <translation>10 s weniger (-)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Pause or resume (Space)</source>
            <translation>Pausieren oder fortsetzen (Leertaste)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ten seconds more</source>
            <translation>Zehn Sekunden mehr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>10 s more (+)</source>
            <translation>10 s mehr (+)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip drill</source>
            <translation>Übung überspringen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip to the next drill (→)</source>
            <translation>Zur nächsten Übung springen (→)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mute sound cues (M)</source>
            <translation>Tonsignale stummschalten (M)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Toggle fullscreen</source>
            <translation>Vollbild ein oder aus</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stop</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the routine</source>
            <translation>Die Routine beenden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop (Esc, asks first)</source>
            <translation>Beenden (Esc, fragt vorher nach)</translation>
        </message>
        <message>
            <location line="+190" />
            <source>Breath {rep} of {reps}</source>
            <translation>Atemzug {rep} von {reps}</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+68" />
            <source>Rep {rep} of {reps}</source>
            <translation>Wiederholung {rep} von {reps}</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set {set} of {sets}</source>
            <translation>Satz {set} von {sets}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Drill {step} of {steps}</source>
            <translation>Übung {step} von {steps}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Next: {drill} · {seconds} s</source>
            <translation>Als Nächstes: {drill} · {seconds} s</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Last drill</source>
            <translation>Letzte Übung</translation>
        </message>
        <message>
            <location line="+4" />
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <location line="+0" />
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rest · up next</source>
            <translation>Pause · als Nächstes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rest between sets</source>
            <translation>Pause zwischen den Sätzen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Left side</source>
            <translation>Linke Seite</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Right side</source>
            <translation>Rechte Seite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go</source>
            <translation>Los</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+1" />
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <location line="-306" />
            <location line="+1" />
            <location line="+304" />
            <location line="+1" />
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
    </context>
    <context>
        <name>PlayerWindow</name>
        <message>
            <location filename="../hipdesk/ui/player/window.py" line="+17" />
            <source>{routine} — hipdesk</source>
            <translation>{routine} – hipdesk</translation>
        </message>
    </context>
    <context>
        <name>PromptWindow</name>
        <message>
            <location filename="../hipdesk/ui/prompt_window.py" line="+32" />
            <source>Break prompt</source>
            <translation>Pausenhinweis</translation>
        </message>
        <message>
            <location line="+5" />
            <source>hipdesk break prompt</source>
            <translation>hipdesk-Pausenhinweis</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+83" />
            <source>S&amp;nooze {minutes} min</source>
            <translation>S&amp;päter ({minutes} min)</translation>
        </message>
        <message>
            <location line="-82" />
            <source>S&amp;kip</source>
            <translation>Aus&amp;lassen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Start break</source>
            <translation>Pause starten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start the 2-minute desk break now (Alt+S)</source>
            <translation>Die 2-minütige Schreibtischpause jetzt starten (Alt+S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Snooze</source>
            <translation>Später</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remind me again later (Alt+N)</source>
            <translation>Später noch einmal erinnern (Alt+P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip break</source>
            <translation>Pause auslassen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skip this break (Alt+K)</source>
            <translation>Diese Pause auslassen (Alt+L)</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Snooze {minutes} minutes</source>
            <translation>Um {minutes} Minuten verschieben</translation>
        </message>
    </context>
    <context>
        <name>PsfsPanel</name>
        <message>
            <location filename="../hipdesk/ui/psfs.py" line="+85" />
            <source>Save this week's scores</source>
            <translation>Werte dieser Woche speichern</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add an activity that is hard because of your back or hips</source>
            <translation>Füge eine Tätigkeit hinzu, die dir wegen Rücken oder Hüften schwerfällt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New activity</source>
            <translation>Neue Tätigkeit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. </source>
            <translation>z. B. </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location line="+29" />
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Score for {activity}</source>
            <translation>Wert für {activity}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archive {activity}</source>
            <translation>{activity} archivieren</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Name {min} to {max} activities to start.</source>
            <translation>Nenne zum Start {min} bis {max} Tätigkeiten.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Due: rate each activity for this week.</source>
            <translation>Fällig: Bewerte jede Tätigkeit für diese Woche.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> Last rated {date}.</source>
            <translation> Zuletzt bewertet am {date}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rated this week ({date}). Next due a week later.</source>
            <translation>Diese Woche bewertet ({date}). Eine Woche später wieder fällig.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add {count} more to reach 3.</source>
            <translation>Füge noch {count} hinzu, um auf 3 zu kommen.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Type the activity's name first.</source>
            <translation>Gib zuerst den Namen der Tätigkeit ein.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep the name under {max} characters.</source>
            <translation>Der Name muss kürzer als {max} Zeichen sein.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You already rate {max} activities: archive one to add another.</source>
            <translation>Du bewertest bereits {max} Tätigkeiten: Archiviere eine, um eine weitere hinzuzufügen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Added “{activity}”.</source>
            <translation>„{activity}“ hinzugefügt.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Archived “{activity}”; its scores stay in your journal.</source>
            <translation>„{activity}“ archiviert; die Werte bleiben in deinem Tagebuch.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Rate every activity from 0 to 10 before saving.</source>
            <translation>Bewerte vor dem Speichern jede Tätigkeit von 0 bis 10.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved this week's scores.</source>
            <translation>Werte dieser Woche gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../hipdesk/ui/recovery_dialog.py" line="+43" />
            <source>hipdesk — journal problem</source>
            <translation>hipdesk – Problem mit dem Tagebuch</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your journal could not be opened</source>
            <translation>Dein Tagebuch konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Whatever you choose, the damaged file is kept beside the journal (as journal.sqlite3.corrupt-…), so nothing is deleted.</source>
            <translation>Was du auch wählst, die beschädigte Datei bleibt neben dem Tagebuch erhalten (als journal.sqlite3.corrupt-…), es wird also nichts gelöscht.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Restore backup from {date}</source>
            <translation>Sicherung vom {date} wiederherstellen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the newest good backup in place of the damaged journal</source>
            <translation>Die neueste intakte Sicherung anstelle des beschädigten Tagebuchs verwenden</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Start a new journal</source>
            <translation>Neues Tagebuch beginnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Begin an empty journal; the damaged file is kept</source>
            <translation>Mit einem leeren Tagebuch beginnen; die beschädigte Datei bleibt erhalten</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the journal again</source>
            <translation>Das Tagebuch erneut öffnen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Close hipdesk without changing anything</source>
            <translation>hipdesk schließen, ohne etwas zu ändern</translation>
        </message>
    </context>
    <context>
        <name>RedFlagDialog</name>
        <message>
            <location filename="../hipdesk/ui/red_flags.py" line="+101" />
            <location line="+8" />
            <source>When to seek help</source>
            <translation>Wann du Hilfe suchen solltest</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You noted {reasons}. Please read these warning signs now.</source>
            <translation>Du hast Folgendes notiert: {reasons}. Bitte lies jetzt diese Warnzeichen.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+1" />
            <source>I have read this</source>
            <translation>Ich habe das gelesen</translation>
        </message>
        <message>
            <location line="+36" />
            <source>You can close this in {seconds} s.</source>
            <translation>Du kannst das in {seconds} s schließen.</translation>
        </message>
    </context>
    <context>
        <name>RedFlagPanel</name>
        <message>
            <location line="-84" />
            <source>Stop rule</source>
            <translation>Stopp-Regel</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../hipdesk/ui/report.py" line="+23" />
            <source>All figures in this report are self-reported: entered by the user or measured by hipdesk on their computer. They have not been checked by a clinician.</source>
            <translation>Alle Werte in diesem Bericht sind Selbstangaben: von der Person eingetragen oder von hipdesk auf ihrem Computer gemessen. Sie wurden nicht von einer medizinischen Fachkraft geprüft.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hip internal rotation</source>
            <translation>Innenrotation der Hüfte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hip external rotation</source>
            <translation>Außenrotation der Hüfte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>90/90 score</source>
            <translation>90/90-Wert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deep squat score</source>
            <translation>Wert für die tiefe Hocke</translation>
        </message>
        <message>
            <location line="+2" />
            <source>30-s chair stand</source>
            <translation>Aufstehen vom Stuhl (30 s)</translation>
        </message>
        <message>
            <location line="+1" />
            <source> reps</source>
            <translation> Wdh.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Five sit-to-stands</source>
            <translation>Fünfmal aufstehen</translation>
        </message>
        <message>
            <location line="+77" />
            <location line="+142" />
            <source>hipdesk report</source>
            <translation>hipdesk-Bericht</translation>
        </message>
        <message>
            <location line="-139" />
            <source>{first} – {last} ({days} days)</source>
            <translation>{first} – {last} ({days} Tage)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No entries in this range.</source>
            <translation>Keine Einträge in diesem Zeitraum.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Starting level: {mean}/10, the mean of the first {days} days with pain entries ({first} – {last}). Band ±2 points: {low}–{high}; 30 % lower: {relief}.</source>
            <translation>Ausgangswert: {mean}/10, der Mittelwert der ersten {days} Tage mit Schmerzeinträgen ({first} – {last}). Band ±2 Punkte: {low}–{high}; 30 % niedriger: {relief}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Week of</source>
            <translation>Woche ab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back pain mean</source>
            <translation>Rückenschmerz (Mittel)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max</source>
            <translation>Max.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leg</source>
            <translation>Bein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sitting h/day</source>
            <translation>Sitzen h/Tag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Longest min</source>
            <translation>Längster Abschnitt (min)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Breaks taken / shown</source>
            <translation>Pausen gemacht / angezeigt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Routine min</source>
            <translation>Routine (min)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Week by week</source>
            <translation>Woche für Woche</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Routines done</source>
            <translation>Erledigte Routinen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last</source>
            <translation>Zuletzt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No routines in this range.</source>
            <translation>Keine Routinen in diesem Zeitraum.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Function (PSFS activities, 0–10, higher is better)</source>
            <translation>Funktion (PSFS-Tätigkeiten, 0–10, höher ist besser)</translation>
        </message>
        <message>
            <location line="+10" />
            <source> (archived)</source>
            <translation> (archiviert)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Activity</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First</source>
            <translation>Erster Wert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latest</source>
            <translation>Letzter Wert</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scores</source>
            <translation>Bewertungen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No function scores in this range.</source>
            <translation>Keine Funktionswerte in diesem Zeitraum.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Self-checks</source>
            <translation>Selbsttests</translation>
        </message>
        <message>
            <location line="+4" />
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <location line="+1" />
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No self-checks in this range.</source>
            <translation>Keine Selbsttests in diesem Zeitraum.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Red-flag questions</source>
            <translation>Fragen zu Warnzeichen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No red-flag answers are stored in this journal.</source>
            <translation>In diesem Tagebuch sind keine Antworten zu Warnzeichen gespeichert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Comparisons in the summary describe patterns in the logged days; they are not proof of cause. hipdesk does not diagnose or treat.</source>
            <translation>Vergleiche in der Zusammenfassung beschreiben Muster in den eingetragenen Tagen; sie beweisen keine Ursache. hipdesk stellt keine Diagnosen und behandelt nicht.</translation>
        </message>
    </context>
    <context>
        <name>RoutineCard</name>
        <message>
            <location filename="../hipdesk/ui/routines.py" line="+61" />
            <source>{new} instead of {old}</source>
            <translation>{new} statt {old}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{old} left out</source>
            <translation>{old} entfällt</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Adapted to your answers: {changes}.</source>
            <translation>An deine Antworten angepasst: {changes}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No version without kneeling for {drills}: skip it in the player if you need to.</source>
            <translation>Keine Version ohne Knien für {drills}: Überspringe sie im Player, wenn nötig.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No version off the floor for {drills}: skip it in the player if you need to.</source>
            <translation>Keine Version ohne Boden für {drills}: Überspringe sie im Player, wenn nötig.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start {routine}</source>
            <translation>{routine} starten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start {routine} (Enter)</source>
            <translation>{routine} starten (Eingabetaste)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Drills</source>
            <translation>Übungen</translation>
        </message>
    </context>
    <context>
        <name>Routines</name>
        <message>
            <location line="-107" />
            <source>sitting on the floor</source>
            <translation>auf dem Boden sitzend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lying on your side</source>
            <translation>auf der Seite liegend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lying on your back</source>
            <translation>auf dem Rücken liegend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lying face down</source>
            <translation>auf dem Bauch liegend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>on hands and knees</source>
            <translation>im Vierfüßlerstand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>standing</source>
            <translation>im Stehen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>seated</source>
            <translation>im Sitzen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kneeling</source>
            <translation>im Knien</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>RoutinesBody</name>
        <message>
            <location line="+122" />
            <source>Guided routines play full screen with a countdown; you can pause, skip or stop at any time, and what you did is saved.</source>
            <translation>Angeleitete Routinen laufen im Vollbild mit Countdown; du kannst jederzeit pausieren, überspringen oder aufhören, und was du gemacht hast, wird gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SafetyPage</name>
        <message>
            <location filename="../hipdesk/ui/onboarding_pages.py" line="-60" />
            <source>What hipdesk is, and is not</source>
            <translation>Was hipdesk ist und was nicht</translation>
        </message>
        <message>
            <location line="+6" />
            <source>If you notice any of these, stop the exercises and get checked.</source>
            <translation>Wenn du etwas davon bemerkst, hör mit den Übungen auf und lass dich untersuchen.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>I have read this</source>
            <translation>Ich habe das gelesen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You can read this again at any time: Help (F1) → When to seek help.</source>
            <translation>Du kannst das jederzeit noch einmal lesen: Hilfe (F1) → Wann du Hilfe suchen solltest.</translation>
        </message>
    </context>
    <context>
        <name>SelfChecksPanel</name>
        <message>
            <location filename="../hipdesk/ui/self_checks.py" line="+43" />
            <source>Use a firm chair without arms against a wall. Sit in the middle, feet flat, arms crossed on your chest. Press Space to start: on “Go” stand fully up and sit fully down as many times as you safely can in 30 s, pressing Space once for each stand. A stand more than halfway up at the end counts. Compare with your own earlier results.</source>
            <translation>Nimm einen festen Stuhl ohne Armlehnen und stell ihn an eine Wand. Setz dich in die Mitte, Füße flach, Arme vor der Brust verschränkt. Drück die Leertaste zum Start: Steh bei „Los“ ganz auf und setz dich ganz hin, so oft du es in 30 s sicher schaffst, und drück für jedes Aufstehen einmal die Leertaste. Ein Aufstehen, das am Ende mehr als halb oben ist, zählt. Vergleiche mit deinen eigenen früheren Ergebnissen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Same chair and start position. Press Space to start the stopwatch, stand up fully and sit down five times as quickly as is safe, and press Space when you sit down after the fifth stand. Healthy younger adults often take about 6 s; times grow with age. Watch your own trend.</source>
            <translation>Gleicher Stuhl und gleiche Ausgangsposition. Drück die Leertaste, um die Stoppuhr zu starten, steh fünfmal so schnell, wie es sicher geht, ganz auf und setz dich wieder hin, und drück die Leertaste, wenn du dich nach dem fünften Aufstehen hinsetzt. Gesunde jüngere Erwachsene brauchen oft etwa 6 s; mit dem Alter werden die Zeiten länger. Achte auf deinen eigenen Verlauf.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sit on a firm, high surface so your lower legs hang freely. Hold your phone upright against the front of one shin below the knee and zero a level app with the shin straight. Keeping the thigh still, swing the foot outward (the hip turns in) to a firm stop and read the angle; then inward (the hip turns out). Do each twice, keep the larger, repeat on the other leg. Do not push with your hands. Many adults reach about 35–40° turning in, with wide variation; a difference of more than 10° between sides is worth noting.</source>
            <translation>Setz dich auf eine feste, hohe Fläche, sodass deine Unterschenkel frei hängen. Halte dein Handy aufrecht vorne an ein Schienbein unterhalb des Knies und stell eine Wasserwaagen-App bei gerade hängendem Schienbein auf null. Halte den Oberschenkel still, schwing den Fuß nach außen (die Hüfte dreht nach innen) bis zu einem festen Endpunkt und lies den Winkel ab; dann nach innen (die Hüfte dreht nach außen). Mach jede Richtung zweimal, behalte den größeren Wert und wiederhole es mit dem anderen Bein. Drück nicht mit den Händen nach. Viele Erwachsene erreichen nach innen etwa 35–40°, mit großen Unterschieden; ein Seitenunterschied von mehr als 10° ist erwähnenswert.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sit on the floor in the 90/90 position: front leg turned out, back leg turned in, both knees at about a right angle. Try to sit up tall for 10 s. Stop if you feel a groin pinch or knee pain.</source>
            <translation>Setz dich in der 90/90-Position auf den Boden: vorderes Bein nach außen gedreht, hinteres Bein nach innen gedreht, beide Knie etwa im rechten Winkel. Versuch, 10 s lang aufrecht zu sitzen. Hör auf, wenn du ein Zwicken in der Leiste oder Knieschmerzen spürst.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stand with feet hip- to shoulder-width apart, toes slightly out, a table within reach. Squat down slowly as far as is comfortable, arms forward, and hold for 3 s. Hold the table on the way up.</source>
            <translation>Stell dich mit hüft- bis schulterbreit geöffneten Füßen hin, Zehen leicht nach außen, ein Tisch in Reichweite. Geh langsam so tief in die Hocke, wie es angenehm ist, Arme nach vorn, und halte 3 s. Halte dich beim Hochkommen am Tisch fest.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>0 · no hands needed</source>
            <translation>0 · keine Hände nötig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 · one hand needed</source>
            <translation>1 · eine Hand nötig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2 · two hands needed</source>
            <translation>2 · beide Hände nötig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not possible to get into the position</source>
            <translation>Position nicht einnehmbar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>3 · thighs level with the knees, heels down, no hands</source>
            <translation>3 · Oberschenkel auf Kniehöhe, Fersen unten, ohne Hände</translation>
        </message>
        <message>
            <location line="+6" />
            <source>2 · same depth with heels raised or a light hand on the table</source>
            <translation>2 · gleiche Tiefe mit erhöhten Fersen oder einer Hand leicht am Tisch</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1 · only part-way down, even with support</source>
            <translation>1 · nur ein Stück nach unten, auch mit Halt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0 · pain stopped the attempt (note where)</source>
            <translation>0 · Schmerz hat den Versuch beendet (notier, wo)</translation>
        </message>
        <message>
            <location line="+42" />
            <location line="+1" />
            <source>Self-checks</source>
            <translation>Selbsttests</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Previous and new result</source>
            <translation>Vorheriges und neues Ergebnis</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save result</source>
            <translation>Ergebnis speichern</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Chair stand (30 s)</source>
            <translation>Aufstehen vom Stuhl (30 s)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+8" />
            <source>I used my hands</source>
            <translation>Ich habe die Hände benutzt</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Five sit-to-stands</source>
            <translation>Fünfmal aufstehen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{seconds} s · {stands} stands</source>
            <translation>{seconds} s · {stands}-mal aufgestanden</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Time · {stands} stands</source>
            <translation>Zeit um · {stands}-mal aufgestanden</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Finish the 30 seconds first (Space starts the count).</source>
            <translation>Bring zuerst die 30 Sekunden zu Ende (die Leertaste startet die Zählung).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Stop the stopwatch first (Space).</source>
            <translation>Halte zuerst die Stoppuhr an (Leertaste).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hip rotation</source>
            <translation>Hüftrotation</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Left hip, turning in</source>
            <translation>Linke Hüfte, Innendrehung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Right hip, turning in</source>
            <translation>Rechte Hüfte, Innendrehung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left hip, turning out</source>
            <translation>Linke Hüfte, Außendrehung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Right hip, turning out</source>
            <translation>Rechte Hüfte, Außendrehung</translation>
        </message>
        <message>
            <location line="+6" />
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Enter at least one angle (0–90°).</source>
            <translation>Gib mindestens einen Winkel ein (0–90°).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>90/90 sit</source>
            <translation>90/90-Sitz</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Left leg in front</source>
            <translation>Linkes Bein vorne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Right leg in front</source>
            <translation>Rechtes Bein vorne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not tried</source>
            <translation>nicht versucht</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Choose a score for at least one side.</source>
            <translation>Wähle für mindestens eine Seite einen Wert.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deep squat</source>
            <translation>Tiefe Hocke</translation>
        </message>
        <message>
            <location line="+2" />
            <source>choose a score</source>
            <translation>Wert wählen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deep squat score</source>
            <translation>Wert für die tiefe Hocke</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Heels raised on a book</source>
            <translation>Fersen auf einem Buch erhöht</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand on the table</source>
            <translation>Hand am Tisch</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose the score that fits best.</source>
            <translation>Wähle den Wert, der am besten passt.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <location line="+0" />
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <location line="+5" />
            <source>previous {value} on {date}</source>
            <translation>vorher {value} am {date}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>first result</source>
            <translation>erstes Ergebnis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>new {value}</source>
            <translation>neu {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SelfScreenPage</name>
        <message>
            <location filename="../hipdesk/ui/onboarding_screen.py" line="+38" />
            <source>This is a suggestion, not a diagnosis: it changes only the order drills are introduced and how the plan is worded. Both suggestions lead to the same 6-week plan.</source>
            <translation>Das ist ein Vorschlag, keine Diagnose: Er ändert nur, in welcher Reihenfolge Übungen eingeführt werden und wie der Plan formuliert ist. Beide Vorschläge führen zum selben 6-Wochen-Plan.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Never</source>
            <extracomment>The catalogue's answer keys ("never", ...), shown capitalised and translated.</extracomment>
            <translation>Nie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sometimes</source>
            <translation>Manchmal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Often</source>
            <translation>Oft</translation>
        </message>
        <message>
            <location line="+94" />
            <source>How often…</source>
            <translation>Wie oft …</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A few practical questions (optional)</source>
            <translation>Ein paar praktische Fragen (optional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Clear answers</source>
            <translation>Antworten löschen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave the questions unanswered and keep the general plan</source>
            <translation>Die Fragen unbeantwortet lassen und den allgemeinen Plan behalten</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Floor drills are swapped for a bed or standing version where there is one.</source>
            <translation>Übungen am Boden werden, wo es eine gibt, gegen eine Version im Bett oder im Stehen getauscht.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kneeling drills are swapped for a version without kneeling where there is one.</source>
            <translation>Übungen im Knien werden, wo es eine gibt, gegen eine Version ohne Knien getauscht.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A sit-to-stand reset is added as a suggested longer break.</source>
            <translation>Eine Aufsteh-Übung wird als vorgeschlagene längere Pause ergänzt.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>General movement plan, until you answer</source>
            <translation>Allgemeiner Bewegungsplan, bis du antwortest</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answer all five questions above ({left} left) to see where your plan starts, or leave them all blank to keep the general plan.</source>
            <translation>Beantworte alle fünf Fragen oben (noch {left}), um zu sehen, wo dein Plan beginnt, oder lass alle leer, um den allgemeinen Plan zu behalten.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Your answers suggest starting with gentle, general movement.</source>
            <translation>Deine Antworten legen nahe, mit sanfter, allgemeiner Bewegung zu beginnen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{wording} Week 1 starts with {routine}.</source>
            <translation>{wording} Woche 1 beginnt mit {routine}.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Answer the {left} remaining questions of the first five, or press Clear answers to skip them.</source>
            <translation>Beantworte die {left} offenen der ersten fünf Fragen oder drück „Antworten löschen“, um sie zu überspringen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answer the 1 remaining question of the first five, or press Clear answers to skip them.</source>
            <translation>Beantworte die letzte offene der ersten fünf Fragen oder drück „Antworten löschen“, um sie zu überspringen.</translation>
        </message>
    </context>
    <context>
        <name>SettingsBody</name>
        <message>
            <location filename="../hipdesk/ui/settings.py" line="+79" />
            <source>Settings appear here once the journal is open.</source>
            <translation>Die Einstellungen erscheinen hier, sobald das Tagebuch geöffnet ist.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Breaks</source>
            <translation>Pausen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sit before a break</source>
            <translation>Sitzen bis zur Pause</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+33" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Break length</source>
            <translation>Pausenlänge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 min</source>
            <translation>1 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>2 min</source>
            <translation>2 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>3 min</source>
            <translation>3 min</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Warn before a break</source>
            <translation>Vorwarnung vor der Pause</translation>
        </message>
        <message>
            <location line="+3" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Snooze for</source>
            <translation>Verschieben um</translation>
        </message>
        <message>
            <location line="+1" />
            <source>5 min</source>
            <translation>5 min</translation>
        </message>
        <message>
            <location line="+0" />
            <source>10 min</source>
            <translation>10 min</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Snoozes in a row</source>
            <translation>Verschieben hintereinander</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Idle time that counts as a break</source>
            <translation>Ruhezeit, die als Pause zählt</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Working hours</source>
            <translation>Arbeitszeiten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Break prompts appear only inside these hours.</source>
            <translation>Pausenhinweise erscheinen nur innerhalb dieser Zeiten.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Quiet times</source>
            <translation>Ruhezeiten</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No prompts over full-screen apps</source>
            <translation>Keine Hinweise über Vollbild-Apps</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No prompts in Do Not Disturb</source>
            <translation>Keine Hinweise bei „Nicht stören“</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No prompts while these run</source>
            <translation>Keine Hinweise, solange diese laufen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sound, voice and start-up</source>
            <translation>Ton, Sprache und Start</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Beeps in routines and prompts</source>
            <translation>Signaltöne in Routinen und Hinweisen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spoken cues in routines</source>
            <translation>Gesprochene Ansagen in Routinen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start hipdesk when I log in</source>
            <translation>hipdesk bei der Anmeldung starten</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Appearance and language</source>
            <translation>Aussehen und Sprache</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Same as the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fewer animations</source>
            <translation>Weniger Animationen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location line="+0" />
            <source>system, or a code such as de</source>
            <translation>system oder ein Sprachkürzel wie de</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <location filename="../hipdesk/ui/onboarding_pages.py" line="-69" />
            <source>Welcome to hipdesk</source>
            <translation>Willkommen bei hipdesk</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Before you start: your safety</source>
            <translation>Bevor du anfängst: deine Sicherheit</translation>
        </message>
        <message>
            <location line="+38" />
            <source>How your back is today</source>
            <translation>Wie es deinem Rücken heute geht</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Working hours and breaks</source>
            <translation>Arbeitszeiten und Pausen</translation>
        </message>
        <message>
            <location line="+80" />
            <source>You're set</source>
            <translation>Alles bereit</translation>
        </message>
        <message>
            <location filename="../hipdesk/ui/onboarding_screen.py" line="-160" />
            <source>Where to start</source>
            <translation>Wo du anfängst</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <location filename="../hipdesk/ui/player/summary.py" line="+29" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+53" />
            <source>Drills done</source>
            <translation>Erledigte Übungen</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Back pain before → after</source>
            <translation>Rückenschmerz vorher → nachher</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close the player</source>
            <translation>Den Player schließen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close (Enter or Esc)</source>
            <translation>Schließen (Eingabetaste oder Esc)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Routine done</source>
            <translation>Routine geschafft</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Routine stopped</source>
            <translation>Routine beendet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{routine} · saved in your journal</source>
            <translation>{routine} · in deinem Tagebuch gespeichert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{routine} · stopped early; what you did is saved in your journal</source>
            <translation>{routine} · vorzeitig beendet; was du gemacht hast, ist in deinem Tagebuch gespeichert</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{done} of {total}</source>
            <translation>{done} von {total}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No drill finished.</source>
            <translation>Keine Übung abgeschlossen.</translation>
        </message>
    </context>
    <context>
        <name>Tempo</name>
        <message>
            <location filename="../hipdesk/ui/i18n.py" line="+119" />
            <source>up</source>
            <extracomment>The catalogue's tempo words (English data: the player times its parts from them). Shown through these; a word not listed here is shown as it is.</extracomment>
            <translation>hoch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>down</source>
            <translation>runter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>back</source>
            <translation>zurück</translation>
        </message>
        <message>
            <location line="+1" />
            <source>return</source>
            <translation>zurück</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <source>hold</source>
            <extracomment>Whole pieces of a tempo text that are not "&lt;seconds&gt; s &lt;move&gt;".</extracomment>
            <translation>halten</translation>
        </message>
        <message>
            <location line="-21" />
            <source>open</source>
            <translation>öffnen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>close</source>
            <translation>schließen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>out</source>
            <translation>nach außen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tilt</source>
            <translation>kippen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>release</source>
            <translation>lösen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lift</source>
            <translation>anheben</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lower</source>
            <translation>absenken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>over</source>
            <translation>hinüber</translation>
        </message>
        <message>
            <location line="+1" />
            <source>round</source>
            <translation>runden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>foot out</source>
            <translation>Fuß nach außen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>foot in</source>
            <translation>Fuß nach innen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>down and rest</source>
            <translation>runter und ausruhen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lower and rest</source>
            <translation>absenken und ausruhen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>ease in</source>
            <translation>langsam hineingehen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ease out</source>
            <translation>langsam lösen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>breathe slowly</source>
            <translation>langsam atmen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>then hold and breathe</source>
            <translation>dann halten und atmen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>easy</source>
            <translation>locker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>relaxed pace</source>
            <translation>entspanntes Tempo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>let the knees sink</source>
            <translation>die Knie sinken lassen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no pushing</source>
            <translation>ohne Druck</translation>
        </message>
        <message>
            <location line="+1" />
            <source>relax into it</source>
            <translation>locker hineinsinken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>breathe out</source>
            <translation>ausatmen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>settle in</source>
            <translation>zur Ruhe kommen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>in {n} s</source>
            <translation>{n} s ein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>out {n} s</source>
            <translation>{n} s aus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>about {n} s each</source>
            <translation>je etwa {n} s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ease in over {n} s</source>
            <translation>in {n} s langsam hineingehen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} slow circles each way</source>
            <translation>{n} langsame Kreise in jede Richtung</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} circles one way</source>
            <translation>{n} Kreise in eine Richtung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{n} the other</source>
            <translation>{n} in die andere</translation>
        </message>
    </context>
    <context>
        <name>TempoBreath</name>
        <message>
            <location line="-29" />
            <source>in</source>
            <extracomment>Breathing parts ("in 4 s, out 6 s").</extracomment>
            <translation>ein</translation>
        </message>
        <message>
            <location line="+1" />
            <source>out</source>
            <translation>aus</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <location filename="../hipdesk/ui/toast.py" line="+30" />
            <source>Notice</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Undo (Ctrl+Z)</source>
            <translation>Rückgängig (Strg+Z)</translation>
        </message>
    </context>
    <context>
        <name>TodayBody</name>
        <message>
            <location filename="../hipdesk/ui/today.py" line="+35" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location line="+6" />
            <source>1 sitting or break record not saved yet: the journal cannot be written right now. hipdesk keeps it and saves it as soon as it can.</source>
            <translation>1 Sitz- oder Pauseneintrag ist noch nicht gespeichert: Das Tagebuch kann gerade nicht geschrieben werden. hipdesk behält ihn und speichert ihn, sobald es geht.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{count} sitting or break records not saved yet: the journal cannot be written right now. hipdesk keeps them and saves them as soon as it can.</source>
            <translation>{count} Sitz- oder Pauseneinträge sind noch nicht gespeichert: Das Tagebuch kann gerade nicht geschrieben werden. hipdesk behält sie und speichert sie, sobald es geht.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Sitting today</source>
            <translation>Heute gesessen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing measured yet today. Sitting time and breaks appear here once hipdesk has noticed you at the keyboard.</source>
            <translation>Heute wurde noch nichts gemessen. Sitzzeit und Pausen erscheinen hier, sobald hipdesk dich an der Tastatur bemerkt hat.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sitting so far</source>
            <translation>Bisher gesessen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This stretch</source>
            <translation>Am Stück</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next break</source>
            <translation>Nächste Pause</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Breaks taken / skipped</source>
            <translation>Pausen gemacht / ausgelassen</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Estimated: this desktop does not report idle time, so sitting is counted while the session is unlocked and awake.</source>
            <translation>Geschätzt: Diese Arbeitsumgebung meldet keine Leerlaufzeit, daher zählt das Sitzen, solange die Sitzung entsperrt und aktiv ist.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Weekly function scores are due</source>
            <translation>Die wöchentlichen Funktionswerte sind fällig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate your chosen activities for this week; it takes a minute.</source>
            <translation>Bewerte deine gewählten Tätigkeiten für diese Woche; das dauert eine Minute.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate this week</source>
            <translation>Diese Woche bewerten</translation>
        </message>
        <message>
            <location line="+6" />
            <source>How is your back right now?</source>
            <translation>Wie geht es deinem Rücken gerade?</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{stretch} of {threshold}</source>
            <translation>{stretch} von {threshold}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <location line="+0" />
            <source>in {time}</source>
            <translation>in {time}</translation>
        </message>
    </context>
    <context>
        <name>TrayController</name>
        <message>
            <location filename="../hipdesk/services/tray.py" line="+31" />
            <source>No system tray here, so hipdesk has no tray icon. Break prompts still come as notifications or a small window. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds a tray.</source>
            <translation>Hier gibt es keinen Infobereich, daher hat hipdesk kein Symbol dort. Pausenhinweise kommen trotzdem als Benachrichtigung oder kleines Fenster. Unter GNOME ergänzt die Erweiterung „AppIndicator and KStatusNotifierItem Support“ einen Infobereich.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>1 record not saved yet</source>
            <translation>1 Eintrag noch nicht gespeichert</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count} records not saved yet</source>
            <translation>{count} Einträge noch nicht gespeichert</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sitting {minutes} min</source>
            <translation>{minutes} min gesessen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{sitting} · reminders paused until {time}</source>
            <translation>{sitting} · Erinnerungen pausiert bis {time}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{sitting} · reminders paused</source>
            <translation>{sitting} · Erinnerungen pausiert</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{sitting} · outside working hours</source>
            <translation>{sitting} · außerhalb der Arbeitszeit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{sitting} · break at {minutes}</source>
            <translation>{sitting} · Pause bei {minutes}</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Start desk break</source>
            <translation>Schreibtischpause starten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log pain…</source>
            <translation>Schmerz eintragen …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pause reminders</source>
            <translation>Erinnerungen pausieren</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For 30 minutes</source>
            <translation>Für 30 Minuten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For 1 hour</source>
            <translation>Für 1 Stunde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until tomorrow</source>
            <translation>Bis morgen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resume reminders</source>
            <translation>Erinnerungen fortsetzen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When to seek help</source>
            <translation>Wann du Hilfe suchen solltest</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open hipdesk</source>
            <translation>hipdesk öffnen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>TrendsBody</name>
        <message>
            <location filename="../hipdesk/ui/trends.py" line="+43" />
            <source>2 weeks</source>
            <translation>2 Wochen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>6 weeks</source>
            <translation>6 Wochen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3 months</source>
            <translation>3 Monate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All</source>
            <translation>Alles</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show 2 weeks</source>
            <extracomment>Accessible names of the range buttons, by key.</extracomment>
            <translation>2 Wochen zeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show 6 weeks</source>
            <translation>6 Wochen zeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show 3 months</source>
            <translation>3 Monate zeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show 1 year</source>
            <translation>1 Jahr zeigen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show all</source>
            <translation>Alles zeigen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Point at a day to see its values.</source>
            <translation>Zeig auf einen Tag, um seine Werte zu sehen.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>pain {mean}</source>
            <translation>Schmerz {mean}</translation>
        </message>
        <message>
            <location line="+4" />
            <source> (max {max}, {count} entries)</source>
            <translation> (max. {max}, {count} Einträge)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>, leg {mean}</source>
            <translation>, Bein {mean}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no pain entry</source>
            <translation>kein Schmerzeintrag</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sitting {hours} h, longest {minutes} min</source>
            <translation>gesessen {hours} h, am längsten {minutes} min</translation>
        </message>
        <message>
            <location line="+6" />
            <source>breaks {taken} taken, {skipped} skipped of {prompted}</source>
            <translation>Pausen: {taken} gemacht, {skipped} ausgelassen von {prompted}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>routine {minutes} min</source>
            <translation>Routine {minutes} min</translation>
        </message>
        <message>
            <location line="+51" />
            <location line="+180" />
            <source>Export PNG</source>
            <translation>Als PNG exportieren</translation>
        </message>
        <message>
            <location line="-179" />
            <source>Save the summary and charts as shown, as a PNG image</source>
            <translation>Zusammenfassung und Diagramme wie angezeigt als PNG-Bild speichern</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export report…</source>
            <translation>Bericht exportieren …</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A PDF of this range to share with a clinician</source>
            <translation>Ein PDF dieses Zeitraums, um es einer medizinischen Fachkraft zu zeigen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Values of the day under the pointer</source>
            <translation>Werte des Tages unter dem Mauszeiger</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+61" />
            <source>Not enough days yet</source>
            <translation>Noch nicht genug Tage</translation>
        </message>
        <message>
            <location line="-59" />
            <location line="+61" />
            <source>After a few days of entries, charts will put sitting, breaks and routines beside your pain.</source>
            <translation>Nach ein paar Tagen mit Einträgen stellen Diagramme Sitzen, Pausen und Routinen neben deinen Schmerz.</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Open the journal</source>
            <translation>Tagebuch öffnen</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Opening your journal…</source>
            <translation>Dein Tagebuch wird geöffnet …</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Charts appear once the journal is open.</source>
            <translation>Die Diagramme erscheinen, sobald das Tagebuch geöffnet ist.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Nothing logged in this range</source>
            <translation>In diesem Zeitraum wurde nichts eingetragen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No entries in the last {range}. Pick a longer range to see earlier days.</source>
            <translation>Keine Einträge im gewählten Zeitraum ({range}). Wähle einen längeren Zeitraum, um frühere Tage zu sehen.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Only 1 day with a pain entry in this range.</source>
            <translation>In diesem Zeitraum gibt es erst 1 Tag mit Schmerzeintrag.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only {count} days with a pain entry in this range.</source>
            <translation>In diesem Zeitraum gibt es erst {count} Tage mit Schmerzeintrag.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The 7-day mean and your starting level settle after about a week of entries; comparisons need {days} days on each side.</source>
            <translation>Der 7-Tage-Mittelwert und dein Ausgangswert werden nach etwa einer Woche mit Einträgen verlässlich; Vergleiche brauchen {days} Tage auf jeder Seite.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../hipdesk/ui/onboarding_pages.py" line="-234" />
            <source>hipdesk notices long stretches of sitting and offers short hip and core breaks you can do at your desk. It also keeps a private journal of how your back feels, so you can follow your own trends.</source>
            <translation>hipdesk bemerkt lange Sitzphasen und schlägt kurze Pausen für Hüfte und Rumpf vor, die du am Schreibtisch machen kannst. Außerdem führt es ein privates Tagebuch darüber, wie sich dein Rücken anfühlt, damit du deinen eigenen Verlauf verfolgen kannst.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>It gives general wellness guidance only: it does not diagnose anything or replace a health professional.</source>
            <translation>Es bietet nur allgemeine Hinweise für das Wohlbefinden: Es stellt keine Diagnosen und ersetzt keine medizinische Fachkraft.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set-up takes about two minutes</source>
            <translation>Die Einrichtung dauert etwa zwei Minuten</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Safety: when to stop and when to seek help</source>
            <translation>Sicherheit: wann du aufhören und wann du Hilfe suchen solltest</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A few questions to choose where your plan starts</source>
            <translation>Ein paar Fragen, um festzulegen, wo dein Plan beginnt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your back pain today and, if you like, activities to follow</source>
            <translation>Dein Rückenschmerz heute und, wenn du magst, Tätigkeiten, die du verfolgen willst</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your working hours and how long you sit before a break</source>
            <translation>Deine Arbeitszeiten und wie lange du bis zu einer Pause sitzt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where to find hipdesk once this window is closed</source>
            <translation>Wo du hipdesk findest, wenn dieses Fenster geschlossen ist</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything you choose here can be changed later in Settings.</source>
            <translation>Alles, was du hier wählst, kannst du später in den Einstellungen ändern.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter goes to the next step, Alt+B goes back. Once you have read the safety step, Esc skips the rest of set-up and keeps the defaults.</source>
            <translation>Die Eingabetaste führt zum nächsten Schritt, Alt+Z geht zurück. Sobald du den Sicherheitsschritt gelesen hast, überspringt Esc den Rest der Einrichtung und behält die Standardwerte.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Routines</source>
            <translation>Routinen</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Drills</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Journal</source>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Trends</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Sitting, breaks and today's plan</source>
            <translation>Sitzen, Pausen und der Plan für heute</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Guided routines of 2 to 10 minutes</source>
            <translation>Angeleitete Routinen von 2 bis 10 Minuten</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Every drill with an animated figure</source>
            <translation>Alle Übungen mit animierter Figur</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Pain, function scores and self-checks</source>
            <translation>Schmerz, Funktionswerte und Selbsttests</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Sitting, breaks and routines beside pain</source>
            <translation>Sitzen, Pausen und Routinen neben dem Schmerz</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Breaks, working hours and data</source>
            <translation>Pausen, Arbeitszeiten und Daten</translation>
        </message>
        <message>
            <location filename="../hipdesk/app_pages.py" line="0" />
            <source>Safety guidance, shortcuts and privacy (F1)</source>
            <translation>Sicherheitshinweise, Tastenkürzel und Datenschutz (F1)</translation>
        </message>
    </context>
</TS>
