#!/bin/sh
# Builds the bottom layer of the container image without any registry: a Java runtime cut from the
# building JDK by jlink, the C libraries it and the bot's native runtimes (ONNX Runtime, tokenizers)
# load, taken from the building machine, and the few files a process expects (a user, writable
# directories). Called by `./mvnw -Pimage package` with the output folder; Jib adds the folder to
# an empty ("scratch") image under the application's own layers. Linux x86-64 only.
set -eu
out="$1"
java_home="${2:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"
rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/lib/x86_64-linux-gnu" "$out/lib64" "$out/tmp" "$out/var/lib/ai-backend"

# java.se (java.desktop among it: java.beans is used by Spring and the engine), sun.misc.Unsafe,
# elliptic-curve TLS, DNS, JMX and JFR for operations, the HTTP server the bench's stand-ins use.
"$java_home/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management,\
jdk.naming.dns,jdk.httpserver,jdk.jfr,jdk.localedata,jdk.charsets \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/opt/java"
# Some distributions link the CA store to /etc; the image gets the file itself.
cacerts="$java_home/lib/security/cacerts"
rm -f "$out/opt/java/lib/security/cacerts"
cp -L "$cacerts" "$out/opt/java/lib/security/cacerts"

# The libraries the runtime links (its desktop parts are never loaded: the server is headless), and
# those ONNX Runtime and the tokenizers link besides (C++ runtime, threads, real time).
libs=$(find "$out/opt/java" -name '*.so' | grep -vE 'awt|splash|fontmanager|jsound|lcms|javajpeg|mlib|jawt' \
  | xargs ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 }')
for lib in $libs libstdc++.so.6 libgcc_s.so.1 libdl.so.2 libpthread.so.0 librt.so.1 libm.so.6 libc.so.6; do
  case "$lib" in
    /*) path="$lib" ;;
    *) path="/lib/x86_64-linux-gnu/$lib" ;;
  esac
  cp -L "$path" "$out/lib/x86_64-linux-gnu/$(basename "$path")"
done
cp -L /lib64/ld-linux-x86-64.so.2 "$out/lib64/ld-linux-x86-64.so.2"

# A user without privileges whose home is writable scratch space (the native runtimes unpack there).
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:10001:10001:ai-backend:/tmp:/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\napp:x:10001:\n' > "$out/etc/group"
printf 'hosts: files dns\n' > "$out/etc/nsswitch.conf"
touch "$out/tmp/.keep" "$out/var/lib/ai-backend/.keep"
echo "runtime: $(du -sh "$out" | cut -f1) in $out"
