from dsl import *


def objs_0280(I):
    x1 = objects(I, T, F, F)
    x2 = ofcolor(I, FOUR)
    x3 = outbox(x2)
    x4 = delta(x3)
    x5 = outbox(x4)
    x6 = backdrop(x5)
    x7 = rbind(vmatching, x6)
    x8 = extract(x1, x7)
    x9 = shape(x8)
    x10 = leastcolor(I)
    x11 = canvas(x10, x9)
    O = fill(x11, x10, x8)
    return O


def objs_0281(I):
    x1 = objects(I, T, T, T)
    x2 = first(x1)
    x3 = subgrid(x2, I)
    x4 = order(x1, numcolors)
    x5 = last(x4)
    x6 = lbind(colorcount, I)
    x7 = palette(I)
    x8 = argmin(x7, x6)
    O = fill(x3, x8, x5)
    return O


def objs_0282(I):
    x1 = asindices(I)
    x2 = objects(I, T, F, T)
    x3 = first(x2)
    x4 = bordering(x3, I)
    x5 = paint(I, x3)
    x6 = branch(x4, I, x5)
    x7 = subgrid(x1, x6)
    x8 = compose(decrement, leftmost)
    x9 = argmin(x2, x8)
    x10 = argmin(x2, width)
    x11 = sizefilter(x2, ONE)
    x12 = first(x11)
    x13 = gravitate(x10, x12)
    x14 = move(x7, x9, x13)
    x15 = ulcorner(x12)
    x16 = crop(x14, x15, x15)
    O = underpaint(x16, x12)
    return O


def objs_0283(I):
    x1 = objects(I, T, F, F)
    x2 = fork(multiply, mostcolor, width)
    x3 = fork(subtract, x2, leastcolor)
    x4 = order(x1, x3)
    x5 = last(x4)
    x6 = fill(I, ONE, x5)
    x7 = argmax(x1, x2)
    O = paint(x6, x7)
    return O


def objs_0284(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = color(x2)
    x4 = rbind(colorcount, x3)
    x5 = chain(dmirror, normalize, backdrop)
    x6 = chain(invert, height, delta)
    x7 = power(halve, TWO)
    x8 = chain(x7, x6, x5)
    x9 = fork(subtract, x4, x8)
    x10 = argmin(x1, x9)
    O = hline(x10)
    return O


def objs_0285(I):
    x1 = objects(I, T, T, F)
    x2 = argmax(x1, size)
    x3 = subgrid(x2, I)
    x4 = normalize(x2)
    x5 = first(x1)
    x6 = leastcolor(x5)
    x7 = underfill(x3, x6, x4)
    x8 = objects(I, T, F, T)
    x9 = color(x5)
    x10 = rbind(colorcount, x9)
    x11 = fork(add, uppermost, x10)
    x12 = argmax(x8, x11)
    x13 = paint(x7, x12)
    x14 = objects(I, T, T, T)
    x15 = last(x14)
    x16 = chain(normalize, vmirror, hmirror)
    x17 = compose(leastcolor, normalize)
    x18 = compose(x17, x16)
    x19 = objects(x13, F, T, T)
    x20 = merge(x19)
    x21 = x18(x20)
    x22 = recolor(x21, x15)
    O = underfill(x13, x21, x22)
    return O


def objs_0286(I):
    x1 = objects(I, T, F, F)
    x2 = power(hmirror, TWO)
    x3 = chain(x2, normalize, vmirror)
    x4 = compose(x3, x2)
    x5 = rbind(colorcount, FIVE)
    x6 = compose(x5, x4)
    x7 = argmax(x1, x6)
    x8 = paint(I, x7)
    x9 = fill(x8, SEVEN, x7)
    x10 = toindices(x7)
    x11 = cover(x9, x10)
    x12 = underpaint(x11, x7)
    O = subgrid(x7, x12)
    return O


def objs_0287(I):
    x1 = objects(I, T, F, F)
    x2 = sizefilter(x1, FOUR)
    x3 = compose(flip, vline)
    x4 = extract(x2, x3)
    x5 = argmin(x1, width)
    x6 = paint(I, x5)
    x7 = cover(x6, x4)
    O = subgrid(x4, x7)
    return O


def objs_0288(I):
    x1 = compose(corners, vmirror)
    x2 = objects(I, T, T, F)
    x3 = mapply(x1, x2)
    x4 = first(x2)
    x5 = urcorner(x4)
    x6 = decrement(x5)
    x7 = shift(x3, x6)
    x8 = box(x7)
    x9 = shape(x8)
    O = canvas(TWO, x9)
    return O


def objs_0289(I):
    x1 = rbind(subgrid, I)
    x2 = leastcolor(I)
    x3 = ofcolor(I, x2)
    x4 = x1(x3)
    x5 = objects(I, T, F, F)
    x6 = argmax(x5, uppermost)
    x7 = paint(x4, x6)
    x8 = rbind(subgrid, x7)
    x9 = first(x5)
    x10 = toindices(x9)
    x11 = x8(x10)
    x12 = argmin(x5, numcolors)
    x13 = fill(x11, TWO, x12)
    x14 = rbind(astuple, x2)
    x15 = x14(x2)
    x16 = subtract(x15, DOWN_LEFT)
    x17 = hfrontier(x16)
    O = fill(x13, x2, x17)
    return O


def objs_0290(I):
    x1 = objects(I, F, T, T)
    x2 = fork(both, hline, vline)
    x3 = sfilter(x1, x2)
    x4 = mfilter(x3, x2)
    x5 = mfilter(x3, hline)
    x6 = color(x5)
    x7 = fill(I, x6, x4)
    x8 = normalize(x5)
    x9 = inbox(x8)
    x10 = backdrop(x9)
    O = underfill(x7, EIGHT, x10)
    return O


def objs_0291(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, uppermost)
    x3 = subgrid(x2, I)
    x4 = cover(x3, x2)
    x5 = upscale(x4, TWO)
    x6 = rot270(x5)
    x7 = leastcolor(I)
    x8 = ofcolor(I, x7)
    x9 = lbind(colorcount, I)
    x10 = argmin(x1, width)
    x11 = hmirror(x10)
    x12 = palette(x11)
    x13 = argmin(x12, x9)
    O = fill(x6, x13, x8)
    return O


def objs_0292(I):
    x1 = objects(I, T, F, F)
    x2 = rbind(shoot, UP)
    x3 = objects(I, T, F, T)
    x4 = argmin(x3, width)
    x5 = lbind(manhattan, x4)
    x6 = chain(x5, x2, llcorner)
    x7 = argmax(x1, x6)
    O = paint(I, x7)
    return O


def objs_0293(I):
    x1 = chain(vfrontier, llcorner, vmirror)
    x2 = objects(I, F, F, T)
    x3 = mapply(x1, x2)
    x4 = objects(I, T, T, T)
    x5 = apply(center, x4)
    x6 = combine(x3, x5)
    x7 = first(x4)
    x8 = color(x7)
    x9 = recolor(x8, x6)
    O = underfill(I, FIVE, x9)
    return O


def objs_0294(I):
    x1 = fgpartition(I)
    x2 = argmax(x1, uppermost)
    x3 = mostcolor(I)
    x4 = fill(I, x3, x2)
    x5 = lbind(ofcolor, x4)
    x6 = x5(x3)
    x7 = box(x6)
    x8 = intersection(x6, x7)
    x9 = combine(x6, x8)
    O = subgrid(x9, I)
    return O


def objs_0295(I):
    x1 = shape(I)
    x2 = mostcolor(I)
    x3 = canvas(x2, x1)
    x4 = rbind(subgrid, x3)
    x5 = ofcolor(I, ONE)
    x6 = x4(x5)
    x7 = objects(I, T, F, F)
    x8 = fork(add, height, width)
    x9 = chain(leastcolor, dmirror, cmirror)
    x10 = fork(multiply, x8, x9)
    x11 = order(x7, x10)
    x12 = first(x11)
    x13 = fill(x6, x2, x12)
    x14 = objects(I, T, F, T)
    x15 = sizefilter(x14, ONE)
    x16 = first(x15)
    x17 = gravitate(x16, x16)
    O = move(x13, x16, x17)
    return O


def objs_0296(I):
    x1 = lefthalf(I)
    x2 = objects(I, T, F, T)
    x3 = argmin(x2, width)
    x4 = hmirror(x3)
    x5 = toindices(x4)
    x6 = center(x4)
    x7 = increment(x6)
    x8 = vfrontier(x7)
    x9 = rbind(contained, x8)
    x10 = sfilter(x5, x9)
    O = fill(x1, ONE, x10)
    return O


def objs_0297(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = fork(recolor, color, outbox)
    x4 = first(x1)
    x5 = backdrop(x4)
    x6 = backdrop(x5)
    x7 = toindices(x6)
    x8 = inbox(x7)
    x9 = shape(x8)
    x10 = rbind(shift, x9)
    x11 = rbind(upscale, TWO)
    x12 = chain(x11, x10, x3)
    x13 = apply(x12, x2)
    x14 = first(x13)
    x15 = mostcolor(I)
    O = fill(I, x15, x14)
    return O


def objs_0298(I):
    x1 = mostcolor(I)
    x2 = ofcolor(I, x1)
    x3 = fork(recolor, color, inbox)
    x4 = chain(vmirror, x3, vmirror)
    x5 = compose(leastcolor, hmirror)
    x6 = compose(x5, vmirror)
    x7 = compose(x6, x4)
    x8 = objects(I, T, T, T)
    x9 = compose(flip, hline)
    x10 = sfilter(x8, x9)
    x11 = argmin(x10, width)
    x12 = x7(x11)
    O = fill(I, x12, x2)
    return O


def objs_0299(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    x3 = bordering(x2, I)
    x4 = hmirror(I)
    x5 = hline(x2)
    x6 = fill(I, ZERO, x2)
    x7 = branch(x5, x4, x6)
    x8 = branch(x3, x4, x7)
    x9 = cover(x8, x2)
    x10 = compose(flip, vline)
    x11 = extract(x1, x10)
    x12 = fill(x9, TWO, x11)
    x13 = compose(height, delta)
    x14 = fork(subtract, rightmost, x13)
    x15 = compose(x14, box)
    x16 = order(x1, x15)
    x17 = last(x16)
    O = fill(x12, EIGHT, x17)
    return O
