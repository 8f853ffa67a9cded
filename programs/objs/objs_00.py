from dsl import *


def objs_0000(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = rbind(contained, x2)
    x4 = sfilter(x2, x3)
    x5 = rbind(shoot, DOWN_LEFT)
    x6 = mapply(x5, x4)
    x7 = corners(x6)
    x8 = cover(I, x7)
    x9 = asobject(I)
    x10 = paint(x8, x9)
    x11 = fork(subtract, centerofmass, urcorner)
    x12 = fgpartition(x10)
    x13 = apply(x11, x12)
    x14 = underfill(x10, x1, x13)
    x15 = move(x14, x9, ORIGIN)
    O = subgrid(x7, x15)
    return O


def objs_0001(I):
    x1 = compose(dneighbors, centerofmass)
    x2 = rbind(shift, RIGHT)
    x3 = compose(x2, x1)
    x4 = objects(I, T, F, F)
    x5 = apply(hmirror, x4)
    x6 = mapply(x3, x5)
    x7 = underfill(I, ZERO, x6)
    x8 = extract(x5, hline)
    x9 = leastcolor(I)
    O = fill(x7, x9, x8)
    return O


def objs_0002(I):
    x1 = objects(I, F, F, T)
    x2 = last(x1)
    x3 = paint(I, x2)
    x4 = asobject(I)
    x5 = toindices(x4)
    x6 = outbox(x5)
    x7 = lbind(colorcount, I)
    x8 = palette(I)
    x9 = argmin(x8, x7)
    x10 = recolor(x9, x6)
    O = paint(x3, x10)
    return O


def objs_0003(I):
    x1 = shape(I)
    x2 = objects(I, T, F, T)
    x3 = last(x2)
    x4 = color(x3)
    x5 = canvas(x4, x1)
    x6 = asobject(I)
    x7 = initset(x6)
    x8 = ofcolor(I, x4)
    x9 = ulcorner(x8)
    x10 = center(x6)
    x11 = crop(x5, x9, x10)
    x12 = rbind(bordering, x11)
    x13 = sfilter(x7, x12)
    x14 = argmin(x13, height)
    O = move(x5, x14, x1)
    return O


def objs_0004(I):
    x1 = compose(toindices, vmirror)
    x2 = compose(outbox, inbox)
    x3 = compose(x2, x1)
    x4 = compose(x3, cmirror)
    x5 = asobject(I)
    x6 = fill(I, TWO, x5)
    x7 = fgpartition(x6)
    x8 = sizefilter(x7, FOUR)
    x9 = mapply(x4, x8)
    x10 = shape(x9)
    O = canvas(FOUR, x10)
    return O


def objs_0005(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, uppermost)
    x3 = occurrences(I, x2)
    x4 = dmirror(x3)
    x5 = first(x1)
    x6 = normalize(x5)
    x7 = color(x6)
    x8 = fill(I, x7, x4)
    x9 = shape(x4)
    x10 = canvas(x7, x9)
    x11 = shape(x10)
    x12 = rbind(shift, x11)
    x13 = compose(inbox, x12)
    x14 = x13(x6)
    O = cover(x8, x14)
    return O


def objs_0006(I):
    x1 = dmirror(I)
    x2 = partition(I)
    x3 = chain(uppermost, corners, corners)
    x4 = order(x2, x3)
    x5 = first(x4)
    x6 = objects(I, T, F, T)
    x7 = argmin(x6, size)
    x8 = box(x7)
    x9 = gravitate(x7, x8)
    x10 = move(x1, x5, x9)
    x11 = paint(x10, x7)
    O = paint(x11, x7)
    return O


def objs_0007(I):
    x1 = chain(invert, halve, llcorner)
    x2 = fork(connect, ulcorner, x1)
    x3 = objects(I, T, F, F)
    x4 = argmax(x3, width)
    x5 = remove(x4, x3)
    x6 = mapply(x2, x5)
    x7 = cover(I, x6)
    O = fill(x7, ONE, x4)
    return O


def objs_0008(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = delta(x2)
    x4 = ulcorner(x3)
    x5 = vfrontier(x4)
    x6 = shape(I)
    x7 = rbind(index, x6)
    x8 = underfill(I, SIX, x2)
    x9 = backdrop(x2)
    x10 = cover(x8, x9)
    x11 = x7(x10)
    x12 = recolor(x11, x5)
    O = paint(I, x12)
    return O


def objs_0009(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, width)
    x3 = lbind(position, x2)
    x4 = apply(x3, x1)
    x5 = corners(x4)
    x6 = inbox(x5)
    x7 = rbind(contained, x6)
    x8 = sfilter(x5, x7)
    O = fill(I, ZERO, x8)
    return O


def objs_0010(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, uppermost)
    x3 = subgrid(x2, I)
    x4 = ofcolor(I, TWO)
    x5 = mostcolor(I)
    x6 = fill(x3, x5, x4)
    x7 = fill(x6, EIGHT, x4)
    x8 = fork(either, square, vline)
    x9 = rbind(extract, x8)
    x10 = x9(x1)
    x11 = leastcolor(I)
    x12 = fill(x7, x11, x10)
    x13 = chain(decrement, invert, uppermost)
    x14 = fork(multiply, x13, leastcolor)
    x15 = argmin(x1, x14)
    x16 = leastcolor(x15)
    O = fill(x12, x16, x2)
    return O


def objs_0011(I):
    x1 = objects(I, F, T, F)
    x2 = argmin(x1, height)
    x3 = inbox(x2)
    x4 = lbind(position, x3)
    x5 = power(halve, THREE)
    x6 = rbind(shoot, UP_RIGHT)
    x7 = compose(x6, x5)
    x8 = compose(x7, x4)
    x9 = mapply(x8, x1)
    O = underfill(I, ONE, x9)
    return O


def objs_0012(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = llcorner(x2)
    x4 = rbind(shift, x3)
    x5 = chain(color, x4, x4)
    x6 = order(x1, x5)
    x7 = first(x6)
    x8 = subgrid(x7, I)
    x9 = leastcolor(I)
    O = fill(x8, x9, x7)
    return O


def objs_0013(I):
    x1 = objects(I, T, T, F)
    x2 = fork(shift, identity, centerofmass)
    x3 = apply(x2, x1)
    x4 = argmax(x3, size)
    x5 = center(x4)
    x6 = initset(x5)
    x7 = argmax(x3, height)
    x8 = urcorner(x7)
    x9 = lbind(connect, x8)
    x10 = mapply(x9, x6)
    x11 = subgrid(x10, I)
    O = subgrid(x4, x11)
    return O


def objs_0014(I):
    x1 = asindices(I)
    x2 = corners(x1)
    x3 = toindices(x2)
    x4 = cover(I, x3)
    x5 = objects(I, T, T, F)
    x6 = argmax(x5, leftmost)
    x7 = color(x6)
    x8 = leastcolor(I)
    x9 = replace(x4, x7, x8)
    x10 = objects(I, T, F, T)
    x11 = argmin(x10, height)
    x12 = lbind(manhattan, x11)
    x13 = argmax(x10, x12)
    x14 = compose(color, vmirror)
    x15 = argmax(x10, leftmost)
    x16 = x14(x15)
    x17 = fill(x9, x16, x13)
    x18 = first(x10)
    x19 = upscale(x18, THREE)
    x20 = paint(x17, x19)
    O = paint(x20, x6)
    return O


def objs_0015(I):
    x1 = objects(I, T, T, T)
    x2 = colorfilter(x1, FIVE)
    x3 = chain(ineighbors, decrement, center)
    x4 = power(vmirror, TWO)
    x5 = compose(x4, x3)
    x6 = fork(multiply, width, rightmost)
    x7 = lbind(subtract, FOUR)
    x8 = chain(x7, x6, x5)
    x9 = argmax(x2, x8)
    O = subgrid(x9, I)
    return O


def objs_0016(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = toobject(x2, I)
    x4 = rot90(I)
    x5 = subgrid(x3, x4)
    x6 = llcorner(x3)
    x7 = vfrontier(x6)
    x8 = backdrop(x7)
    x9 = objects(I, T, F, T)
    x10 = first(x9)
    x11 = leastcolor(x10)
    x12 = fill(x5, x11, x8)
    x13 = objects(I, T, T, T)
    x14 = compose(inbox, vmirror)
    x15 = compose(x14, dmirror)
    x16 = compose(rightmost, x15)
    x17 = argmax(x13, x16)
    O = cover(x12, x17)
    return O


def objs_0017(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = underpaint(I, x2)
    x4 = fgpartition(x3)
    x5 = sfilter(x4, square)
    x6 = leastcolor(I)
    x7 = ofcolor(I, x6)
    x8 = toindices(x2)
    x9 = urcorner(x8)
    x10 = shift(x7, x9)
    x11 = lbind(vmatching, x10)
    x12 = extract(x5, x11)
    O = subgrid(x12, x3)
    return O


def objs_0018(I):
    x1 = fgpartition(I)
    x2 = sfilter(x1, hline)
    x3 = objects(I, T, F, T)
    x4 = argmin(x3, height)
    x5 = rbind(vmatching, x4)
    x6 = extract(x2, x5)
    x7 = subgrid(x6, I)
    O = paint(x7, x6)
    return O


def objs_0019(I):
    x1 = fgpartition(I)
    x2 = sizefilter(x1, FOUR)
    x3 = rbind(shift, RIGHT)
    x4 = power(x3, TWO)
    x5 = apply(x4, x2)
    x6 = leastcolor(I)
    x7 = switch(I, FOUR, x6)
    x8 = shape(x7)
    x9 = hfrontier(x8)
    x10 = rbind(hmatching, x9)
    x11 = mfilter(x5, x10)
    x12 = mostcolor(I)
    O = fill(I, x12, x11)
    return O
