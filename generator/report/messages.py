"""Messages: every sentence an editor can see, in Chinese, keyed by the kind of mistake.

Each message says what is wrong and, in full-width brackets, what to write instead.
Wording is an interface: the golden reports under `tests/cases/` pin it, so a change
here shows up as a reviewed diff.

This module is long by design: all wording lives in one place (the checker's reports, the
command line's help, progress and refusals, click's own texts), so that it can be read,
reviewed and changed as one text, and code elsewhere names a sentence only by its key.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

EXAMPLE_DAY = "2026-07-15"

MESSAGES: dict[str, str] = {
    # --- reading the file -----------------------------------------------------------------
    "file_too_large": "文件有 {size} KB，超过上限 {limit} KB（一个文件只写一条记录；过长的文字请精简）",
    "unreadable": "无法读取这个文件：{reason}（请检查文件是否存在、是否有读取权限）",
    "symlink": "这是一个符号链接（快捷方式），不会被读取（内容只能来自仓库里的普通文件和文件夹：请删掉链接，把文件本身放在这里）",
    "fifo": "这是一个命名管道（FIFO），不是普通文件，不会被读取（请删掉它，换成普通的 .yml 文件）",
    "socket": "这是一个套接字（socket），不是普通文件，不会被读取（请删掉它，换成普通的 .yml 文件）",
    "device": "这是一个设备文件或其他特殊文件，不会被读取（请删掉它，换成普通的 .yml 文件）",
    "unlistable": "无法打开这个文件夹：{reason}，其中的记录都没有检查（请检查文件夹的读取权限）",
    "content_missing": "找不到内容文件夹（请恢复这个文件夹，或检查路径是否写对）",
    "encoding_utf16": "文件是 UTF-16 编码，无法读取（请用编辑器“另存为”，编码选 UTF-8）",
    "encoding_gbk": "文件是 GBK/GB18030 编码，不是 UTF-8（请另存为 UTF-8）",
    "encoding_unknown": "文件不是 UTF-8 编码的文本（请另存为 UTF-8）",
    "nul_byte": "文件中有空字符（NUL），可能不是文本文件（请另存为 UTF-8 纯文本）",
    "control_char": "这里有一个看不见的控制字符（请删除这一处，重新输入这段文字）",
    "tab_indent": "这一行用 Tab 键缩进，YAML 只认空格（请把 Tab 换成两个空格）",
    "fullwidth_space_indent": "这一行用全角空格缩进（请切换到半角输入，用两个普通空格缩进）",
    "fullwidth_colon": "字段 {key} 后面用了中文冒号“：”（请改成英文冒号加一个空格，写成“{key}: 值”）",
    "colon_no_space": "字段 {key} 的冒号后面少了空格（请写成“{key}: 值”）",
    "chinese_quotes": '值 {value} 两边是中文引号，多半是输入法带出来的（不需要就删掉；确要显示中文引号，请在外面再加一对英文引号，写成 "{value}"）',
    "empty_file": "文件是空的（请按示例填写记录，或删除这个文件）",
    "several_documents": "这里用 --- 开始了第二段内容（一个文件只写一条记录，请拆成多个文件）",
    "alias": "这里用了 YAML 别名 *，不支持（请把内容直接写出来）",
    "anchor": "这里用了 YAML 锚点 &，不支持（请删掉 & 和它后面的名字，把内容直接写出来）",
    "tag": "这里用了 YAML 类型标记 {tag}（请删掉以 ! 开头的标记，直接写值）",
    "too_deep": "层级嵌套太深，超过 {depth} 层（请检查缩进是否多打了空格）",
    "too_many_nodes": "文件内容条目过多，超过上限 {limit} 项（一个文件只写一条记录，请拆分）",
    "top_not_mapping": "文件最外层应是“字段: 值”的形式（请参照示例，每行以字段名和英文冒号开头）",
    "complex_key": "字段名必须是简单的文字（请删除字段名里的问号、方括号或花括号）",
    "duplicate_key": "字段 {key} 写了两次，第一次在第 {first} 行（请删掉其中一处）",
    "yaml_syntax": "YAML 格式有误（请检查这一行和上一行的缩进、冒号和引号）",
    "yaml_colon_in_value": "这一行多了一个冒号，或者缩进不对（值里有“: ”时请用英文引号把整个值括起来）",
    "yaml_indent": "这一行的缩进和上面对不齐（同一层的字段要对齐，下一层多缩进两个空格）",
    "yaml_quote": "引号没有成对（请补上结尾的英文引号，或删掉开头的引号）",
    "yaml_bracket": "方括号或花括号没有成对（请补齐，或改成每项一行的“- ”列表）",
    "yaml_special_start": "值不能以 {char} 开头（请用英文引号把整个值括起来）",
    "yaml_after_quote": "引号结束后还有文字（请把整个值都放进一对英文引号里，或去掉引号）",
    "yaml_escape": "双引号里的反斜杠 \\ 后面不能跟这个字符（要写反斜杠本身请写两个 \\\\，或改用单引号）",
    # --- typing each field ------------------------------------------------------------------
    "missing": "缺少必填字段 {key}（请添加一行“{key}: …”）",
    "required_empty": "{label}不能为空（请填写{label}）",
    "wm_empty": "{label}不能为空（请填写{label}，不需要就删掉这一行）",
    "extra_forbidden": "没有 {key} 这个字段（{hint}）",
    "not_scalar": "这里应是一个值，不能是列表或下级字段（请写在冒号后面的同一行）",
    "not_list": "这里应是列表（每项一行，以“- ”开头）",
    "not_mapping": "这里应是下级字段，不能是一个值（请从下一行起多缩进两个空格，逐行写“字段: 值”；可用的字段：{fields}）",
    "not_mapping_free": "这里应是逐行的“名称: 内容”，不能是一个值或列表（请从下一行起多缩进两个空格，每行写一项，例如 讲: 宣讲理论政策）",
    "literal_error": "“{value}”不是可选的值（{hint}）",
    "too_short": "至少要写一项（每项一行，以“- ”开头）",
    "too_long": "内容太长（最多 {max} 个字）",
    "wm_not_scalar": "这里应是一个值，不能是列表或下级字段（请写在冒号后面的同一行）",
    "wm_id": "编号“{value}”只能用小写拼音字母、数字和短横线（例如 qindu-center）",
    "wm_day_format": "“{value}”不是日期格式（请写成 {fix}）",
    "wm_day_time": "日期“{value}”带了时间（只写年-月-日，例如 " + EXAMPLE_DAY + "）",
    "wm_day_shape": "“{value}”不是日期（请写成 年-月-日，例如 " + EXAMPLE_DAY + "）",
    "wm_day_impossible": "日期 {value} 不存在（请核对月份和日子）",
    "wm_day_range": "日期 {value} 的年份不对（只能是 {first} 至 {last} 年，请核对年份，例如 2026）",
    "wm_quarter_range": "季度“{value}”的年份不对（只能是 {first} 至 {last} 年，请核对年份）",
    "wm_count": "“{value}”不是数量（请写整数，例如 320；约数在数字后加 +，例如 320+）",
    "wm_count_words": "数量不能写成“{value}”（请写成 {fix}；加 + 表示约数，网页上显示为“余”）",
    "wm_count_negative": "数量不能是负数“{value}”（请写 0 或正整数）",
    "wm_count_leading_zero": "数字“{value}”不能以 0 开头（请去掉开头的 0）",
    "wm_int_exact": "{label}要写准确的数，不能写约数“{value}”（请删去 +，写准确的整数）",
    "wm_flag": "“{value}”不是 true 或 false（请写 true 表示是，false 表示否）",
    "wm_decimal": "“{value}”不是经纬度（请写十进制度数，例如 108.70512）",
    "wm_quarter": "“{value}”不是季度（请写成 2026-Q3 这样的格式）",
    "wm_phone_mobile": "公开电话不能填个人手机号 {value}（请填座机或服务热线；联系人手机写在 private 里）",
    "wm_phone_fix": "电话“{value}”的写法不对（请写成 {fix}）",
    "wm_phone": "“{value}”不是电话号码格式（请写成 区号-号码，例如 029-33210001）",
    "wm_url": "链接“{value}”不是 https:// 开头（只能用 https 链接，或删掉这一行）",
    "wm_control_char": "文字里有看不见的控制字符（请删除后重新输入这段文字）",
    "wm_invisible_char": "文字里有看不见的字符 {code}，常由复制粘贴带入（请删除后重新输入这段文字）",
    "wm_one_line": "这里只能写一行（请删去换行）",
    "wm_icp": "“{value}”不是 ICP 备案号（请照工信部备案系统里的写，例如 陕ICP备12345678号-1）",
    "wm_police": "“{value}”不是公安机关备案号（请照全国互联网安全管理服务平台里的写，例如 陕公网安备 61040202000123号）",
    "wm_site_code": "“{value}”不是网站标识码（网站标识码是 10 位数字，见政府网站管理系统；不是党政机关网站请删去这一行）",
    "wm_email": "“{value}”不是电子邮箱地址（请写成 wenming@example.gov.cn 这样，不要写 mailto: 或名字）",
    "wm_latlng_swapped": "经度和纬度好像写反了（请对调 lng 和 lat 的值）",
    "wm_outside_china": "坐标不在中国境内（请核对经纬度，经度在前约 73–136，纬度约 3–54）",
    "wm_region_code": "区划代码“{value}”应为 6、9 或 12 位数字（例如 610402）",
    "wm_rating_order": "评单数不能多于点单数，满意数不能多于评单数（请核对这三个数字）",
    "wm_range_reversed": "结束日期早于开始日期（请核对两个日期）",
    "wm_notice_missing": "状态是“公示中”时必须写公示期（请添加 notice，含 start 和 end）",
    "wm_withdrawn_missing": "状态是“已撤销”时必须写撤销日期（请添加 withdrawn: 日期）",
    "withdrawn_not_status": "写了撤销日期，状态却不是“已撤销”（撤销荣誉请把 status 改为 已撤销；没有撤销请删掉 withdrawn）",
    "withdrawn_before_date": "撤销日期早于发布日期 date（请核对两个日期）",
    "activity_withdrawn_before": "撤下日期早于活动日期 date（请核对两个日期）",
    "activity_withdrawn_reason": "撤下活动须写明原因（请在 corrections 中加一条与 withdrawn 同一天的更正，reason 写撤下原因）",
    "wrong_type": "这里的值不对（请参照示例改写）",
    # --- checks across files ----------------------------------------------------------------
    "id_mismatch": "编号“{value}”与文件名“{stem}”不一致（请把编号改成 {stem}，或把文件改名为 {value}.yml）",
    "id_bad_file_name": "文件名“{stem}”不能用作编号，编号“{value}”与它不一致（请把文件改名为 {value}.yml）",
    "duplicate_id": "编号“{value}”与 {other} 重复（编号不能重复，请换一个）",
    "duplicate_code": "区划代码“{value}”重复出现（每个区划只写一次）",
    "unknown_ref": "找不到{what}“{value}”（{hint}）",
    "form_meaning_missing": "提示：实践形式“{value}”没有释义，网站上只显示“{value}”一个字（请在 practice_form_meanings 中加一行“{value}: 它的含义”）",
    "form_meaning_unknown": "practice_form_meanings 里的“{value}”不是 practice_forms 中的实践形式（只能为 {forms} 写释义：请改成其中之一，或先在 practice_forms 中加上“{value}”）",
    "unknown_vocab": "“{value}”不在{vocab}里（{hint}如需新增，请在 content/vocabularies.yml 中添加）",
    "region_prefix": "区划代码 {value} 应以上级代码 {parent} 开头（请核对代码）",
    "parent_level": "{level}不能挂在{parent_level}下面（{level}的上级只能是：{allowed}）",
    "parent_missing": "{level}必须写上级站点（请添加 parent: 上级站点编号）",
    "top_has_parent": "{level}是最高一级，不应有上级站点（请删掉 parent）",
    "parent_cycle": "上级站点绕成了一个圈：{chain}（请检查这些站点的 parent）",
    "date_outside_quarter": "日期 {value} 不在文件夹 {quarter} 的季度内，该季度是 {start} 至 {end}（请改日期，或把文件移到 {right} 文件夹）",
    "folder_not_quarter": "文件夹名“{value}”不是季度（请用 2026-Q3 这样的文件夹名，年份在 1900 至 2099 之间）",
    "stray_unquartered": "{folder}/ 里的记录要放在季度文件夹里才会被读取（请移到 {folder}/季度/{name}，季度按记录的日期写，例如 {folder}/2026-Q4/{name}）",
    "stray_file": "这个文件放的位置不对，不会被读取（请放到 {folders} 之一；活动、荣誉和积分放在季度文件夹里，例如 activities/2026-Q3/）",
    "not_yaml": "记录文件要以 .yml 结尾（请把文件改名为 {fix}）",
    "name_collision": "文件名与 {other} 只有大小写或字形不同（请改名，避免在别的电脑上互相覆盖）",
    "id_card": "第 {at} 个字起有一个身份证号（已核对校验位），身份证号不能公开（请删除，确需保存请写在 private.id_card 里）",
    "mobile": "第 {at} 个字起有一个手机号，个人手机号不能公开（请删除，确需保存请写在 private.phone 里）",
    "home_address": "第 {at} 个字起像是家庭住址的门牌或房号，家庭住址不能公开（请删除，确需保存请写在 private.address 里）",
    "minor_consent": "未成年人条目必须取得监护人同意（取得书面同意后写 guardian_consent: true）",
    "minor_field": "未成年人条目只能公开姓名、学校和年级（请删除 {key}）",
    "notice_no_contact": "“公示中”的条目须写明向谁提出异议，而类别“{category}”没有受理异议的单位（请在 content/publisher.yml 写全县的 objections：unit 受理单位、phone 联系电话，可加 email、address；或在 content/vocabularies.yml 的该类别下写 objections）",
    "minor_needs": "未成年人条目须写{title}（请添加一行“{key}: …”）",
    "good_class_missing": "{category}须写好人类别（请添加 good_class，可选：{allowed}）",
    "good_class_not_allowed": "{category}不分好人类别（请删掉 good_class）",
    "subject_not_allowed": "{category}的对象只能是 {allowed}（请改 subject）",
    "quarter_mismatch": "季度“{value}”与文件名“{stem}”不一致（请改成一致）",
    # --- issue 13: the editor's tools ---
    "new_choices": "可选（写序号或名称）：{choices}",
    "new_by_name": "可写{what}的编号，也可写它的名称或名称中的一段",
    "new_resolved": "{what}“{value}”即 {name}，编号 {id}",
    "new_ambiguous": "“{value}”对应多个{what}：{matches}（请写得更完整，或直接写编号）",
    "new_no_content": "找不到内容目录 {path}（请在项目文件夹里运行，或用 --content 指定）",
    "new_pair": "“{pair}”应写成 字段=值（例如 --set name=锦囊团）",
    "new_exists": "{path} 已存在（请换一个编号）",
    "new_outside": "{path} 不在内容文件夹 {content} 里（请换一个编号）",
    "new_id": "编号：{id}（由名称的拼音生成；要自己定，请用 --id）",
    "new_written": "已新建 {path}",
    "new_fix": "请按上面的提示修改这个文件，然后运行 wenming check。",
    "new_passed": "检查通过。",
    # --- editions -------------------------------------------------------------------------
    "edition_not_started": "{quarter} 还没有开始（从 {first} 起才能发布）",
    "edition_before_quarter": "发布日期 {day} 早于 {quarter} 的第一天 {first}（请核对 --date）",
    "edition_date_ahead": "发布日期 {day} 晚于今天 {today}（发布日期写实际发布的那一天，请核对 --date）",
    "edition_exists": "{quarter} 已于 {day} 发布过（已发布的季度不能重新发布；修改请写更正）",
    "edition_no_bulletin": "缺少 {quarter} 的简报（请添加 content/bulletins/{quarter}.yml）",
    "edition_bulletin_draft": "{quarter} 的简报还是草稿（定稿后删掉 draft: true）",
    "edition_notice_over": "荣誉 {id} 的公示期已于 {end} 结束，状态仍是“公示中”（请改为已认定或已撤销）",
    "edition_draft_left_out": "{id} 是草稿，不会收入本期",
    "frozen_changed": "这条记录属于已发布的 {quarter}，内容被修改了（请在 corrections 中加一条更正，写明 date 和 reason）",
    "frozen_added": "这条记录属于已发布的 {quarter}，但不在该期中（补录请在 corrections 中写明日期和原因）",
    "notice_over": "提示：公示期已于 {end} 结束，状态仍是“公示中”，网站上显示为“公示期满（待认定）”（认定后请把 status 改为 已认定；撤销请改为 已撤销 并写 withdrawn）",
    "declared_circles_differ": "提示：按坐标计算得 {computed} 个“15分钟文明实践服务圈”（步行半径 {radius} 米），publisher.yml 的 declared_circles 申报 {declared} 个，网站只显示计算得的个数（请给缺坐标的阵地补上 location，或把 declared_circles 改为 {computed}、不再申报就删掉这一项）",
    "withdrawn_in_future": "撤销（撤下）日期 {day} 晚于今天 {today}（撤销当天生效，请写实际撤销的日期）",
    "correction_in_future": "更正日期 {day} 晚于今天 {today}（更正记录的是已经做过的修改，请核对日期）",
    "frozen_draft": "这条记录属于已发布的 {quarter}，不能改成草稿让它消失（{how}）",
    "frozen_draft_honor": "撤下荣誉请写 status: 已撤销 和 withdrawn: 撤销日期",
    "frozen_draft_activity": "撤下活动请写 withdrawn: 撤下日期，并在 corrections 中加一条同日的更正写明原因",
    "frozen_draft_bulletin": "已发布的简报不能撤回；修改请在 corrections 中写明",
    "correction_before_edition": "更正日期 {day} 早于 {quarter} 的发布日期 {published}（更正发生在发布之后，请核对日期）",
    "frozen_deleted": "已发布的 {quarter} 中的记录 {id} 被删除了（已发布的记录不能删除：请恢复文件；撤下荣誉请把状态改为已撤销）",
    # --- issue 13: defaults and slips ---
    "site_url_missing": "mkdocs.yml 没有写 site_url：sitemap.xml 里没有网址，订阅源里的链接在阅读器里打不开（请在 mkdocs.yml 中写上网站的正式网址，例如 site_url: https://wenming.县名.gov.cn/）",
    "site_url_not_public_https": "mkdocs.yml 的 site_url {url} 不是 https 地址，而 content/publisher.yml 已写 sample: false（正式网站请写 https:// 开头的网址，例如 https://wenming.县名.gov.cn/）",
    "site_url_not_public_host": "mkdocs.yml 的 site_url {url} 是示例或本机的地址，而 content/publisher.yml 已写 sample: false（请改成网站的正式网址，例如 https://wenming.县名.gov.cn/）",
    "site_url_placeholder": "mkdocs.yml 的 site_url 还是示例网址 {url}，而 content/publisher.yml 已写 sample: false，正式网站不能用示例网址（请把 site_url 改成网站的正式网址，例如 https://wenming.县名.gov.cn/）",
    "file_name_space_end": "文件名“{name}”末尾有空格，不会被读取（请删去空格，改名为 {fix}）",
    "file_name_space": "文件名“{name}”里有空格，不会被读取（请删去空格，改名为 {fix}）",
    "file_name_fullwidth": "文件名“{name}”里有全角字符，不会被读取（请切换到半角输入，改名为 {fix}）",
    "file_name_case": "文件名“{name}”应以小写的 .yml 结尾，不会被读取（请改名为 {fix}）",
    "file_name_backup": "文件名“{name}”不以 .yml 结尾，像是编辑器留下的备份，不会被读取（不需要就删掉；是要用的记录，请改名为 {fix}）",
    "file_name_txt": "文件名“{name}”多了 .txt，常是记事本另存时加上的，不会被读取（请改名为 {fix}，保存类型选“所有文件”）",
    "file_name_no_suffix": "文件名“{name}”没有 .yml，不会被读取（请改名为 {fix}）",
    "missing_colon": "字段 {key} 后面少了冒号（请写成“{key}: 值”）",
    "wm_id_too_long": "编号“{value}”有 {length} 个字符，超过上限 {limit} 个（请缩短编号，例如 qindu-center）",
    "wm_count_too_big": "数量“{value}”有 {digits} 位数字，超过上限 {limit} 位（请核对是否多打了数字）",
    "wm_decimal_places": "经纬度“{value}”的小数超过 {limit} 位（请最多保留 {limit} 位小数，例如 108.70512）",
    "wm_phone_extension": "电话“{value}”的分机号有 {digits} 位，超过上限 {limit} 位（请核对分机号）",
    "missing_file": "缺少文件 {name}（请从示例内容复制一份再修改）",
    "too_many_problems": "这个文件错误太多，只列出了前 {shown} 处，另有 {more} 处没有列出（请先改正列出的错误，再重新检查）",
    # --- building the site ----------------------------------------------------------------
    "output_protected": "不能把网站生成到 {path}：它{what}，生成时会把那里原有的文件整个换掉（请用 -d 另选一个文件夹，例如 site）",
    "output_not_ours": "{path} 里已有别的文件，不是 wenming 生成的网站（没有 .wenming-site 标记），生成时会把它们整个换掉（请自己清空或删除这个文件夹，或用 -d 另选一个文件夹）",
    "output_foreign_files": "{path} 里有 {count} 个不是上次生成写入的文件：{files}，生成时会把它们删掉（请把它们移到别处，例如要发布的文件放进 docs/；或用 -d 另选一个文件夹）",
    "output_is_file": "{path} 是一个文件，不是文件夹（请用 -d 另选一个文件夹）",
    "output_mount_point": "{path} 是一个挂载点，不能在它的位置整体替换网站（请生成到它里面的一个子文件夹，例如 -d {path}/site）",
    "output_read_only": "无法写入 {path}：{reason}（请检查这里是否只读、当前用户有没有写入权限，或用 -d 另选一个文件夹）",
    "output_disk_full": "磁盘空间不足，网站没有生成完，{kept}（请清理磁盘空间后重新生成）",
    "output_os_error": "无法生成到 {path}：{reason}，{kept}（请检查这个文件夹后重新生成）",
    "build_kept": "{path} 保持原样",
    "build_none": "{path} 还没有网站",
    "build_failed": "生成失败，{kept}。",
    "build_without_plugin": "生成程序没有运行 wenming 插件，生成的网站里没有由 content/ 生成的页面，没有发布，{kept}（请检查 mkdocs.yml 的 plugins 里有 wenming，并用 MkDocs 1.x 或 ProperDocs 生成；不运行插件的生成程序如 Zensical，请先用 wenming export 导出）",
    "build_done": "网站已生成到 {path}",
    "build_waiting": "另一个 wenming build 正在生成 {path}，等它结束后再开始……",
    "build_lock_timeout": "另一个 wenming build 正在生成 {path}，等了 {seconds} 秒还没结束（请等它结束后再运行；确认没有别的生成在运行，可以重新运行）",
    "build_restored": "上次生成在替换网站时被中断，已把上一版网站恢复到 {path}",
    "build_interrupted": "生成被中断（{signal}），{kept}，临时文件已删除。",
    "build_interrupted_done": "生成被中断（{signal}），但新网站已经完整替换到 {path}。",
    "build_half_swapped": "替换网站时出错：{reason}，{path} 现在没有网站，上一版保存在 {old}（请重新运行 wenming build，它会先把上一版恢复回来）",
    # The practice map's settings in mkdocs.yml (site/map/page.py: problems_of).
    "map_walk_radius": "walk_radius 应为 100 到 5000 之间的米数，现在是 {value}。",
    "map_tiles_https": "map_tiles 必须以 https:// 开头，例如 https://t{{s}}.tianditu.gov.cn/…",
    "map_tiles_placeholders": "map_tiles 缺少占位符 {missing}。",
    "map_tiles_subdomains": "map_tiles 含 {{s}}，请在 map_tile_subdomains 中写出子域名，例如 01234567。",
    "map_tiles_datum": "map_tiles_datum 只能是 wgs84（天地图）或 gcj02（高德），现在是 {value}。",
    # The MkDocs plugin (plugin.py).
    "plugin_no_content": "找不到内容文件夹 {folder}（相对于 mkdocs.yml）。",
    "map_walk_radius_fix": "（请在 mkdocs.yml 的 wenming 设置中把 walk_radius 改为 100 到 5000 之间的数字，例如 1200，即步行约15分钟的距离）",
    "edit_url_not_https": "mkdocs.yml 中 wenming 的 edit_url 不是 https:// 开头的网址，编辑链接不会显示（请写代码仓库中 content/ 的编辑页网址，例如 https://github.com/组织/仓库/edit/main/content/，或删掉这一项）",
    "plugin_map_settings": "mkdocs.yml 中 wenming 的地图设置有误：\n{problems}",
    "plugin_admin_backend": "mkdocs.yml 中 wenming 的 admin_backend（表单编辑器登录的代码仓库）有误：\n{problems}",
    "plugin_admin_no_backend": "mkdocs.yml 中 wenming 打开了表单编辑器（admin: true），但没有写 admin_backend：发布的编辑器不知道该登录哪个代码仓库（会去连本机 127.0.0.1:8081）。请按 README 写上 admin_backend，例如 {{name: gitea, repo: county/wenming, base_url: https://git.county.example, …}}；只在本机试用请运行 wenming admin serve，或删掉 admin: true",
    "plugin_content_errors": "内容有错误，网站未生成：\n{report}",
    "plugin_docs_clash": "docs/{uri} 与生成的页面重名：页面都由 content/ 生成，请删除该文件。",
    "plugin_error_title": "内容有错误",
    "plugin_error_page": "改正页首列出的错误并保存后，本页会自动刷新。",
    "cli_no_config": "找不到配置文件 {path}",
    # wenming export (publish/export.py).
    "export_bad_config": "无法读取配置文件 {path}：{reason}（请先用 wenming build 检查它）",
    "export_config_head": "# 由 wenming export 生成：页面都已写进 docs/，不再需要 wenming 插件。\n# 用 mkdocs build 或 properdocs build 生成网站；下次导出会整体替换这个文件夹。\n",
    "export_done": "已导出到 {path}（{count} 个文件）：用 {epoch}mkdocs build -f {config} 生成网站",
    # --- the command line (cli.py) and publish/: option help, progress, refusals -----------
    # Option help (cli.py; the command docstrings stay in cli.py, where click reads them).
    "help_content": "内容目录（默认 content）。",
    "help_config": "MkDocs 配置文件。",
    "help_check_format": "报告格式：text 给人看，github 给 GitHub Actions 标注，json 给程序读。",
    "help_check_cache": "把每个文件的检查结果存进 {folder}/，下次只重读改过的文件。",
    "help_schema_content": "从这里的 vocabularies.yml 读取可选值，写进模式的枚举。",
    "help_site_dir": "网站输出目录（默认取 mkdocs.yml 的 site_dir，通常是 site）。",
    "help_engine": "生成程序：mkdocs（MkDocs 1.x）或 properdocs（MkDocs 1.x 的社区延续版）。",
    "help_port": "本机端口。",
    "help_new_set": "直接给出字段的值，可重复，例如 --set name=锦囊团。",
    "help_new_set_metavar": "字段=值",
    "help_new_id": "自定编号（默认由名称的拼音生成）。",
    "help_publish_date": "发布日期 YYYY-MM-DD（默认北京时间今天）。",
    "help_synth_scale": "规模：county 一个县（约 250 个站点、每年 3000 项活动），city 十个县，tiny 供测试。",
    "help_synth_seed": "随机种子：同一种子生成相同内容。",
    # wenming check, new, publish, serve, synth.
    "check_sub_folder": "{path} 是内容目录 {content} 里的一个记录文件夹，单独检查会缺少站点、词表等（请检查整个内容目录：wenming check {content}）",
    # click names an argument by its metavar in usage lines and errors ('内容目录' 的值不对)
    "metavar_content": "内容目录",
    "metavar_out": "输出目录",
    "metavar_quarter": "季度",
    "check_no_content": "找不到内容目录 {path}（请给出 content 目录的路径）",
    "check_passed": "检查通过：{sites} 个站点、{teams} 支服务队、{services} 个服务项目、{activities} 项活动、{honors} 条荣誉、{bulletins} 期简报、{points} 份积分公示（用时 {seconds:.2f} 秒）",
    "new_field_problem": "{field} — {problem}",
    "new_prompt": "{title}（{description}）",
    "publish_not_day": "“{value}”不是日期（请写成 2026-10-08 这样的格式）",
    "publish_left_out": "未收录：{line}",
    "publish_missing": "不能发布：{line}",
    "publish_done": "已发布 {quarter}（{day}）：收录 {total} 条记录，清单写入 {path}",
    "publish_commit": "请提交这个文件；此后修改本季度的记录须写更正。",
    "edition_header": "# 由 wenming publish 生成，记录本期发布时的内容指纹。请勿手改。\n",
    "serve_address": "预览地址：http://127.0.0.1:{port}/ （按 Ctrl+C 结束）",
    "synth_written": "已写入 {count} 个文件到 {path}（规模 {scale}，种子 {seed}）",
    "export_not_mapping": "不是键值表",
    # The places a build may not replace (publish/outputdir.py), in output_protected's {what}.
    "place_repository_root": "放 mkdocs.yml 的文件夹，即仓库本身",
    "place_config": "配置文件",
    "place_content": "内容文件夹",
    "place_docs_dir": "docs_dir 文件夹",
    "place_git_data": "git 仓库的数据文件夹",
    "place_custom_dir": "主题文件夹 custom_dir",
    "place_repository": "git 仓库",
    "place_is": "是{what}",
    "place_contains": "包含 {place}（{what}）",
    "place_inside": "在 {place}（{what}）里面",
    "place_files_more": "{files}等",
    # The note at the top of .wenming-site (publish/sitemarker.py), then its list's heading.
    "site_marker": "由 wenming build 生成：下次生成会整体替换这个文件夹，请不要在这里存放别的文件。\n",
    "site_marker_list": "# 本次生成写入的文件：\n",
    # Material's search worker changed under the segmentation fix (site/search/worker.py).
    "search_segmenter_changed": "Material 搜索插件的中文分词方法（SearchIndex._segment_chinese）已变化，无法改用本项目的分词：请检查 generator/plugin.py 与 generator/site/search/segment.py。",
    "export_needs_jieba": "导出的网站由 Material 的搜索用 jieba 给中文分词，但没有安装 jieba：请运行 pip install 'wenming[export]'。",
    "search_worker_changed": "Material 搜索脚本的中文分词函数已变化，无法修补：请检查 generator/site/search/worker.py。",
    # Rebuilds and the size of Material's index (issue 18; plugin.py, site/reuse.py).
    "build_previous_changed": "上一版网站的文件 {path} 在生成过程中被改动了，无法沿用：请重新运行 wenming build。",
    "build_reused": "沿用上一版网站中内容未变的 {reused} 个页面，重新生成 {rendered} 个。",
    "search_index_large": "提示：搜索索引 search/search_index.json 有 {size}，超过 {limit}：手机第一次搜索要先下载并载入整个索引，要等很久。网站较大时请在 mkdocs.yml 的 wenming 插件下写 search: pagefind（按需分块下载的搜索，见 README 的“Search backends”）。",
    "search_worker_query_changed": "Material 搜索脚本处理搜索词的函数已变化，无法加入拼音搜索：请检查 generator/site/search/worker.py。",
    # --- end of the command line's section ---------------------------------------------
    "export_no_site_url": "mkdocs.yml 没有写 site_url，导出的订阅源和 sitemap.xml 里的链接会打不开（请在 mkdocs.yml 中写上网站的正式网址，例如 site_url: https://wenming.县名.gov.cn/）",
    "cli_version": "%(prog)s 版本 %(version)s",
    "engine_missing": "没有安装生成程序 {engine}（请先 pip install {engine}，或去掉 --engine 用 MkDocs 生成）",
    "serve_port_busy": "端口 {port} 已被占用，可能已经有一个 wenming serve 在运行（请先关掉它，或用 -p 换一个端口，例如 -p {other}）",
    "serve_port_denied": "无法使用端口 {port}：{reason}（请用 -p 换一个大于 1024 的端口，例如 -p 8000）",
    # --- issue 16: 积分制 (records/points.py, check/points.py) ---
    "wm_month": "“{value}”不是月份（请写成 年-月，例如 2026-07）",
    "wm_month_range": "月份“{value}”的年份不对（只能是 {first} 至 {last} 年，请核对年份，例如 2026-07）",
    "points_boards_order": "红榜分数线 {red} 不高于灰榜分数线 {grey}（请让 red 大于 grey，例如 red: 40、grey: 20）",
    "points_dimension_twice": "群众积分的方面写了两次（请删掉重复的一项）",
    "points_quarter_folder": "季度“{value}”与所在的季度文件夹不一致（请改成文件夹的季度，或把文件移到 points/{value}/ 文件夹）",
    "points_date_early": "公示日期 {value} 早于本季度第一天 {start}（请写本季度积分公示的日期）",
    "points_minor_consent": "未成年人登记积分必须取得监护人同意（取得书面同意后在这一项加一行 guardian_consent: true，或删去这一项）",
    "points_minor_public": "未成年人的积分原因不能公开（请删去 public: true）",
    "points_site_file": "站点“{value}”与文件名“{stem}”不一致（积分文件以嘎查村的站点编号命名：请把 site 改成 {stem}，或把文件改名为 {value}.yml）",
    "points_site_level": "站点“{value}”的级别是“{level}”，积分只记在嘎查村、社区的新时代文明实践站（请写级别为“站”的站点编号）",
    "points_month_outside": "月份 {value} 不在 {quarter} 内（本季度是 {first} 至 {last}：请改月份，或把这一条移到那个季度的积分文件）",
    "points_total": "季度合计写的是 {value}，各项加分减去减分是 {right}（请把 total 改成 {right}，或删去 total 让网站自动计算）",
    "points_entry_empty": "这一条既没有加分、减分，也没有一票否决（请写 add: 分数、deduct: 分数 或 veto: true，或删去这一条）",
    "points_entry_mixed": "一条积分只能写加分、减分、一票否决中的一项，这一条写了 {keys}（请拆成两条，各写月份和原因）",
    "points_reason_missing": "{key} 必须写原因（请在这一条加一行 reason: 原因；原因默认不公开，可以公开的再加 public: true）",
    "points_dimension_missing": "群众积分每一条都要写方面（请加一行 dimension: 方面，可选：{allowed}）",
    "points_dimension_unknown": "“{value}”不是本县的群众积分方面（{hint}可选：{allowed}；如需新增，请在 content/vocabularies.yml 的 points.dimensions 中添加）",
    "points_over_cap": "{month}“{dimension}”共加了 {value} 分，超过每月上限 {cap} 分（请核对分数；上限见 vocabularies.yml 的 points.dimensions）",
    "frozen_draft_points": "已发布季度的积分不能改成草稿；修改请在 corrections 中写明日期和原因",
    # --- issue 16: practice staff (records/staffing.py, check/staffing.py) ---
    "wm_office_phone_mobile": "办公电话会公开在网站上，不能填个人手机号 {value}（请填座机或服务热线；要保存手机号，请把手机号写到 private 下的 phone）",
    "staff_role_unknown": "“{value}”不是实践人员的岗位（{hint}可选：{allowed}；如需新增，请在 content/vocabularies.yml 的 staff_roles 中添加）",
    "staff_duplicate": "{role}“{value}”写了两次，第一次在第 {first} 行（同一人同一岗位只写一项，请删掉其中一项）",
    "staff_required_missing": "提示：{level}须配备{role}（vocabularies.yml 的 staff_required 这样要求），本阵地还没有登记（请在 staff 中加一项 role: {role}，写上姓名 name 和办公电话 phone）",
    "staff_required_level": "staff_required 里的“{value}”不是站点级别（只能为 {levels} 写必配岗位：请改成其中之一）",
    "staff_required_role": "必配岗位“{value}”不在 staff_roles 里（可选：{roles}；请改成其中之一，或先在 staff_roles 中加上“{value}”）",
    "training_type_unknown": "培训类活动类型“{value}”不在 activity_types 里（{hint}请改成其中之一，或先在 activity_types 中加上“{value}”）",
    # --- issue 16: 活动预告 (activities announced ahead) and calendars ---------------------
    "wm_clock_format": "时间“{value}”的写法不对（请写成 24 小时制的 {fix}，用英文冒号）",
    "wm_clock_shape": "“{value}”不是时间（请写成 24 小时制的 时:分，例如 19:30）",
    "activity_no_sessions": "已举办的活动须填写场次（请添加一行“sessions: 场次”；活动还没有举办，请写 status: 预告）",
    "activity_no_attendance": "已举办的活动须填写人次（请添加一行“attendance: 人次”；活动还没有举办，请写 status: 预告）",
    "activity_end_time_alone": "写了结束时间却没有开始时间（请添加 start_time，例如 start_time: 19:30；不知道时间就删掉 end_time）",
    "activity_time_reversed": "结束时间不晚于开始时间（请核对 start_time 和 end_time，用 24 小时制，晚上 9 点写 21:00；跨多天的活动，时间是每天的开始和结束时间）",
    "edition_announced_over": "活动 {id} 已于 {day} 举办，状态仍是“预告”（请填写 sessions 和 attendance，并把 status 改为 已举办；没有举办请改为 已取消）",
    "activity_announced_past": "提示：活动已于 {day} 举办，状态仍是“预告”，网站上已不再预告它（请填写 sessions 和 attendance，并把 status 改为 已举办；没有举办请改为 已取消）",
}

# Hints that fill a message's {hint} blank, by the situation they explain.
HINTS: dict[str, str] = {
    "draft_ref": "它还是草稿；请先发布它，或把本记录也标为草稿",  # unknown_ref to a draft
}

# `wenming export` shares the folder rules of `wenming build`; its refusals say export.
EXPORT_WORDING: dict[str, str] = {
    "不能把网站生成到": "不能把网站导出到",
    "生成时会": "导出时会",
    "请用 -d 另选一个文件夹，例如 site": "请另选一个导出文件夹，例如 wenming export export",
    "用 -d 另选一个文件夹": "另选一个导出文件夹",
    "例如要发布的文件放进 docs/；或": "或",
    "例如 -d ": "例如 wenming export ",
    "网站没有生成完": "网站没有导出完",
    "无法生成到": "无法导出到",
    "重新生成": "重新导出",
    "还没有网站": "还没有导出",
}

# The form editor at /admin/ (publish/cmsconfig.py, the admin page and its script).
ADMIN: dict[str, str] = {
    "collection": "{title}",
    "collection_quarter": "{title}（{quarter}）",
    "private_label": "{title}（不公开）",
    "private_hint": "不公开：这里的内容只用于检查，绝不出现在网站、搜索、订阅和下载中。",
    "date_in_quarter": "日期须在 {quarter} 内（{first} 至 {last}）；其他季度的记录请在该季度的栏目里新建",
    "pattern": "“{label}”的格式不对：{hint}",
    "too_long": "“{label}”最多写 {limit} 个字，请删短一些",
    "id_hint": "文件名就是编号（小写拼音、数字和连字符）；填写名称后会按拼音自动生成，保存前可以修改，保存后不能再改。",
    "js_id_taken": "编号 {id} 已经有一条记录在用，不能重复：请换一个编号（例如在后面加上 -2），或到列表里打开那条记录修改",
    "js_id_fixed": "编号就是文件名，保存后不能再改。",
    "js_no_media": "记录不用图片和附件，表单编辑器不上传文件：照片等请交给维护人员审核后再放上网站。",
    "js_named_fixed": "这条记录的文件名是 {value}，保存后不能改成别的：请改回 {value}；要换，请新建一条记录，再请管理员删除旧文件",
    "id_pattern": "编号只能有小写拼音字母、数字和连字符，不能有空格和汉字，最多 {limit} 个字符",
    "page_title": "编辑记录（表单编辑器）",
    "noscript": "表单编辑器需要启用 JavaScript。",
    "config_current": "{path} 已是最新。",
    "config_written": "已写入 {path}。",
    "config_stale": "{path} 与模型和词表不一致（请运行 wenming admin config 后提交）",
    "vendor_missing": "找不到表单编辑器的程序文件 {path}（请先在仓库里运行 npm ci，它按 package-lock.json 安装 decap-cms）",
    "not_a_repository": "这里不是 wenming 的内容仓库（{root} 里没有 mkdocs.yml）：请在仓库的根文件夹里运行",
    "no_content": "找不到内容文件夹 {folder}：请在仓库的根文件夹里运行，或用 --content 写明内容文件夹",
    "content_outside": "内容文件夹 {folder} 不在这个仓库里：表单编辑器只能改仓库里的文件，请写仓库里的文件夹",
    "content_empty": "内容文件夹 {folder} 里没有任何记录文件夹（sites、honors 等）：请写对内容文件夹，或先用 wenming new 建一条记录",
    "backend_name": "name 写的是 {name}，不是表单编辑器支持的代码仓库：请写 {names} 之一",
    "backend_repo": "repo 写的是 {repo}，要写成 所有者/仓库名，例如 county/wenming",
    "backend_https": "{key} 写的是 {value}，要写 https:// 开头的网址（登录和保存要走加密连接）",
    "proxy_missing": "找不到 decap-server（请先在仓库里运行 npm ci）",
    "page_port_in_use": "端口 {port} 已被别的程序占用，表单编辑器没有启动：请用 -p/--port 换一个端口，例如 wenming admin serve -p 8010",
    "page_port_refused": "不能在端口 {port} 上启动表单编辑器（{error}）：请用 -p/--port 换一个 1024 以上的端口",
    "proxy_port_in_use": "端口 {port} 已被别的程序占用，表单编辑器的本地代理（decap-server）没有启动：请用 --proxy-port 换一个端口，例如 wenming admin serve --proxy-port 8091",
    "proxy_died": "表单编辑器的本地代理（decap-server）意外退出（退出码 {code}），表单编辑器已停止",
    "serving": "表单编辑器：{url}admin/ （只在本机 127.0.0.1 上可用；按 Ctrl+C 结束）",
    "help_admin": "表单编辑器（/admin/）：生成配置、在本机试用。",
    "help_admin_config": "按模型和词表重新生成 admin/config.yml。",
    "help_admin_content": "内容文件夹（须在仓库里）：表单编辑器在这里读写记录，读取词表和季度文件夹。",
    "help_admin_check": "只检查 admin/config.yml 是否最新，不写文件。",
    "help_admin_serve": "在本机（127.0.0.1）启动表单编辑器和它的本地代理，直接改 content/ 里的文件。",
    "help_admin_install": "表单编辑器打开时（mkdocs.yml 中 admin: true），按 package-lock.json 安装它的程序（npm ci）；关闭时什么也不做。供发布流程使用。",
    "help_admin_config_file": "网站配置文件。",
    "install_off": "表单编辑器未打开（mkdocs.yml 中没有 admin: true），不需要安装。",
    "install_no_lock": "表单编辑器已打开，但找不到 {path}（它记录要安装的 decap-cms 版本）",
    "install_no_npm": "表单编辑器已打开，但找不到 npm：请在发布流程中先安装 Node.js（含 npm）",
    "install_failed": "npm ci 失败（退出码 {code}），表单编辑器的程序没有装好",
}

# Closing lines of a report.
SUMMARY: dict[str, str] = {
    "summary_errors": "共发现 {errors} 处错误，涉及 {files} 个文件；改正后请重新运行检查。",
    "summary_and_warnings": "另有 {warnings} 条提示，不影响发布，请留意。",
    "summary_warnings": "检查通过，另有 {warnings} 条提示，不影响发布，请留意。",
}
MESSAGES.update(SUMMARY)

# What click itself says (clitext.py), in Chinese; its placeholders are kept.
CLICK: dict[str, str] = {
    "Aborted!": "已取消。",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行 {command} {option} 查看用法。",
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本并退出。",
    "No such command {name!r}.": "没有 {name!r} 这个命令。",
    "No such option {name!r}.": "没有 {name!r} 这个选项。",
    "Did you mean {possibility}?": "是否想写 {possibility}？",
    "(Did you mean one of: {possibilities}?)": "（是否想写其中之一：{possibilities}？）",
    "Missing command.": "缺少命令。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值不对：{message}",
    "Invalid value: {message}": "值不对：{message}",
    "Got unexpected extra argument ({args})": "多了参数（{args}）",
    "Got unexpected extra arguments ({args})": "多了参数（{args}）",
    "Option {name!r} requires an argument.": "选项 {name!r} 后面要写一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项 {name!r} 后面要写 {nargs} 个值。",
    "{value!r} is not {choice}.": "{value!r} 不是 {choice}。",
    "{value!r} is not one of {choices}.": "{value!r} 不是可选的值（可选：{choices}）。",
    "{value} is not in the range {range}.": "{value} 不在 {range} 的范围内。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是数字。",
    "{name} {filename!r} does not exist.": "找不到 {filename!r}。",
    "{name} {filename!r} is a file.": "{filename!r} 是一个文件，这里要写文件夹。",
    "{name} {filename!r} is a directory.": "{filename!r} 是一个文件夹，这里要写文件。",
    "{name} {filename!r} is not readable.": "{filename!r} 不可读。",
    "{name} {filename!r} is not writable.": "{filename!r} 不可写。",
    "default: {default}": "默认：{default}",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
}

HINT_FIELDS = "可用的字段：{fields}"
KEY_OF = "{field}“{key}”"
"""A key of a mapping field named in a report: 实践形式释义“评”."""
HINT_CLOSE = "是否想写 {close}？"
HINT_NONE = "请检查是否写错"
HINT_OPTIONS = "可选：{options}"
# What editors write for a fixed choice, and what they mean (map pickers name the datum).
ALIASES: dict[str, str] = {
    "高德": "gcj02",
    "高德地图": "gcj02",
    "腾讯": "gcj02",
    "腾讯地图": "gcj02",
    "gcj-02": "gcj02",
    "火星坐标": "gcj02",
    "百度": "bd09",
    "百度地图": "bd09",
    "bd-09": "bd09",
    "gps": "wgs84",
    "wgs-84": "wgs84",
    "天地图": "wgs84",
    "cgcs2000": "wgs84",
}


def for_export(sentence: str) -> str:
    """A sentence of the build's folder rules, as `wenming export` says it."""
    for build, export in EXPORT_WORDING.items():
        sentence = sentence.replace(build, export)
    return sentence


def say(kind: str, **args: Any) -> str:
    """The message for `kind` with its blanks filled; unknown kinds are a programming error."""
    return MESSAGES[kind].format(**args)


def suggest(value: str, choices: Iterable[str], *, listing: str = HINT_NONE) -> str:
    """ "是否想写 X？" for a near miss, else the given fallback hint."""
    options = sorted(set(choices))
    close = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
    if not close:
        close = [c for c in options if value and (value in c or c in value)][:1]
    return HINT_CLOSE.format(close=close[0]) if close else listing


def suggest_option(value: str, options: list[str]) -> str:
    """For a fixed choice: "是否想写 X？可选：…" for a near miss or a known alias, else the list."""
    listing = HINT_OPTIONS.format(options="、".join(options))
    alias = ALIASES.get(value.strip().lower())
    if alias in options:
        return HINT_CLOSE.format(close=alias) + listing
    hint = suggest(value, options, listing="")
    return hint + listing


def vocab_hint(value: str, options: list[str]) -> str:
    """The hint of `unknown_vocab`: a near miss, else the list; ends ready for the next clause."""
    hint = suggest(value, options, listing=HINT_OPTIONS.format(options="、".join(options)))
    return hint if hint.endswith("？") else hint + "；"


def field_label(key: str, title: str | None) -> str:
    """How a field is named in a report: `level（级别）`."""
    return f"{key}（{title}）" if title else key


_YAML_ERRORS = (
    ("mapping values are not allowed", "yaml_colon_in_value"),
    ("could not find expected ':'", "yaml_indent"),
    ("expected <block end>", "yaml_indent"),
    ("did not find expected key", "yaml_indent"),
    ("did not find expected '-'", "yaml_indent"),
    ("found unexpected end of stream", "yaml_quote"),
    ("found unknown escape character", "yaml_escape"),
    ("did not find expected ',' or ']'", "yaml_bracket"),
    ("did not find expected ',' or '}'", "yaml_bracket"),
    ("expected ',' or ']'", "yaml_bracket"),
    ("expected ',' or '}'", "yaml_bracket"),
    ("found character that cannot start any token", "yaml_special_start"),
    ("found undefined tag handle", "tag"),
    ("non-printable", "control_char"),
)


def yaml_error_kind(problem: str) -> tuple[str, dict[str, str]]:
    """Map PyYAML's English problem text to one of our kinds and its blanks."""
    for needle, kind in _YAML_ERRORS:
        if needle in problem:
            quoted = problem.split("'")[1] if problem.count("'") >= 2 else "?"
            return kind, {"char": quoted, "tag": quoted}
    return "yaml_syntax", {}
