@echo off
rem Runs lstm-workbench.jar with the JVM options of the app image's launcher (README "Install").
rem No arguments opens the window; otherwise a command. Finds the jar beside this script or in
rem ..\..\target; uses the app image's runtime when there is one, else %JAVA_HOME% or java on PATH.
setlocal
set "here=%~dp0"
set "jar=%here%lstm-workbench.jar"
if not exist "%jar%" set "jar=%here%..\..\target\lstm-workbench.jar"
if not exist "%jar%" (
  echo lstm-workbench.cmd: no lstm-workbench.jar beside %here% or in its ..\..\target ^(build it: mvn -q package -DskipTests^) 1>&2
  exit /b 1
)
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
if exist "%here%..\runtime\bin\java.exe" set "java=%here%..\runtime\bin\java.exe"
"%java%" --add-modules jdk.incubator.vector -XX:+UseSerialGC %JAVA_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%
