/**
 * Every element under `root`, in document order, by an explicit stack: linkedom
 * has no getElementsByTagName("*"), and recursion would overflow on hostile
 * markup nested thousands deep.
 */
export function* descendantElements(root: Element): Generator<Element> {
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    yield el;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
}
