# Packaging targets. Included from the Makefile (`include packaging/packaging.mk`), which
# defines BIN, STAMP and RC. See packaging/README.md.

BUNDLE_DIR := build/bundle
PACKAGING_LINUX := packaging/linux
APP_ID := io.github.hipdesk.HipDesk

.PHONY: bundle packaging-check wheel-install-test icons flatpak-sources

# One-folder PyInstaller bundle in build/bundle/hipdesk, then the offscreen smoke test.
bundle: $(STAMP) $(RC)
	@$(BIN)/python -c "import PyInstaller" 2>/dev/null || { \
	    echo "PyInstaller is not installed in $(BIN) (it is a dev dependency in the lock)"; exit 1; }
	rm -rf $(BUNDLE_DIR)/hipdesk
	@start=$$(date +%s); \
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath $(BUNDLE_DIR) \
	    --workpath build/pyinstaller packaging/pyinstaller/hipdesk.spec && \
	echo "bundle: built in $$(( $$(date +%s) - start )) s, $$(du -sh $(BUNDLE_DIR)/hipdesk | cut -f1)"
	packaging/pyinstaller/smoke.sh $(BUNDLE_DIR)/hipdesk

# Validators (apt: desktop-file-utils, appstream; flatpak-builder optional), the Flatpak
# manifest lint, icons up to date, and the wheel (`make dist` runs first) installed into a
# fresh venv.
packaging-check: dist
	desktop-file-validate $(PACKAGING_LINUX)/$(APP_ID).desktop
	appstreamcli validate --no-net $(PACKAGING_LINUX)/$(APP_ID).metainfo.xml
	$(BIN)/python $(PACKAGING_LINUX)/lint_flatpak.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python $(PACKAGING_LINUX)/render_icons.py --check
	packaging/wheel_install_test.sh $(PYTHON)

wheel-install-test:
	packaging/wheel_install_test.sh $(PYTHON)

# Re-render the PNG/ICO/ICNS icons after changing assets/icons/hipdesk.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python $(PACKAGING_LINUX)/render_icons.py

# Re-pin the Flatpak's wheels after changing requirements/lock.txt (needs PyPI).
flatpak-sources: $(STAMP)
	$(BIN)/python $(PACKAGING_LINUX)/update_flatpak_sources.py
