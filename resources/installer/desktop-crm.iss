; Inno Setup script: a per-user Windows installer for the one-folder bundle.
;
; Build the bundle first (py -3 -m desktop_crm.bootstrap build), then, with Inno Setup 6:
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 resources\installer\desktop-crm.iss
; The installer lands in dist\installer\ (the Windows workflow does exactly this).
;
; Per-user (no administrator rights, as in a small office): the program goes to
; %LOCALAPPDATA%\Programs\Desktop CRM. Installing a newer version over an older one replaces
; the program files only; the user's database (%LOCALAPPDATA%\desktop-crm) is never touched
; here, and the program upgrades it on its next start after a dated copy. Uninstalling leaves
; the database in place too.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Desktop CRM"
#define Bundle "..\..\dist\desktop-crm"

[Setup]
; Never change the AppId: it is how a newer installer finds the installed version.
AppId={{6C0E2B7A-4F1D-4B8E-9A51-2D3C9E7F1A42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Desktop CRM contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=desktop-crm-{#AppVersion}-setup
SetupIconFile=..\icons\desktop-crm.ico
UninstallDisplayIcon={app}\desktop-crm-gui.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running copy holds its DLLs: ask to close it before replacing the files.
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of the previous version that this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\desktop-crm-gui.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\desktop-crm-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\desktop-crm-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
