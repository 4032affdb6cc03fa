import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Whether `predicate` holds for `root` or any node under it, looking at no more than `maxNodes` nodes
 * (so a pathological file costs a bounded amount). Used on small subtrees: a callback, an option value.
 */
export function containsNode(
  root: TSESTree.Node,
  predicate: (node: TSESTree.Node) => boolean,
  sourceCode: Readonly<TSESLint.SourceCode>,
  maxNodes = 5000,
): boolean {
  return visitNodes(root, predicate, sourceCode, maxNodes);
}

/**
 * Calls `visit` on `root` and the nodes under it (depth first, the last child first), on no more than `maxNodes`
 * nodes, and stops as soon as `visit` returns true: whether it did.
 */
export function visitNodes(
  root: TSESTree.Node,
  visit: (node: TSESTree.Node) => boolean,
  sourceCode: Readonly<TSESLint.SourceCode>,
  maxNodes: number,
): boolean {
  const stack: TSESTree.Node[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen++ < maxNodes) {
    const node = stack.pop()!;
    if (visit(node)) {
      return true;
    }
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) {
          if (item && typeof (item as TSESTree.Node).type === 'string') stack.push(item as TSESTree.Node);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
  return false;
}
