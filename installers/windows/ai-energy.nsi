; AI Energy Calculator: per-user Windows installer (NSIS 3, Unicode). No administrator rights needed.
; Built by `uv run python installers/build.py windows`, which passes:
;   /DVERSION=0.1.0  /DSOURCE=<the PyInstaller onedir, dist\ai-energy>  /DOUTFILE=<dist\ai-energy-0.1.0-setup.exe>
;   /DICON=<build\icons\ai-energy.ico, drawn from resources\icons\app.svg>
; Installs into %LOCALAPPDATA%\Programs\AI Energy Calculator, adds a Start-menu entry and an uninstaller, and
; registers the uninstaller under HKCU so "Apps & features" lists it.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "pass /DVERSION=..."
!endif
!ifndef SOURCE
  !error "pass /DSOURCE=<onedir>"
!endif
!ifndef ICON
  !error "pass /DICON=<build\icons\ai-energy.ico>"
!endif
!ifndef OUTFILE
  !define OUTFILE "ai-energy-${VERSION}-setup.exe"
!endif

!define APPNAME "AI Energy Calculator"
!define EXE "ai-energy.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ai-energy"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "Software\ai-energy" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "Software\ai-energy" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "AI Energy Calculator team"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ; Lessons (*.aienergy.toml): Windows knows a file only by its last extension, .toml, which other programs
  ; own; the program offers itself in "Open with" for .toml instead of taking every TOML file.
  WriteRegStr HKCU "Software\Classes\AIEnergy.Lesson" "" "AI Energy Calculator lesson"
  WriteRegStr HKCU "Software\Classes\AIEnergy.Lesson\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\AIEnergy.Lesson\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\.toml\OpenWithProgids" "AIEnergy.Lesson" ""
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\ai-energy"
  DeleteRegKey HKCU "Software\Classes\AIEnergy.Lesson"
  DeleteRegValue HKCU "Software\Classes\.toml\OpenWithProgids" "AIEnergy.Lesson"
SectionEnd
