// The intraprocedural half of the taint analysis: per function, a forward
// dataflow fixpoint over Clang's CFG (transfer.h), then a separate pass over
// the converged states that records function facts (facts.h): what reaches
// sinks, returns, call arguments, out-parameters and globals. Findings are
// decided later, over the facts of the whole program (link.h).
#pragma once

#include "analyzer/facts.h"
#include "analyzer/model.h"
#include "reports/finding.h"

#include "clang/AST/ASTConsumer.h"

#include <memory>
#include <string>
#include <vector>

namespace sluice {

/// What the analysis of one translation unit produced.
struct TUAnalysis {
  facts::TUFacts facts;
  std::vector<report::Notification> notifications;
  unsigned functionsAnalyzed = 0;
};

/// Maps absolute file names to the form used in reports (relative to the
/// scan root when below it).
std::string reportPath(const std::string &file, const std::string &root);

/// The in-memory header through which the front end declares the names of
/// missing headers (see frontend/header_recovery.h). Functions declared
/// there, and C's implicit declarations, belong to a library nobody has:
/// their results carry what their arguments carry.
constexpr const char *kRecoveryPrelude = "/__sluice__/missing-header-declarations.h";

/// An AST consumer that analyzes every function defined outside system
/// headers and appends to `out`.
std::unique_ptr<clang::ASTConsumer> makeTaintConsumer(const RuleSet &rules, std::string root,
                                                      TUAnalysis &out);

} // namespace sluice
