from dsl import *


def objs_0180(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = corners(x2)
    x4 = center(x3)
    x5 = rbind(shift, x4)
    x6 = compose(x5, box)
    x7 = fgpartition(I)
    x8 = argmax(x7, numcolors)
    x9 = x6(x8)
    x10 = x5(x9)
    x11 = shape(x10)
    x12 = box(x10)
    x13 = urcorner(x12)
    x14 = connect(x11, x13)
    x15 = rbind(contained, x14)
    x16 = compose(flip, x15)
    x17 = sfilter(x10, x16)
    O = subgrid(x17, I)
    return O


def objs_0181(I):
    x1 = upscale(I, TWO)
    x2 = objects(I, F, T, T)
    x3 = objects(I, T, F, T)
    x4 = argmin(x3, width)
    x5 = lbind(manhattan, x4)
    x6 = argmin(x2, x5)
    x7 = first(x3)
    x8 = color(x7)
    x9 = underfill(x1, x8, x6)
    x10 = rot90(x9)
    x11 = fgpartition(I)
    x12 = mapply(normalize, x11)
    x13 = ofcolor(I, x8)
    x14 = shape(x13)
    x15 = initset(x14)
    x16 = recolor(x8, x15)
    x17 = shape(x16)
    O = move(x10, x12, x17)
    return O


def objs_0182(I):
    x1 = asobject(I)
    x2 = initset(x1)
    x3 = compose(flip, vline)
    x4 = fork(both, x3, x3)
    x5 = sfilter(x2, x4)
    x6 = rbind(shift, UP)
    x7 = mapply(x6, x5)
    O = subgrid(x7, I)
    return O


def objs_0183(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = toindices(x2)
    x4 = hline(x3)
    x5 = paint(I, x2)
    x6 = branch(x4, I, x5)
    x7 = compose(double, rightmost)
    x8 = argmax(x1, x7)
    x9 = paint(x6, x8)
    x10 = objects(x6, T, T, T)
    x11 = chain(normalize, normalize, normalize)
    x12 = compose(size, x11)
    x13 = argmin(x10, x12)
    x14 = argmin(x1, size)
    x15 = gravitate(x14, x13)
    x16 = move(x9, x14, x15)
    x17 = lbind(manhattan, x14)
    x18 = fork(astuple, x12, x17)
    x19 = objects(I, F, T, T)
    x20 = last(x19)
    x21 = x18(x20)
    x22 = neighbors(x21)
    O = fill(x16, FIVE, x22)
    return O


def objs_0184(I):
    x1 = objects(I, F, T, T)
    x2 = matcher(leastcolor, THREE)
    x3 = compose(flip, x2)
    x4 = sfilter(x1, x3)
    x5 = objects(I, F, F, T)
    x6 = order(x5, leastcolor)
    x7 = first(x6)
    x8 = insert(x7, x4)
    x9 = order(x8, leftmost)
    O = first(x9)
    return O


def objs_0185(I):
    x1 = shape(I)
    x2 = objects(I, F, F, F)
    x3 = argmin(x2, height)
    x4 = portrait(x3)
    x5 = objects(I, F, F, T)
    x6 = rbind(shift, DOWN_LEFT)
    x7 = power(x6, TWO)
    x8 = mapply(x7, x5)
    x9 = rbind(toobject, I)
    x10 = ofcolor(I, SIX)
    x11 = x9(x10)
    x12 = branch(x4, x8, x11)
    x13 = color(x12)
    O = canvas(x13, x1)
    return O


def objs_0186(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = underfill(I, TWO, x2)
    x4 = asobject(I)
    x5 = underpaint(x3, x4)
    x6 = last(x1)
    x7 = rbind(index, NEG_UNITY)
    x8 = x7(x3)
    x9 = fill(x5, x8, x6)
    x10 = objects(I, F, F, T)
    x11 = compose(flip, vline)
    x12 = sfilter(x10, x11)
    x13 = first(x12)
    x14 = paint(x9, x13)
    x15 = ofcolor(I, x8)
    x16 = delta(x15)
    O = fill(x14, x8, x16)
    return O


def objs_0187(I):
    x1 = compress(I)
    x2 = leastcolor(I)
    x3 = ofcolor(I, x2)
    x4 = corners(x3)
    x5 = outbox(x4)
    x6 = combine(x3, x5)
    x7 = partition(I)
    x8 = merge(x7)
    x9 = toobject(x3, I)
    x10 = lbind(position, x9)
    x11 = x10(x8)
    x12 = lbind(connect, x11)
    x13 = mapply(x12, x6)
    O = fill(x1, x2, x13)
    return O


def objs_0188(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, uppermost)
    x3 = color(x2)
    x4 = colorfilter(x1, x3)
    x5 = chain(double, center, cmirror)
    x6 = rbind(shoot, NEG_UNITY)
    x7 = chain(leftmost, x6, x5)
    x8 = argmin(x4, x7)
    x9 = ulcorner(x8)
    x10 = crop(I, x9, x9)
    O = paint(x10, x8)
    return O


def objs_0189(I):
    x1 = power(rot270, TWO)
    x2 = lefthalf(I)
    x3 = objects(I, T, T, T)
    x4 = mapply(cmirror, x3)
    x5 = argmax(x3, numcolors)
    x6 = llcorner(x5)
    x7 = move(x2, x4, x6)
    x8 = x1(x7)
    O = fill(x8, THREE, x5)
    return O


def objs_0190(I):
    x1 = palette(I)
    x2 = mostcolor(I)
    x3 = other(x1, x2)
    x4 = ofcolor(I, x3)
    x5 = objects(I, T, T, T)
    x6 = first(x5)
    x7 = shape(x6)
    x8 = canvas(x3, x7)
    x9 = rot270(x8)
    x10 = downscale(x9, TWO)
    x11 = argmin(x5, height)
    x12 = lbind(manhattan, x11)
    x13 = argmin(x5, x12)
    x14 = color(x13)
    x15 = underfill(x10, x14, x6)
    O = subgrid(x4, x15)
    return O


def objs_0191(I):
    x1 = upscale(I, TWO)
    x2 = objects(I, T, F, T)
    x3 = argmin(x2, width)
    x4 = color(x3)
    x5 = colorfilter(x2, x4)
    x6 = argmax(x5, mostcolor)
    x7 = underpaint(x1, x6)
    x8 = upscale(x3, THREE)
    x9 = dmirror(x8)
    x10 = fork(recolor, color, corners)
    x11 = mapply(x10, x2)
    x12 = leastcolor(x11)
    O = fill(x7, x12, x9)
    return O


def objs_0192(I):
    x1 = objects(I, F, T, T)
    x2 = argmin(x1, width)
    x3 = outbox(x2)
    x4 = fill(I, SIX, x3)
    x5 = apply(backdrop, x1)
    x6 = argmax(x5, height)
    x7 = delta(x6)
    x8 = leastcolor(I)
    x9 = recolor(x8, x2)
    x10 = color(x9)
    x11 = fill(x4, x10, x7)
    x12 = normalize(x2)
    x13 = rbind(colorcount, x10)
    x14 = fork(multiply, size, x13)
    x15 = order(x1, x14)
    x16 = last(x15)
    x17 = color(x16)
    O = underfill(x11, x17, x12)
    return O


def objs_0193(I):
    x1 = fgpartition(I)
    x2 = last(x1)
    x3 = paint(I, x2)
    x4 = cmirror(x3)
    x5 = argmin(x1, size)
    x6 = lbind(shift, x5)
    x7 = centerofmass(x5)
    x8 = x6(x7)
    x9 = color(x8)
    x10 = rbind(colorcount, x9)
    x11 = argmax(x1, x10)
    O = paint(x4, x11)
    return O


def objs_0194(I):
    x1 = objects(I, T, T, T)
    x2 = compose(normalize, normalize)
    x3 = compose(x2, dmirror)
    x4 = apply(x3, x1)
    x5 = compose(inbox, dmirror)
    x6 = chain(x5, vfrontier, urcorner)
    x7 = fork(multiply, height, rightmost)
    x8 = lbind(add, ONE)
    x9 = compose(x8, x7)
    x10 = compose(x9, x6)
    x11 = argmin(x4, x10)
    O = underpaint(I, x11)
    return O


def objs_0195(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, numcolors)
    x3 = underfill(I, EIGHT, x2)
    x4 = lbind(colorcount, x3)
    x5 = chain(x4, width, cmirror)
    x6 = argmax(x1, x5)
    x7 = shape(x6)
    x8 = canvas(EIGHT, x7)
    x9 = objects(I, T, T, T)
    x10 = colorfilter(x9, SEVEN)
    x11 = color(x6)
    x12 = rbind(colorfilter, x11)
    x13 = x12(x9)
    x14 = combine(x10, x13)
    x15 = argmax(x14, color)
    O = move(x8, x15, x7)
    return O


def objs_0196(I):
    x1 = shape(I)
    x2 = leastcolor(I)
    x3 = canvas(x2, x1)
    x4 = compose(centerofmass, dmirror)
    x5 = objects(I, T, F, T)
    x6 = sfilter(x5, vline)
    x7 = apply(x4, x6)
    x8 = sizefilter(x6, TWO)
    x9 = first(x8)
    x10 = gravitate(x9, x7)
    O = move(x3, x9, x10)
    return O


def objs_0197(I):
    x1 = objects(I, F, T, T)
    x2 = sizefilter(x1, THREE)
    x3 = rbind(shift, NEG_UNITY)
    x4 = mapply(x3, x2)
    x5 = outbox(x4)
    x6 = shape(x5)
    x7 = color(x4)
    O = canvas(x7, x6)
    return O


def objs_0198(I):
    x1 = objects(I, F, F, T)
    x2 = first(x1)
    x3 = ulcorner(x2)
    x4 = fgpartition(I)
    x5 = objects(I, T, T, T)
    x6 = sizefilter(x5, TWO)
    x7 = first(x6)
    x8 = lbind(manhattan, x7)
    x9 = order(x4, x8)
    x10 = last(x9)
    x11 = center(x10)
    x12 = crop(I, x3, x11)
    x13 = ofcolor(I, ONE)
    x14 = corners(x13)
    x15 = rbind(contained, x13)
    x16 = compose(flip, x15)
    x17 = sfilter(x14, x16)
    x18 = toindices(x17)
    x19 = corners(x18)
    O = fill(x12, TWO, x19)
    return O


def objs_0199(I):
    x1 = palette(I)
    x2 = mostcolor(I)
    x3 = other(x1, x2)
    x4 = ofcolor(I, x3)
    x5 = asobject(I)
    x6 = fill(I, x2, x5)
    x7 = objects(I, F, T, T)
    x8 = first(x7)
    x9 = paint(x6, x8)
    x10 = compose(rightmost, corners)
    x11 = order(x7, x10)
    x12 = first(x11)
    x13 = color(x12)
    x14 = fill(x9, x13, x12)
    x15 = hmirror(x14)
    O = subgrid(x4, x15)
    return O
