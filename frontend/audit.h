// `sluice audit`: many repositories, each scanned as its own program by a
// `sluice scan` child process (a crash or an out-of-memory kill costs that
// repository only), several at once, resumable, with a time and memory
// budget per repository; one SARIF and manifest per repository and one
// combined report (summary.json, report.html).
#pragma once

#include <string>
#include <vector>

namespace sluice {

struct AuditOptions {
  std::vector<std::string> inputs;     // list files and/or folders of repositories
  std::vector<std::string> mergeDirs;  // --merge: earlier outputs (shards) to join
  std::string outDir = "sluice-audit"; // -o
  unsigned jobs = 0;                   // repositories at once; 0 = cores
  bool force = false;                  // scan again what is done
  unsigned repoTimeoutSeconds = 1800;  // --repo-timeout
  unsigned long repoMemoryMiB = 4096;  // --repo-memory
  unsigned shardIndex = 0, shardCount = 0;  // --shard I/N (1-based I)
  std::vector<std::string> scanArgs;   // after '--': given to every scan
  bool quiet = false;
};

/// One repository to scan: the path as listed (also the shard key) and
/// its folder name under <out>/repos.
struct AuditEntry {
  std::string listed;
  std::string path;   // absolute
  std::string id;
};

/// Reads the inputs: a regular file is a list (one repository per line,
/// '#' comments, paths relative to the list's folder), a folder stands for
/// its child folders. On error (a listed path that is not a folder)
/// returns false with "file:line: message".
bool readAuditInputs(const std::vector<std::string> &inputs, std::vector<AuditEntry> &out,
                     std::string &error);

/// Does `listed` fall in shard `index` (1-based) of `count`? Stable: a hash
/// of the listed path, whatever the order or length of the list.
bool inShard(const std::string &listed, unsigned index, unsigned count);

/// Runs the audit (or, with mergeDirs, only joins earlier outputs); returns
/// the exit code: 0 every repository scanned completely, 3 some failed, ran
/// out of time or were incomplete, 2 bad input.
int runAudit(const AuditOptions &opts);

std::string auditHelp();

} // namespace sluice
