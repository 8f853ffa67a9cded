from dsl import *


def objs_0240(I):
    x1 = fgpartition(I)
    x2 = objects(I, T, T, T)
    x3 = sizefilter(x2, TWO)
    x4 = first(x3)
    x5 = lbind(manhattan, x4)
    x6 = argmin(x1, x5)
    x7 = shape(x6)
    x8 = mostcolor(I)
    x9 = canvas(x8, x7)
    x10 = compose(invert, centerofmass)
    x11 = fork(connect, urcorner, x10)
    x12 = objects(I, F, T, T)
    x13 = mapply(x11, x12)
    x14 = recolor(SIX, x13)
    x15 = palette(I)
    x16 = other(x15, x8)
    O = fill(x9, x16, x14)
    return O


def objs_0241(I):
    x1 = objects(I, T, F, T)
    x2 = merge(x1)
    x3 = move(I, x2, THREE_BY_THREE)
    x4 = argmax(x1, numcolors)
    x5 = mostcolor(I)
    x6 = fill(x3, x5, x4)
    x7 = first(x1)
    x8 = underpaint(x6, x7)
    x9 = chain(dmirror, vmirror, hmirror)
    x10 = apply(x9, x1)
    x11 = mapply(x9, x10)
    x12 = paint(x8, x11)
    O = subgrid(x2, x12)
    return O


def objs_0242(I):
    x1 = objects(I, T, T, T)
    x2 = sfilter(x1, square)
    x3 = mfilter(x2, square)
    x4 = underpaint(I, x3)
    x5 = rbind(colorcount, ZERO)
    x6 = matcher(x5, TWO)
    x7 = mfilter(x1, x6)
    O = cover(x4, x7)
    return O


def objs_0243(I):
    x1 = rbind(argmin, rightmost)
    x2 = objects(I, F, F, T)
    x3 = asobject(I)
    x4 = color(x3)
    x5 = colorfilter(x2, x4)
    x6 = x1(x5)
    x7 = normalize(x6)
    O = subgrid(x7, I)
    return O


def objs_0244(I):
    x1 = fork(combine, box, vmirror)
    x2 = compose(x1, ineighbors)
    x3 = x2(TWO_BY_TWO)
    x4 = toobject(x3, I)
    x5 = box(x4)
    x6 = shape(x5)
    x7 = invert(x6)
    x8 = fgpartition(I)
    x9 = mapply(hmirror, x8)
    x10 = shape(x9)
    x11 = add(x7, x10)
    O = move(I, x4, x11)
    return O


def objs_0245(I):
    x1 = shape(I)
    x2 = canvas(FIVE, x1)
    x3 = objects(I, T, F, T)
    x4 = tophalf(x2)
    x5 = rbind(bordering, x4)
    x6 = compose(flip, x5)
    x7 = sfilter(x3, x6)
    x8 = argmin(x7, width)
    O = cover(x2, x8)
    return O


def objs_0246(I):
    x1 = partition(I)
    x2 = matcher(mostcolor, THREE)
    x3 = extract(x1, x2)
    x4 = mostcolor(I)
    x5 = fill(I, x4, x3)
    x6 = subgrid(x3, x5)
    x7 = compress(x6)
    O = move(x7, x3, UNITY)
    return O


def objs_0247(I):
    x1 = objects(I, T, T, F)
    x2 = argmax(x1, uppermost)
    x3 = corners(x2)
    x4 = underfill(I, THREE, x3)
    x5 = upscale(x4, TWO)
    x6 = leastcolor(I)
    x7 = lbind(colorcount, I)
    x8 = palette(x2)
    x9 = argmin(x8, x7)
    x10 = switch(x5, x6, x9)
    x11 = cover(x10, x2)
    x12 = objects(I, T, F, T)
    x13 = argmin(x12, height)
    x14 = gravitate(x13, x3)
    O = move(x11, x13, x14)
    return O


def objs_0248(I):
    x1 = compose(tojvec, size)
    x2 = fork(subtract, x1, llcorner)
    x3 = rbind(add, RIGHT)
    x4 = chain(ineighbors, x3, x2)
    x5 = compose(x4, hmirror)
    x6 = objects(I, T, F, T)
    x7 = first(x6)
    x8 = vmirror(x7)
    x9 = backdrop(x8)
    x10 = mostcolor(I)
    x11 = ofcolor(I, x10)
    x12 = urcorner(x11)
    x13 = lbind(connect, x12)
    x14 = mapply(x13, x9)
    O = x5(x14)
    return O


def objs_0249(I):
    x1 = asobject(I)
    x2 = cover(I, x1)
    x3 = leastcolor(I)
    x4 = ofcolor(I, x3)
    x5 = color(x1)
    x6 = fill(x2, x5, x4)
    x7 = objects(I, T, F, T)
    x8 = apply(vmirror, x7)
    x9 = chain(initset, ulcorner, cmirror)
    x10 = compose(uppermost, x9)
    x11 = argmin(x8, x10)
    x12 = first(x7)
    x13 = centerofmass(x12)
    x14 = move(x6, x11, x13)
    x15 = inbox(x4)
    O = fill(x14, x5, x15)
    return O


def objs_0250(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, width)
    x3 = fill(I, ZERO, x2)
    x4 = paint(x3, x2)
    x5 = urcorner(x2)
    x6 = shift(x2, x5)
    x7 = underfill(x4, FIVE, x6)
    x8 = vconcat(x7, x7)
    x9 = compose(mostcolor, normalize)
    x10 = argmax(x1, height)
    x11 = x9(x10)
    x12 = lbind(recolor, x11)
    x13 = ofcolor(I, x11)
    x14 = inbox(x13)
    x15 = x12(x14)
    x16 = delta(x15)
    x17 = color(x15)
    O = underfill(x8, x17, x16)
    return O


def objs_0251(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, height)
    x3 = cover(I, x2)
    x4 = fill(x3, SEVEN, x2)
    x5 = cmirror(x4)
    x6 = leastcolor(I)
    x7 = ofcolor(I, x6)
    x8 = shape(x7)
    x9 = canvas(x6, x8)
    x10 = vconcat(x5, x9)
    x11 = lbind(manhattan, x2)
    x12 = fork(add, x11, height)
    x13 = argmin(x1, x12)
    O = paint(x10, x13)
    return O


def objs_0252(I):
    x1 = objects(I, F, T, T)
    x2 = compose(hmirror, dmirror)
    x3 = compose(x2, hmirror)
    x4 = apply(x3, x1)
    x5 = chain(numcolors, cmirror, x2)
    x6 = lbind(add, FOUR)
    x7 = compose(x6, x5)
    x8 = compose(color, vmirror)
    x9 = fork(subtract, x8, mostcolor)
    x10 = fork(subtract, x7, x9)
    x11 = argmin(x4, x10)
    O = leastcolor(x11)
    return O


def objs_0253(I):
    x1 = objects(I, F, T, T)
    x2 = mostcolor(I)
    x3 = rbind(colorcount, x2)
    x4 = argmax(x1, x3)
    x5 = paint(I, x4)
    x6 = palette(x4)
    x7 = size(x6)
    x8 = sizefilter(x1, x7)
    x9 = first(x8)
    O = paint(x5, x9)
    return O


def objs_0254(I):
    x1 = objects(I, T, F, T)
    x2 = compose(normalize, normalize)
    x3 = apply(x2, x1)
    x4 = sizefilter(x3, TWO)
    x5 = last(x4)
    x6 = apply(x2, x3)
    x7 = first(x6)
    x8 = mostcolor(x7)
    O = fill(I, x8, x5)
    return O


def objs_0255(I):
    x1 = compose(outbox, outbox)
    x2 = objects(I, T, F, T)
    x3 = apply(dmirror, x2)
    x4 = argmin(x3, width)
    x5 = lbind(manhattan, x4)
    x6 = lbind(subtract, ONE)
    x7 = chain(x6, increment, x5)
    x8 = argmin(x3, x7)
    x9 = x1(x8)
    x10 = shape(x9)
    O = canvas(ONE, x10)
    return O


def objs_0256(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = toobject(x2, I)
    x4 = fill(I, x1, x3)
    x5 = vmirror(x2)
    x6 = underfill(x4, x1, x5)
    x7 = lbind(ofcolor, I)
    x8 = palette(I)
    x9 = apply(x7, x8)
    x10 = objects(I, T, F, T)
    x11 = sizefilter(x10, TWO)
    x12 = last(x11)
    x13 = lbind(manhattan, x12)
    x14 = argmin(x9, x13)
    x15 = toobject(x14, I)
    x16 = fork(shift, identity, shape)
    x17 = compose(leastcolor, cmirror)
    x18 = compose(x17, x16)
    x19 = compose(x18, x16)
    x20 = x19(x3)
    O = fill(x6, x20, x15)
    return O


def objs_0257(I):
    x1 = objects(I, T, F, T)
    x2 = chain(vmirror, dmirror, hmirror)
    x3 = mapply(x2, x1)
    x4 = subgrid(x3, I)
    x5 = argmin(x1, size)
    x6 = mostcolor(I)
    x7 = fill(x4, x6, x5)
    x8 = subgrid(x3, x7)
    x9 = partition(I)
    x10 = compose(color, x2)
    x11 = argmin(x9, x10)
    x12 = shift(x11, THREE_BY_THREE)
    x13 = paint(x8, x12)
    O = fill(x13, x6, x12)
    return O


def objs_0258(I):
    x1 = asobject(I)
    x2 = paint(I, x1)
    x3 = rbind(subgrid, x2)
    x4 = leastcolor(I)
    x5 = ofcolor(I, x4)
    x6 = x3(x5)
    x7 = fgpartition(x6)
    x8 = argmax(x7, width)
    x9 = shape(x8)
    O = canvas(SIX, x9)
    return O


def objs_0259(I):
    x1 = asobject(I)
    x2 = subgrid(x1, I)
    x3 = cover(x2, x1)
    x4 = objects(I, F, F, T)
    x5 = fork(multiply, mostcolor, uppermost)
    x6 = argmax(x4, x5)
    x7 = mostcolor(I)
    x8 = underfill(x3, x7, x6)
    x9 = underpaint(x8, x1)
    x10 = objects(I, T, F, T)
    x11 = matcher(x5, ONE)
    x12 = extract(x10, x11)
    O = fill(x9, THREE, x12)
    return O
