; Windows installer for the all2all mail setup wizard (NSIS 3.08 or later, Modern UI 2).
;
; Build (after `python packaging/build.py` on Windows):
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=dist\all2all-setup ^
;            /DICON=build\pyinstaller\icons\all2all-setup.ico ^
;            /DOUTFILE=dist\all2all-setup-0.1.0-setup.exe packaging\windows\installer.nsi
; VERSION and SOURCE_DIR are required; ICON, OUTFILE and SIGN_COMMAND are optional.
; SOURCE_DIR is PyInstaller's one-folder output: all2all-setup.exe (console, for IT
; staff and scripts), all2all-setup-gui.exe (windowed, for the shortcut) and _internal\.
; SIGN_COMMAND signs: makensis runs `<SIGN_COMMAND> "<file>"` on the uninstaller before
; packing it and on the finished installer, and stops when it does not return 0.
;
; This file is UTF-8 with a byte-order mark: without one, makensis on Windows reads it
; in the ANSI code page and the accented French, Dutch and German texts come out garbled.
;
; Running it:
;   all2all-setup-0.1.0-setup.exe                 pages in Dutch, French, German or English
;   all2all-setup-0.1.0-setup.exe /S              silent, for the current user
;   all2all-setup-0.1.0-setup.exe /S /AllUsers    silent, for every user (administrator)
;   all2all-setup-0.1.0-setup.exe /S /D=C:\Apps\all2all setup   another folder (last,
;                                                 without quotes, even with spaces)
;   "<folder>\uninstall.exe" /S                   silent removal
; Per user (default): %LOCALAPPDATA%\Programs\all2all-setup, registered under HKCU.
; Per machine (administrators, chosen on a page or with /AllUsers): Program Files,
; registered under HKLM.
;
; Exit codes besides NSIS's own (0 done, 1 cancelled by the user, 2 stopped, for
; example by a file that could not be replaced):
!define EXIT_PROGRAM_RUNNING 3  ; all2all-setup(-gui).exe runs from the folder: close it
!define EXIT_NO_ADMIN_RIGHTS 4  ; /AllUsers without administrator rights
!define EXIT_NEEDS_64BIT 5      ; 32-bit Windows

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
; A file that cannot be replaced (in use by something else than the two programs,
; which are checked first) stops the installation with exit code 2, instead of being
; skipped silently and leaving old and new files mixed.
AllowSkipFiles off

!if ${NSIS_PACKEDVERSION} < 0x03008000
  !error "NSIS 3.08 or later is required (!uninstfinalize)"
!endif
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

; --- Authenticode (release builds with a certificate) -----------------------------------
; The uninstaller is signed before it is packed, so the uninstall.exe that the
; installer writes carries the signature; then the installer itself.
!ifdef SIGN_COMMAND
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
  !finalize '${SIGN_COMMAND} "%1"' = 0
!endif

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
; Every change of mode (in .onInit and on the mode page) sets $INSTDIR to the mode's
; folder, the uninstaller's too; these put a folder given with /D=, and the
; uninstaller's own folder, back.
!define MULTIUSER_INSTALLMODE_FUNCTION KeepCommandLineFolder
!define MULTIUSER_INSTALLMODE_UNFUNCTION un.KeepOwnFolder
!define MULTIUSER_INIT_TEXT_ALLUSERSNOTPOSSIBLE "$(AllUsersNotPossible)"
; After that message (interactive only, see RefuseSilentAllUsers), quit with an exit code.
!define MULTIUSER_INIT_FUNCTIONQUIT QuitWithoutAdminRights
!define MULTIUSER_INIT_un.FUNCTIONQUIT un.QuitWithoutAdminRights
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include x64.nsh

; --- Pages ------------------------------------------------------------------------------
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
; Belgium has three official languages: ask, with the system's language preselected.
!define MUI_LANGDLL_WINDOWTITLE "Taal / Langue / Sprache / Language"
!define MUI_LANGDLL_INFO "Kies een taal. / Choisissez une langue. / Wählen Sie eine Sprache. / Please choose a language."
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

; The first language is the fallback for systems in none of the four.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_RESERVEFILE_LANGDLL

; The program's name as its window title says it (i18n/wizard_*.ts).
LangString AppName ${LANG_ENGLISH} "all2all mail setup"
LangString AppName ${LANG_DUTCH} "all2all e-mail instellen"
LangString AppName ${LANG_FRENCH} "Configuration de la messagerie all2all"
LangString AppName ${LANG_GERMAN} "all2all-E-Mail einrichten"
LangString AllUsersNotPossible ${LANG_ENGLISH} \
  "Your user account cannot install all2all mail setup for every user of this computer. Ask your administrator, or install it for yourself only."
LangString AllUsersNotPossible ${LANG_DUTCH} \
  "Uw gebruikersaccount kan all2all e-mail instellen niet voor alle gebruikers van deze computer installeren. Vraag het aan uw beheerder, of installeer het alleen voor uzelf."
LangString AllUsersNotPossible ${LANG_FRENCH} \
  "Votre compte d’utilisateur ne peut pas installer la configuration de la messagerie all2all pour tous les utilisateurs de cet ordinateur. Demandez à votre administrateur, ou installez-la seulement pour vous."
LangString AllUsersNotPossible ${LANG_GERMAN} \
  "Ihr Benutzerkonto kann „all2all-E-Mail einrichten“ nicht für alle Benutzer dieses Computers installieren. Fragen Sie Ihren Administrator oder installieren Sie das Programm nur für sich selbst."
; Shown before the language is chosen: in the language of Windows (English otherwise).
LangString Needs64Bit ${LANG_ENGLISH} \
  "“all2all mail setup” only works on 64-bit Windows. This computer has 32-bit Windows, so the program cannot be installed on it."
LangString Needs64Bit ${LANG_DUTCH} \
  "“all2all e-mail instellen” werkt alleen op 64-bit Windows. Deze computer heeft 32-bit Windows, dus het programma kan er niet op geïnstalleerd worden."
LangString Needs64Bit ${LANG_FRENCH} \
  "« Configuration de la messagerie all2all » fonctionne seulement avec Windows 64 bits. Cet ordinateur a Windows 32 bits : le programme ne peut pas y être installé."
LangString Needs64Bit ${LANG_GERMAN} \
  "„all2all-E-Mail einrichten“ funktioniert nur mit 64-Bit-Windows. Dieser Computer hat ein 32-Bit-Windows, deshalb kann das Programm hier nicht installiert werden."
; Windows names the buttons in its own language: Retry/Cancel, Opnieuw proberen/Annuleren,
; Réessayer/Annuler, Wiederholen/Abbrechen.
LangString ProgramRunning ${LANG_ENGLISH} \
  "“all2all mail setup” is still open. Close it, then click Retry. Click Cancel to stop without changing anything."
LangString ProgramRunning ${LANG_DUTCH} \
  "“all2all e-mail instellen” is nog open. Sluit het programma en klik dan op Opnieuw proberen. Klik op Annuleren om te stoppen zonder iets te wijzigen."
LangString ProgramRunning ${LANG_FRENCH} \
  "« Configuration de la messagerie all2all » est encore ouvert. Fermez le programme, puis cliquez sur Réessayer. Cliquez sur Annuler pour arrêter sans rien modifier."
LangString ProgramRunning ${LANG_GERMAN} \
  "„all2all-E-Mail einrichten“ ist noch geöffnet. Schließen Sie das Programm und klicken Sie dann auf „Wiederholen“. Klicken Sie auf „Abbrechen“, um ohne Änderungen aufzuhören."

; --- Checks shared by the installer and the uninstaller ---------------------------------
Var CommandLineFolder  ; the folder given with /D=, or empty
Var UninstallerFolder  ; the folder the uninstaller belongs to

!macro ACCOUNT_TYPE OUT
  !ifdef TEST_ACCOUNT_TYPE
    ; Test builds only: Wine always runs programs as an administrator.
    StrCpy ${OUT} "${TEST_ACCOUNT_TYPE}"
  !else
    UserInfo::GetAccountType
    Pop ${OUT}
  !endif
!macroend

!macro SHARED_FUNCTIONS UN STRFUNC_UN
  ; MultiUser.nsh refuses /AllUsers without administrator rights with a message box
  ; that has no silent default, so a silent run would wait for a click. A silent run
  ; quits first, with the same test as MultiUser.nsh (the word anywhere in the
  ; parameters, any case; the same account type).
  Function ${UN}RefuseSilentAllUsers
    ${IfNot} ${Silent}
      Return
    ${EndIf}
    Push $0
    ${${UN}GetParameters} $0
    ${${STRFUNC_UN}StrStr} $0 $0 "/AllUsers"
    ${If} $0 != ""
      !insertmacro ACCOUNT_TYPE $0
      ${If} $0 != "Admin"
      ${AndIf} $0 != "Power"
        SetErrorLevel ${EXIT_NO_ADMIN_RIGHTS}
        Quit
      ${EndIf}
    ${EndIf}
    Pop $0
  FunctionEnd

  Function ${UN}QuitWithoutAdminRights
    SetErrorLevel ${EXIT_NO_ADMIN_RIGHTS}
    Quit
  FunctionEnd

  ; Windows gives no write access to the file of a running program (it is mapped
  ; into the process), so opening it for appending fails exactly while it runs. That
  ; needs no plugin and only looks at the programs in this folder. Renaming would not
  ; do: Windows lets a running program's file be renamed.
  Function ${UN}RefuseWhileProgramRuns
    Push $0
    Push $1
    retry:
      StrCpy $1 ""
      ${If} ${FileExists} "$INSTDIR\${EXE}"
        ClearErrors
        FileOpen $0 "$INSTDIR\${EXE}" a
        ${If} ${Errors}
          StrCpy $1 "${EXE}"
        ${Else}
          FileClose $0
        ${EndIf}
      ${EndIf}
      ${If} ${FileExists} "$INSTDIR\${GUI_EXE}"
        ClearErrors
        FileOpen $0 "$INSTDIR\${GUI_EXE}" a
        ${If} ${Errors}
          StrCpy $1 "${GUI_EXE}"
        ${Else}
          FileClose $0
        ${EndIf}
      ${EndIf}
      ${If} $1 != ""
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(ProgramRunning)" /SD IDCANCEL IDRETRY retry
        SetErrorLevel ${EXIT_PROGRAM_RUNNING}
        Quit
      ${EndIf}
    Pop $1
    Pop $0
  FunctionEnd
!macroend
!insertmacro SHARED_FUNCTIONS "" ""
!insertmacro SHARED_FUNCTIONS "un." "Un"

; --- Install ----------------------------------------------------------------------------
Function .onInit
  ; NSIS puts the folder of a /D= option into $INSTDIR before .onInit and removes the
  ; option from $CMDLINE; this script sets no InstallDir, so a non-empty $INSTDIR here
  ; is that folder. Kept before MULTIUSER_INIT replaces it.
  StrCpy $CommandLineFolder $INSTDIR
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    SetErrorLevel ${EXIT_NEEDS_64BIT}
    Quit
  ${EndIf}
  ; The program is 64-bit: its registry entry is in the 64-bit view.
  SetRegView 64
  Call RefuseSilentAllUsers
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function KeepCommandLineFolder
  ${If} $CommandLineFolder != ""
    StrCpy $INSTDIR $CommandLineFolder
  ${EndIf}
FunctionEnd

Section "all2all mail setup" SectionMain
  SectionIn RO
  ; Before anything changes: a running program's files cannot be replaced, and
  ; a silent update would otherwise leave old and new files mixed.
  Call RefuseWhileProgramRuns
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
  ; The folder the uninstaller was started from (or _?=). MULTIUSER_UNINIT would
  ; replace it with the folder registered for the mode, which after a move with /D=
  ; is another installation's.
  StrCpy $UninstallerFolder $INSTDIR
  ; Installed only on 64-bit Windows (see .onInit).
  SetRegView 64
  Call un.RefuseSilentAllUsers
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Function un.KeepOwnFolder
  StrCpy $INSTDIR $UninstallerFolder
FunctionEnd

Section "Uninstall"
  Call un.RefuseWhileProgramRuns
  ; The registry entry and the shortcut go only with the installation they describe.
  ReadRegStr $1 SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $1 == ""
  ${OrIf} $1 == $INSTDIR
    ReadRegStr $0 SHCTX "${UNINST_KEY}" "StartMenuShortcut"
    ${If} $0 != ""
      Delete "$0"
    ${EndIf}
    Delete "$SMPROGRAMS\$(AppName).lnk"
  ${EndIf}

  ; _internal is the bundle's own folder; the rest are single files. The install
  ; folder itself goes only if empty, in case someone chose a folder holding more.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"

  ${If} $1 == ""
  ${OrIf} $1 == $INSTDIR
    DeleteRegKey SHCTX "${UNINST_KEY}"
  ${EndIf}
SectionEnd
