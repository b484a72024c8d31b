// The behaviour engine: matches behaviour rules (rules/behaviors/*.yaml)
// against the capabilities each scope reaches and the taint flows the link
// step found, and turns each match into a finding that names every
// contributing call. Clang-free.
#pragma once

#include "analyzer/capabilities.h"
#include "analyzer/model.h"
#include "analyzer/program_graph.h"
#include "reports/finding.h"

#include <string>
#include <vector>

namespace sluice {

/// The taint policies behaviours need for their flow conditions: one
/// internal policy per flow condition, with an id starting "flow:". The
/// link step reports their matches like any other policy's.
std::vector<Policy> behaviorFlowPolicies(const std::vector<Behavior> &behaviors);

/// True for the ids behaviorFlowPolicies makes.
bool isFlowPolicyId(const std::string &id);

/// The internal policy that settles capabilities waiting for a handle
/// (facts::Capability::requiredHandle): its findings confirm them.
Policy capabilityHandlePolicy();
bool isCapabilityHandlePolicyId(const std::string &id);

/// Keeps the waiting capabilities the link step confirmed (their handle
/// turned out to be of the required kind) and drops the others.
void settleCapabilities(std::vector<facts::TUFacts> &units,
                        const std::vector<report::Finding> &confirmations);

/// Evaluates every behaviour over the program. `flows` are the link step's
/// findings of the internal flow policies; `reported` the findings of the
/// taint rules (for `covered-by`). `incomplete` is set when a scope was too
/// large to search completely.
std::vector<report::Finding> evaluateBehaviors(const ProgramGraph &g, const Manifest &manifest,
                                               const RuleSet &rules,
                                               const std::vector<report::Finding> &flows,
                                               const std::vector<report::Finding> &reported,
                                               bool *incomplete = nullptr);

} // namespace sluice
