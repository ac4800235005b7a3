; Inno Setup script for the Windows installer (iscc packaging\regietafel.iss after packaging\build.py).
; Installs per user (no admin rights needed on a government laptop), offline, Dutch first.
#define AppVersion GetFileVersion("..\dist\regietafel\regietafel.exe")

[Setup]
AppId={{6C3E2F0B-6B1D-4E8B-9C57-2E7C1A0C5E21}
AppName=Regietafel
AppVersion={#AppVersion}
AppPublisher=Regietafel
DefaultDirName={localappdata}\Programs\Regietafel
DefaultGroupName=Regietafel
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=Regietafel-{#AppVersion}-setup
SetupIconFile=..\build\packaging\regietafel.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "portable"; Description: "Portable: database naast het programma bewaren"; Flags: unchecked

[Files]
Source: "..\dist\regietafel\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Regietafel"; Filename: "{app}\regietafel.exe"
Name: "{autodesktop}\Regietafel"; Filename: "{app}\regietafel.exe"; Tasks: desktopicon

[Run]
; The portable marker makes the program keep its data in {app}\data (regietafel/paths.py).
Filename: "{cmd}"; Parameters: "/c echo portable> ""{app}\portable"""; Flags: runhidden; Tasks: portable
Filename: "{app}\regietafel.exe"; Description: "{cm:LaunchProgram,Regietafel}"; Flags: nowait postinstall skipifsilent
