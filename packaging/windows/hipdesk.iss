; Inno Setup 6 script: per-user installer for the PyInstaller bundle (no administrator rights).
;
;   pyinstaller --noconfirm --distpath build\bundle --workpath build\pyinstaller packaging\pyinstaller\hipdesk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\hipdesk.iss
;
; Output: build\installer\hipdesk-0.1.0-setup.exe. Paths are relative to this file.
; Not built in CI (Linux only); see packaging/README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "hipdesk"
#define AppExe "hipdesk.exe"
#define BundleDir "..\..\build\bundle\hipdesk"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller entry together: never change it.
AppId={{6F0B7C2E-3D9A-4E51-9B8C-4A1D2E7F5C30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=hipdesk developers
AppPublisherURL=https://github.com/hipdesk/hipdesk
AppSupportURL=https://github.com/hipdesk/hipdesk/issues
; Per-user: installs to %LOCALAPPDATA%\Programs\hipdesk, writes only HKCU, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=hipdesk.ico
OutputDir=..\..\build\installer
OutputBaseFilename=hipdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running hipdesk (it sits in the tray) before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
english.AutostartTask=Start hipdesk in the tray when I sign in
german.AutostartTask=hipdesk beim Anmelden im Infobereich starten

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
; The same HKCU Run value hipdesk's own Settings switch writes (hipdesk/services/autostart.py),
; so the app shows it as on and can turn it off again.
Name: "autostart"; Description: "{cm:AutostartTask}"; Flags: unchecked

[Files]
; The whole one-folder bundle (hipdesk.exe, hipdesk-cli.exe, _internal\...).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "io.github.hipdesk.HipDesk"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"" --minimized"; Tasks: autostart; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there. The journal (%LOCALAPPDATA%\hipdesk) is the user's data
; and is kept; the uninstaller says where it is.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox('Your hipdesk journal and settings were kept in ' + ExpandConstant('{localappdata}') +
      '\hipdesk. Delete that folder to remove them too.', mbInformation, MB_OK);
end;
