#include "analyzer/program_analysis.h"

#include "analyzer/behaviors.h"

#include <new>

namespace sluice {

ProgramAnalysis analyzeProgram(std::vector<facts::TUFacts> &units, const RuleSet &rules,
                               const std::function<bool()> &stop,
                               const LinkBudget &budget) {
  ProgramAnalysis out;
  // Behaviours' flow conditions and handle-waiting capabilities ride along
  // as internal policies; their findings are inputs, not results.
  std::vector<Policy> policies = rules.policies;
  for (Policy &p : behaviorFlowPolicies(rules.behaviors))
    policies.push_back(std::move(p));
  policies.push_back(capabilityHandlePolicy());
  std::vector<report::Finding> flows, confirmations;
  for (report::Finding &f : linkProgram(units, policies, &out.stats, stop, budget))
    (isFlowPolicyId(f.ruleId)               ? flows
     : isCapabilityHandlePolicyId(f.ruleId) ? confirmations
                                            : out.findings)
        .push_back(std::move(f));
  if (out.stats.cancelled)
    return out;
  try {
    settleCapabilities(units, confirmations);
    out.graph = ProgramGraph::build(units);
    out.manifest = buildManifest(out.graph, rules);
    std::vector<report::Finding> found = evaluateBehaviors(
        out.graph, out.manifest, rules, flows, out.findings, &out.behaviorsIncomplete);
    for (report::Finding &f : found)
      out.findings.push_back(std::move(f));
  } catch (const std::bad_alloc &) {
    // The taint findings stand; behaviours (and the manifest) may be cut.
    out.behaviorsIncomplete = true;
    out.outOfMemory = true;
  }
  return out;
}

} // namespace sluice
