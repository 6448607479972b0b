# Translations (Qt Linguist). Included by the Makefile; uses $(BIN) and $(STAMP) from it.
#   make translations   re-extract the .ts from the sources, fill in the German table
#                       (translations/de_strings.py) and compile the .qm files.
# The .qm files are generated (git-ignored): build them before pyside6-rcc, e.g.
#   $(RC): $(RC_SOURCES) $(QM_FILES) | $(STAMP)
TS_FILES := translations/hipdesk_de.ts
QM_FILES := $(TS_FILES:.ts=.qm)
I18N_SOURCES := $(shell find hipdesk/ui -name '*.py' ! -name rc_resources.py 2>/dev/null) \
	hipdesk/app.py hipdesk/app_pages.py hipdesk/services/notify_text.py hipdesk/services/tray.py \
	hipdesk/services/tray_icon.py

.PHONY: translations

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(I18N_SOURCES) -ts $(TS_FILES) -no-obsolete -locations relative
	$(BIN)/python translations/fill_ts.py translations/hipdesk_de.ts
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm || exit 1; done

translations/%.qm: translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease $< -qm $@
