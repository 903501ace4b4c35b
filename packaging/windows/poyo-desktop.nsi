; PoYo Desktop installer for Windows (NSIS 3.08 or newer, Unicode). Per-user: no administrator
; rights. From any folder (makensis works in this script's folder, so the paths it uses itself
; are relative to it; give SOURCE_DIR and OUTFILE as absolute paths):
;   makensis -DVERSION=0.1.0 -DSOURCE_DIR=C:\...\dist\poyo-desktop
;            -DOUTFILE=C:\...\PoYo-Desktop-0.1.0-setup.exe packaging\windows\poyo-desktop.nsi
; -DSIGN_COMMAND="..." signs the installer and its uninstaller as they are written: the
; command gets the file's path as its last argument (see sign.ps1). Without it, both are
; left unsigned.
Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z"
!endif
!ifndef SOURCE_DIR
  !error "Pass -DSOURCE_DIR=<the PyInstaller one-folder bundle>"
!endif
!ifndef OUTFILE
  !define OUTFILE "PoYo-Desktop-${VERSION}-setup.exe"
!endif
!ifndef ROOT
  !define ROOT "..\.."  ; the repository, seen from this script's folder
!endif
!ifdef SIGN_COMMAND
  !finalize '${SIGN_COMMAND} "%1"' = 0
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
!endif

!define APP_NAME "PoYo Desktop"
!define APP_ID "ai.poyo.PoyoDesktop"
!define EXE "poyo-desktop.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define PROG_ID "${APP_ID}.Image"  ; "Open with PoYo Desktop" for pictures
!define SHCNE_ASSOCCHANGED 0x08000000

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

!define MUI_ICON "${ROOT}\resources\icons\poyo-desktop.ico"
!define MUI_UNICON "${ROOT}\resources\icons\poyo-desktop.ico"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP_NAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${ROOT}\LICENSE"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "LegalCopyright" "2026 PoYo Desktop developers (MIT)"

!macro OpenWith EXT
  WriteRegStr HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROG_ID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\${EXE}\SupportedTypes" "${EXT}" ""
!macroend
!macro NoLongerOpenWith EXT
  DeleteRegValue HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROG_ID}"
!macroend

Section "${APP_NAME} (required)" SecApp
  SectionIn RO
  SetShellVarContext current
  ; An upgrade replaces the whole bundle: old libraries must not linger next to new ones.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  ; Registered with Windows: Settings > Apps lists it, with its icon, size and uninstaller.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "PoYo Desktop developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "URLInfoAbout" "https://poyo.ai"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Start menu shortcut" SecStartMenu
  SetShellVarContext current
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Section "Desktop shortcut" SecDesktop
  SetShellVarContext current
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

; Adds the app to the "Open with" list of pictures; the program that opens them on a
; double-click stays the person's choice.
Section "Open pictures with ${APP_NAME}" SecOpenWith
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "Picture for ${APP_NAME}"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${EXE}" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr HKCU "Software\Classes\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  !insertmacro OpenWith ".png"
  !insertmacro OpenWith ".jpg"
  !insertmacro OpenWith ".jpeg"
  !insertmacro OpenWith ".webp"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  !insertmacro NoLongerOpenWith ".png"
  !insertmacro NoLongerOpenWith ".jpg"
  !insertmacro NoLongerOpenWith ".jpeg"
  !insertmacro NoLongerOpenWith ".webp"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${EXE}"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The person's videos, history and settings are theirs: they stay.
SectionEnd
