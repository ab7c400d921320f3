; Inno Setup script for the Windows installer of StoryDiff.
; Build the one-folder app first (pyinstaller packaging/storydiff.spec), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\storydiff.iss
; Output: dist\storydiff-VERSION-windows-x64-setup.exe

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6F7A1C52-0E4B-4D5B-9C1E-5D2B7A3F9E10}
AppName=StoryDiff
AppVersion={#AppVersion}
AppPublisher=StoryDiff developers
DefaultDirName={autopf}\StoryDiff
DefaultGroupName=StoryDiff
DisableProgramGroupPage=yes
OutputDir={#Root}\dist
OutputBaseFilename=storydiff-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\storydiff.ico
UninstallDisplayIcon={app}\storydiff-gui.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\storydiff\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\StoryDiff"; Filename: "{app}\storydiff-gui.exe"
Name: "{autodesktop}\StoryDiff"; Filename: "{app}\storydiff-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\storydiff-gui.exe"; Description: "{cm:LaunchProgram,StoryDiff}"; Flags: nowait postinstall skipifsilent
