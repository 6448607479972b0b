<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>DataCard</name>
        <message>
            <location filename="../hipdesk/ui/settings_data.py" line="+106" />
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
            <location line="+137" />
            <source>Move data folder</source>
            <translation>Datenordner verschieben</translation>
        </message>
        <message>
            <location line="-132" />
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
            <location line="+31" />
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
        <name>DayChip</name>
        <message>
            <location filename="../hipdesk/ui/plan_card.py" line="+35" />
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
            <location line="+3" />
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
            <location filename="../hipdesk/ui/drills.py" line="+168" />
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
            <location filename="../hipdesk/ui/journal_list.py" line="+82" />
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
        <name>JournalBody</name>
        <message>
            <location filename="../hipdesk/ui/journal.py" line="+37" />
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
            <location filename="../hipdesk/ui/journal_widgets.py" line="+27" />
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
            <location line="+15" />
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
            <location line="+36" />
            <source>Deleted the entry from {date}, {time}.</source>
            <translation>Eintrag vom {date}, {time} gelöscht.</translation>
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
            <location filename="../hipdesk/ui/plan_card.py" line="+22" />
            <location line="+74" />
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location line="-45" />
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
            <location line="+3" />
            <source>Optional: {routines}.</source>
            <translation>Optional: {routines}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rest is part of the plan.</source>
            <translation>Ruhe gehört zum Plan.</translation>
        </message>
        <message>
            <location line="+7" />
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
        <name>RoutineCard</name>
        <message>
            <location filename="../hipdesk/ui/routines.py" line="+68" />
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
            <location line="-68" />
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
            <location line="+73" />
            <source>Guided routines play full screen with a countdown; you can pause, skip or stop at any time, and what you did is saved.</source>
            <translation>Angeleitete Routinen laufen im Vollbild mit Countdown; du kannst jederzeit pausieren, überspringen oder aufhören, und was du gemacht hast, wird gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SettingsBody</name>
        <message>
            <location filename="../hipdesk/ui/settings.py" line="+72" />
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
        <message>
            <location line="+132" />
            <source>Not saved: {error}</source>
            <translation>Nicht gespeichert: {error}</translation>
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
            <location filename="../hipdesk/ui/today.py" line="+34" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location line="+16" />
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
            <location line="+9" />
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
            <location filename="../hipdesk/services/tray.py" line="+26" />
            <source>No system tray here, so hipdesk has no tray icon. Break prompts still come as notifications or a small window. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds a tray.</source>
            <translation>Hier gibt es keinen Infobereich, daher hat hipdesk kein Symbol dort. Pausenhinweise kommen trotzdem als Benachrichtigung oder kleines Fenster. Unter GNOME ergänzt die Erweiterung „AppIndicator and KStatusNotifierItem Support“ einen Infobereich.</translation>
        </message>
        <message>
            <location line="+18" />
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
