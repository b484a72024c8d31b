// The file system Clang sees: contents only below the readable directories,
// only regular files, symlinks judged by where they lead.
#include "frontend/sandbox_fs.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using namespace sluice;

TEST_CASE("the sandbox opens regular files below the readable directories only", "[sandbox]") {
  char tmpl[] = "/tmp/sluice-sandbox-XXXXXX";
  REQUIRE(mkdtemp(tmpl));
  std::string root = tmpl;
  std::ofstream(root + "/in.h") << "int x;\n";
  REQUIRE(mkfifo((root + "/pipe.h").c_str(), 0600) == 0);
  REQUIRE(symlink("/etc/hostname", (root + "/out.h").c_str()) == 0);

  auto log = std::make_shared<SandboxLog>();
  auto fs = makeSandboxFS({root}, log);
  CHECK(fs->openFileForRead(root + "/in.h"));
  CHECK(fs->status(root + "/in.h"));
  CHECK_FALSE(fs->openFileForRead(root + "/pipe.h"));   // would block
  CHECK_FALSE(fs->openFileForRead(root + "/out.h"));    // leads out of the tree
  CHECK_FALSE(fs->status(root + "/out.h"));
  CHECK_FALSE(fs->openFileForRead("/etc/passwd"));
  CHECK_FALSE(fs->openFileForRead("/dev/zero"));
  CHECK(fs->status("/usr"));                             // directories stay visible
  CHECK(fs->status("/etc/os-release"));                  // the driver's distribution probe
  CHECK(log->refused.count(root + "/pipe.h (not a regular file)"));
  CHECK(log->refused.count("/etc/passwd (outside the scan root)"));
  CHECK(log->refused.count(root + "/out.h -> /etc/hostname (outside the scan root)"));

  for (const char *f : {"/in.h", "/pipe.h", "/out.h"})
    std::remove((root + f).c_str());
  rmdir(root.c_str());
}
