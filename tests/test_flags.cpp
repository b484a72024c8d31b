// The allow list of compiler flags taken from a repository's build: what
// may change a parse is kept, what could write, read or load is dropped and
// said, build-only noise is dropped silently.
#include "frontend/compile_flags.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sluice;

namespace {

bool dropped(const FilteredCommand &c, const std::string &flag, const std::string &why = "") {
  return std::any_of(c.dropped.begin(), c.dropped.end(), [&](const DroppedFlag &d) {
    return d.flag == flag && d.reason.find(why) != std::string::npos;
  });
}

bool kept(const FilteredCommand &c, const std::vector<std::string> &seq) {
  return std::search(c.args.begin(), c.args.end(), seq.begin(), seq.end()) != c.args.end();
}

} // namespace

TEST_CASE("parse-relevant flags are kept with their values", "[flags]") {
  FilteredCommand c = filterCompileCommand(
      {"/usr/bin/gcc", "-Iinclude", "-I", "src", "-isystem", "/opt/x", "-DNDEBUG", "-D", "A=1",
       "-UFOO", "-std=gnu11", "-include", "config.h", "-m64", "-march=x86-64-v2", "-fno-rtti",
       "-fPIC", "-fms-extensions", "-pthread", "-x", "c", "main.c"},
      "main.c");
  CHECK(kept(c, {"-Iinclude", "-I", "src", "-isystem", "/opt/x", "-DNDEBUG", "-D", "A=1"}));
  CHECK(kept(c, {"-UFOO", "-std=gnu11", "-include", "config.h", "-m64", "-march=x86-64-v2"}));
  CHECK(kept(c, {"-fno-rtti", "-fPIC", "-fms-extensions", "-pthread", "-x", "c"}));
  CHECK(c.dropped.empty());
  CHECK_FALSE(c.cxx);
  CHECK(std::find(c.args.begin(), c.args.end(), "main.c") == c.args.end());  // inputs go
}

TEST_CASE("flags that write, load or read files are dropped and reported", "[flags]") {
  FilteredCommand c = filterCompileCommand(
      {"cc", "-Wp,-MD,/tmp/x.d", "-Xclang", "-load", "-Xclang", "p.so", "-fplugin=p.so",
       "-fpass-plugin=p.so", "--config=evil.cfg", "--config", "other.cfg", "@args.rsp",
       "--serialize-diagnostics", "d.dia", "-fmodules-cache-path=/tmp/m", "-ivfsoverlay",
       "o.yaml", "-mllvm", "-x86-asm-syntax=intel", "-save-temps", "-ftime-trace", "-H", "a.c"},
      "a.c");
  CHECK(dropped(c, "-Wp,-MD,/tmp/x.d", "preprocessor"));
  CHECK(dropped(c, "-Xclang -load", "loads code"));
  CHECK(dropped(c, "-Xclang p.so", "loads code"));
  CHECK(dropped(c, "-fplugin=p.so", "loads code"));
  CHECK(dropped(c, "-fpass-plugin=p.so", "loads code"));
  CHECK(dropped(c, "--config=evil.cfg", "configuration"));
  CHECK(dropped(c, "--config other.cfg", "configuration"));
  CHECK(dropped(c, "@args.rsp", "response file"));
  CHECK(dropped(c, "--serialize-diagnostics d.dia", "writes"));
  CHECK(dropped(c, "-fmodules-cache-path=/tmp/m", "writes"));
  CHECK(dropped(c, "-ivfsoverlay o.yaml", "overlay"));
  CHECK(dropped(c, "-mllvm -x86-asm-syntax=intel", "loads code"));
  CHECK(dropped(c, "-save-temps", "writes"));
  CHECK(dropped(c, "-ftime-trace", "writes"));
  CHECK(dropped(c, "-H", "writes"));
  CHECK(c.args.empty());
}

TEST_CASE("build-only flags are dropped silently", "[flags]") {
  FilteredCommand c = filterCompileCommand(
      {"cc", "-c", "-o", "a.o", "-MD", "-MT", "a.o", "-MF", "a.d", "-O2", "-g", "-Wall",
       "-Werror=format-security", "-fstack-protector-strong", "-ffile-prefix-map=/b=.",
       "-fdiagnostics-color=always", "-fsanitize=address", "-pipe", "a.c"},
      "a.c");
  CHECK(c.dropped.empty());
  CHECK(c.args.empty());
}

TEST_CASE("unknown flags are dropped and reported as unknown", "[flags]") {
  FilteredCommand c = filterCompileCommand({"gcc", "-funroll-loops", "-mfoo", "--bogus", "a.c"},
                                           "a.c");
  CHECK(dropped(c, "-funroll-loops", "allow list"));
  CHECK(dropped(c, "-mfoo", "allow list"));
  CHECK(dropped(c, "--bogus", "allow list"));
}

TEST_CASE("the language and target come from the driver's name", "[flags]") {
  CHECK(filterCompileCommand({"/usr/bin/g++", "a.c"}, "a.c").cxx);
  CHECK(filterCompileCommand({"cc", "a.cpp"}, "a.cpp").cxx);
  CHECK_FALSE(filterCompileCommand({"cc", "-x", "c", "a.cpp"}, "a.cpp").cxx);
  CHECK(filterCompileCommand({"arm-linux-gnueabihf-gcc-12", "a.c"}, "a.c").target ==
        "arm-linux-gnueabihf");
  CHECK(filterCompileCommand({"/usr/bin/cc", "a.c"}, "a.c").target.empty());
}

TEST_CASE("the user's include directories are made absolute", "[flags]") {
  std::vector<std::string> dirs =
      includeDirsOf({"-I", "inc", "-isystem/opt/sdk", "-include", "cfg/config.h", "-DX"}, "/w");
  CHECK(dirs == std::vector<std::string>{"/w/inc", "/opt/sdk", "/w/cfg"});
}
