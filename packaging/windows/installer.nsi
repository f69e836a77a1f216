; Windows installer for the all2all mail setup wizard (NSIS 3, Modern UI 2).
;
; Build (after `python packaging/build.py` on Windows):
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=dist\all2all-setup ^
;            /DICON=build\pyinstaller\icons\all2all-setup.ico ^
;            /DOUTFILE=dist\all2all-setup-0.1.0-setup.exe packaging\windows\installer.nsi
; VERSION and SOURCE_DIR are required; ICON and OUTFILE are optional.
; SOURCE_DIR is PyInstaller's one-folder output: all2all-setup.exe (console, for IT
; staff and scripts), all2all-setup-gui.exe (windowed, for the shortcut) and _internal\.
;
; Running it:
;   all2all-setup-0.1.0-setup.exe                 pages in Dutch, French or English
;   all2all-setup-0.1.0-setup.exe /S              silent, for the current user
;   all2all-setup-0.1.0-setup.exe /S /AllUsers    silent, for every user (administrator)
;   "<folder>\uninstall.exe" /S                   silent removal
; Per user (default): %LOCALAPPDATA%\Programs\all2all-setup, registered under HKCU.
; Per machine (administrators, chosen on a page or with /AllUsers): Program Files,
; registered under HKLM.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is required: makensis /DVERSION=x.y.z"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR is required: the PyInstaller one-folder output"
!endif
!define /ifndef OUTFILE "all2all-setup-${VERSION}-setup.exe"
!define /ifndef VERSION4 "${VERSION}.0"

!define APP "all2all-setup"
!define EXE "all2all-setup.exe"
!define GUI_EXE "all2all-setup-gui.exe"
!define PUBLISHER "all2all"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "all2all mail setup"
OutFile "${OUTFILE}"
BrandingText "all2all ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "all2all mail setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "all2all mail setup installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}, GPL-3.0-or-later"

; --- Per-user by default, per-machine for administrators -------------------------------
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
; An update lands where the previous version is, in the same mode.
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINST_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINST_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INIT_TEXT_ALLUSERSNOTPOSSIBLE "$(AllUsersNotPossible)"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include x64.nsh

; --- Pages ------------------------------------------------------------------------------
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
; Belgium has two main languages: ask, with the system's language preselected.
!define MUI_LANGDLL_WINDOWTITLE "Taal / Langue / Language"
!define MUI_LANGDLL_INFO "Kies een taal. / Choisissez une langue. / Please choose a language."
; Remembered for an update and for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback for systems in none of the three.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_RESERVEFILE_LANGDLL

; The program's name as its window title says it (i18n/wizard_*.ts).
LangString AppName ${LANG_ENGLISH} "all2all mail setup"
LangString AppName ${LANG_DUTCH} "all2all e-mail instellen"
LangString AppName ${LANG_FRENCH} "Configuration de la messagerie all2all"
LangString AllUsersNotPossible ${LANG_ENGLISH} \
  "Your user account cannot install all2all mail setup for every user of this computer. Ask your administrator, or install it for yourself only."
LangString AllUsersNotPossible ${LANG_DUTCH} \
  "Uw gebruikersaccount kan all2all e-mail instellen niet voor alle gebruikers van deze computer installeren. Vraag het aan uw beheerder, of installeer het alleen voor uzelf."
LangString AllUsersNotPossible ${LANG_FRENCH} \
  "Votre compte d’utilisateur ne peut pas installer la configuration de la messagerie all2all pour tous les utilisateurs de cet ordinateur. Demandez à votre administrateur, ou installez-la seulement pour vous."

; --- Install ----------------------------------------------------------------------------
Function .onInit
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "all2all mail setup" SectionMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the program's files; nothing of an older version stays behind.
  RMDir /r "$INSTDIR\_internal"
  File "${SOURCE_DIR}\${EXE}"
  File "${SOURCE_DIR}\${GUI_EXE}"
  File /r "${SOURCE_DIR}\_internal"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortCut "$SMPROGRAMS\$(AppName).lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
  ; Remembered so the uninstaller removes this shortcut whatever language it speaks.
  WriteRegStr SHCTX "${UNINST_KEY}" "StartMenuShortcut" "$SMPROGRAMS\$(AppName).lnk"

  ; Add/Remove Programs (SHCTX: HKCU per user, HKLM per machine, set by MultiUser).
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "$(AppName)"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" \
    '"$INSTDIR\${UNINSTALLER}" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" \
    '"$INSTDIR\${UNINSTALLER}" /S /$MultiUser.InstallMode'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

; --- Uninstall: exactly what the installer put there ------------------------------------
Function un.onInit
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  ReadRegStr $0 SHCTX "${UNINST_KEY}" "StartMenuShortcut"
  ${If} $0 != ""
    Delete "$0"
  ${EndIf}
  Delete "$SMPROGRAMS\$(AppName).lnk"

  ; _internal is the bundle's own folder; the rest are single files. The install
  ; folder itself goes only if empty, in case someone chose a folder holding more.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"

  DeleteRegKey SHCTX "${UNINST_KEY}"
SectionEnd
