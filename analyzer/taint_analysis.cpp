#include "analyzer/taint_analysis.h"

#include "analyzer/transfer.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <set>

namespace sluice {

using namespace clang;

std::string reportPath(const std::string &file, const std::string &root) {
  llvm::SmallString<256> abs(file);
  llvm::sys::fs::make_absolute(abs);
  llvm::sys::path::remove_dots(abs, /*remove_dot_dot=*/true);
  std::string a(abs.str());
  if (!root.empty() && a.size() > root.size() && a.compare(0, root.size(), root) == 0 &&
      a[root.size()] == '/')
    return a.substr(root.size() + 1);
  return a;
}

namespace {

/// Upper bound on block visits per function, as a multiple of its blocks:
/// the lattice has finite height, so this only guards against bugs.
constexpr unsigned kVisitsPerBlock = 64;

std::string sinkDescription(const std::string &sinkKind, const std::string &api) {
  if (sinkKind == "command")
    return "the command argument of '" + api + "'";
  if (sinkKind == "path")
    return "the file path argument of '" + api + "'";
  if (sinkKind == "network-send")
    return "the data sent over the network by '" + api + "'";
  return "the " + sinkKind + " argument of '" + api + "'";
}

std::string replaceAll(std::string s, const std::string &from, const std::string &to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
  return s;
}

class FunctionAnalyzer : public SinkObserver {
public:
  FunctionAnalyzer(ASTContext &ctx, const RuleSet &rules, const std::string &root, Arena &arena,
                   TUAnalysis &out)
      : ctx_(ctx), sm_(ctx.getSourceManager()), rules_(rules), root_(root), arena_(arena),
        out_(out) {}

  void run(const FunctionDecl *fd) {
    fn_ = fd;
    CFG::BuildOptions bo;
    bo.PruneTriviallyFalseEdges = true;
    std::unique_ptr<CFG> cfg = CFG::buildCFG(fd, fd->getBody(), &ctx_, bo);
    if (!cfg) {
      notify("cfg-failed", "could not build a control-flow graph for '" +
                               fd->getQualifiedNameAsString() + "'; the function was skipped",
             fd->getLocation());
      return;
    }
    ++out_.functionsAnalyzed;
    Transfer tr(ctx_, rules_, arena_);
    unsigned n = cfg->getNumBlockIDs();
    std::vector<unsigned> order = reversePostOrder(*cfg);
    std::vector<unsigned> rank(n, ~0u);
    for (unsigned i = 0; i < order.size(); ++i)
      rank[order[i]] = i;

    std::vector<State> in(n);
    tr.seedEntry(fd, in[cfg->getEntry().getBlockID()]);
    std::set<unsigned> work;  // ranks, so blocks run in reverse post-order
    work.insert(rank[cfg->getEntry().getBlockID()]);
    unsigned visits = 0, budget = kVisitsPerBlock * n + 64;
    while (!work.empty()) {
      unsigned id = order[*work.begin()];
      work.erase(work.begin());
      if (++visits > budget) {
        notify("fixpoint-budget",
               "the analysis of '" + fd->getQualifiedNameAsString() +
                   "' did not converge; its findings may be incomplete",
               fd->getLocation());
        break;
      }
      const CFGBlock *b = nullptr;
      for (const CFGBlock *x : *cfg)
        if (x->getBlockID() == id)
          b = x;
      State s = in[id];
      runBlock(tr, *b, s);
      for (const CFGBlock::AdjacentBlock &succ : b->succs()) {
        const CFGBlock *t = succ.getReachableBlock();
        if (t && in[t->getBlockID()].join(s))
          work.insert(rank[t->getBlockID()]);
      }
    }

    // Findings are decided over the converged states, apart from transfer.
    tr.setObserver(this);
    for (const CFGBlock *b : *cfg) {
      State s = in[b->getBlockID()];
      if (s.reachable)
        runBlock(tr, *b, s);
    }
  }

  void onSink(const SinkHit &hit) override {
    for (const Taint &t : hit.value.labels) {
      const Label &l = arena_.label(t.label);
      for (const Policy &p : rules_.policies) {
        if (!contains(p.sourceKinds, l.kind) || !contains(p.sinkKinds, hit.row->kind))
          continue;
        auto key = std::make_tuple(p.info.id, hit.call, l.site, l.api);
        if (!reported_.insert(key).second)
          continue;
        out_.findings.push_back(makeFinding(p, hit, l, t));
      }
    }
  }

private:
  static bool contains(const std::vector<std::string> &v, const std::string &s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  }

  void runBlock(Transfer &tr, const CFGBlock &b, State &s) {
    tr.beginBlock();
    for (const CFGElement &el : b)
      if (auto cs = el.getAs<CFGStmt>())
        tr.apply(cs->getStmt(), s);
  }

  static std::vector<unsigned> reversePostOrder(const CFG &cfg) {
    std::vector<unsigned> post;
    std::vector<char> seen(cfg.getNumBlockIDs(), 0);
    std::vector<std::pair<const CFGBlock *, CFGBlock::const_succ_iterator>> stack;
    const CFGBlock *entry = &cfg.getEntry();
    seen[entry->getBlockID()] = 1;
    stack.push_back({entry, entry->succ_begin()});
    while (!stack.empty()) {
      auto &[b, it] = stack.back();
      if (it == b->succ_end()) {
        post.push_back(b->getBlockID());
        stack.pop_back();
        continue;
      }
      const CFGBlock *s = it->getReachableBlock();
      ++it;
      if (s && !seen[s->getBlockID()]) {
        seen[s->getBlockID()] = 1;
        stack.push_back({s, s->succ_begin()});
      }
    }
    std::vector<unsigned> order(post.rbegin(), post.rend());
    // Unreachable blocks still need a rank (they are never visited).
    for (const CFGBlock *b : cfg)
      if (!seen[b->getBlockID()])
        order.push_back(b->getBlockID());
    return order;
  }

  report::Location location(SourceLocation loc, SourceLocation end = {}) const {
    report::Location out;
    loc = sm_.getFileLoc(loc);
    if (loc.isInvalid())
      return out;
    out.file = reportPath(sm_.getFilename(loc).str(), root_);
    out.line = sm_.getSpellingLineNumber(loc);
    out.column = sm_.getSpellingColumnNumber(loc);
    if (end.isValid()) {
      end = sm_.getFileLoc(end);
      end = Lexer::getLocForEndOfToken(end, 0, sm_, ctx_.getLangOpts());
      if (end.isValid() && sm_.getFileID(end) == sm_.getFileID(loc)) {
        out.endLine = sm_.getSpellingLineNumber(end);
        out.endColumn = sm_.getSpellingColumnNumber(end);
      }
    }
    bool invalid = false;
    llvm::StringRef buf = sm_.getBufferData(sm_.getFileID(loc), &invalid);
    if (!invalid) {
      unsigned off = sm_.getFileOffset(loc);
      size_t start = buf.rfind('\n', off);
      start = start == llvm::StringRef::npos ? 0 : start + 1;
      size_t stop = buf.find('\n', off);
      out.snippet = buf.slice(start, stop).trim().str();
    }
    return out;
  }

  report::Finding makeFinding(const Policy &p, const SinkHit &hit, const Label &l, const Taint &t) {
    report::Finding f;
    f.ruleId = p.info.id;
    f.level = p.info.defaultLevel;
    f.sourceKind = l.kind;
    f.sinkKind = hit.row->kind;
    std::string msg = p.message;
    msg = replaceAll(msg, "{source}", l.api);
    msg = replaceAll(msg, "{sink}", hit.api);
    msg = replaceAll(msg, "{source-kind}", l.kind);
    msg = replaceAll(msg, "{source-desc}", describeSourceKind(l.kind));
    msg = replaceAll(msg, "{sink-kind}", hit.row->kind);
    f.message = msg;
    f.location = location(hit.call->getBeginLoc(), hit.call->getEndLoc());
    f.function = fn_->getQualifiedNameAsString();
    for (const TraceStep *s : arena_.path(t.trace))
      f.flow.push_back({location(siteLoc(s->site)), s->message, s->kind});
    const clang::Expr *arg = hit.call->getArg(hit.argIndex);
    f.flow.push_back({location(arg->getBeginLoc(), arg->getEndLoc()),
                      "reaches " + sinkDescription(hit.row->kind, hit.api), "sink"});
    return f;
  }

  void notify(const std::string &id, const std::string &msg, SourceLocation loc) {
    report::Notification n;
    n.id = id;
    n.level = report::Level::Warning;
    n.message = msg;
    n.location = location(loc);
    n.location.snippet.clear();
    out_.notifications.push_back(std::move(n));
  }

  ASTContext &ctx_;
  const SourceManager &sm_;
  const RuleSet &rules_;
  const std::string &root_;
  Arena &arena_;
  TUAnalysis &out_;
  const FunctionDecl *fn_ = nullptr;
  std::set<std::tuple<std::string, const CallExpr *, uint64_t, std::string>> reported_;
};

class Visitor : public RecursiveASTVisitor<Visitor> {
public:
  explicit Visitor(std::vector<const FunctionDecl *> &fns, const SourceManager &sm)
      : fns_(fns), sm_(sm) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return false; }

  bool VisitFunctionDecl(FunctionDecl *fd) {
    add(fd);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *le) {
    add(le->getCallOperator());
    return true;
  }

private:
  void add(const FunctionDecl *fd) {
    if (!fd || !fd->doesThisDeclarationHaveABody() || fd->isDependentContext() ||
        fd->isInvalidDecl())
      return;
    SourceLocation loc = sm_.getFileLoc(fd->getLocation());
    if (loc.isInvalid() || sm_.isInSystemHeader(loc))
      return;
    fns_.push_back(fd);
  }
  std::vector<const FunctionDecl *> &fns_;
  const SourceManager &sm_;
};

class Consumer : public ASTConsumer {
public:
  Consumer(const RuleSet &rules, std::string root, TUAnalysis &out)
      : rules_(rules), root_(std::move(root)), out_(out) {}

  void HandleTranslationUnit(ASTContext &ctx) override {
    std::vector<const FunctionDecl *> fns;
    Visitor v(fns, ctx.getSourceManager());
    v.TraverseDecl(ctx.getTranslationUnitDecl());
    Arena arena;
    std::set<const FunctionDecl *> done;
    for (const FunctionDecl *fd : fns) {
      if (!done.insert(fd).second)
        continue;
      FunctionAnalyzer fa(ctx, rules_, root_, arena, out_);
      fa.run(fd);
    }
  }

private:
  const RuleSet &rules_;
  std::string root_;
  TUAnalysis &out_;
};

} // namespace

std::unique_ptr<ASTConsumer> makeTaintConsumer(const RuleSet &rules, std::string root,
                                               TUAnalysis &out) {
  return std::make_unique<Consumer>(rules, std::move(root), out);
}

} // namespace sluice
