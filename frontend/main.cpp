#include "frontend/cli.h"
#include "frontend/scan.h"

#include <iostream>

int main(int argc, char **argv) {
  using namespace sluice;
  Command cmd;
  std::string error;
  if (!parseCommandLine(argc, argv, cmd, error)) {
    std::cerr << "sluice: error: " << error << "\n";
    return ExitUsage;
  }
  switch (cmd.kind) {
  case Command::Help:
    std::cout << (cmd.helpTopic == "scan"           ? scanHelp()
                  : cmd.helpTopic == "rules"        ? rulesHelp()
                  : cmd.helpTopic == "capabilities" ? capabilitiesHelp()
                  : cmd.helpTopic == "audit"        ? auditHelp()
                                                    : mainHelp());
    return ExitClean;
  case Command::Version:
    std::cout << "sluice " << SLUICE_VERSION << " (Clang " << CLANG_VERSION_STRING_FOR_SLUICE
              << ")\n";
    return ExitClean;
  case Command::Scan:
    return runScan(cmd.scan, std::vector<std::string>(argv, argv + argc));
  case Command::Capabilities:
    return runScan(cmd.scan, std::vector<std::string>(argv, argv + argc));
  case Command::Audit:
    return runAudit(cmd.audit);
  case Command::Rules:
    return runRules(cmd.rules);
  }
  return ExitUsage;
}
