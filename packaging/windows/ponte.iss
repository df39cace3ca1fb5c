; Inno Setup 6 script: per-user installer for the PyInstaller bundle in dist\ponte\.
; Build on Windows (see docs/install-windows.md), from the repository root:
;   pyinstaller --noconfirm packaging\ponte.spec
;   iscc /DMyAppVersion=0.1.0 packaging\windows\ponte.iss
; Output: dist\ponte-<version>-setup.exe
;
; Per user: no administrator rights, installed under %LOCALAPPDATA%\Programs\Ponte.
; The vault lives elsewhere (%LOCALAPPDATA%\Ponte, chosen by the program) and survives
; uninstalling unless the user explicitly asks for it to be deleted.

#ifndef MyAppVersion
  #define MyAppVersion "0.1.0"
#endif
#define MyAppName "Ponte"
#define MyAppPublisher "Ponte project"
#define MyAppExe "ponte-gui.exe"

[Setup]
; A fixed id: upgrades replace the same installation. Never change it.
AppId={{6F1C2E3A-5B7D-4C8E-9A0B-7D2F4E6A8C10}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
AppCopyright=AGPL-3.0-or-later
VersionInfoVersion={#MyAppVersion}
VersionInfoProductName={#MyAppName}
VersionInfoDescription=Ponte: encrypted case records and referrals for anti-violence centres
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ponte-{#MyAppVersion}-setup
SetupIconFile=ponte.ico
UninstallDisplayIcon={app}\{#MyAppExe}
UninstallDisplayName={#MyAppName} {#MyAppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
italian.DeleteVault=Eliminare anche l'archivio di Ponte (tutti i fascicoli e le chiavi) da questo computer?%n%n%1%n%nNON si può annullare. Scegli "No" se non hai una copia di sicurezza verificata.
english.DeleteVault=Also delete the Ponte vault (all case records and keys) from this computer?%n%n%1%n%nThis CANNOT be undone. Choose "No" unless you have a verified backup.
italian.VaultKept=L'archivio è stato conservato in %1.
english.VaultKept=The vault was kept in %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\ponte\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; Comment: "Ponte"
Name: "{group}\{cm:UninstallProgram,{#MyAppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExe}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may have left next to it (Python caches); never ponte-data.
Type: filesandordirs; Name: "{app}\__pycache__"

[Code]
{ The vault is kept on uninstall. The user may tick (answer Yes to) deleting it; the
  default button is No, and a silent uninstall never deletes it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Ponte');
    if DirExists(DataDir) and not UninstallSilent then
    begin
      if MsgBox(FmtMessage(CustomMessage('DeleteVault'), [DataDir]),
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True)
      else
        MsgBox(FmtMessage(CustomMessage('VaultKept'), [DataDir]), mbInformation, MB_OK);
    end;
  end;
end;
