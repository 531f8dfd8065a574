/**
 * Work on the server's operating system the customer wants to do itself ("we'd like to apply the OS patches ourselves",
 * "хотим сами настроить firewall"): only root allows it, so wanting it is asking for root. Written against
 * TextNormalizer's output.
 */
const OS_WORK = String.raw`((обновлени|обновля|обновит|патч)\w* (ос|операционн\w* систем\w*)|(update|patch|upgrad)\w* (the )?(os|operating system)|ос[- ]обновлени\w*|os (updates?|patch\w*|upgrades?)|(kernel|ядр\w*) (updates?|patch\w*|upgrades?|обновлени\w*)|apt(-get)? upgrades?|firewall\w*|файрвол\w*|фаервол\w*|брандмауер\w*|iptables|nftables|fail2ban|selinux|(siem|zabbix|edr|antivirus|антивирус\w*|мониторинг\w*|monitoring) (agent\w*|агент\w*)|агент\w* (siem|zabbix|edr|антивирус\w*|мониторинг\w*))`;
const SELF = String.raw`(сами|сам|сама|самостоятельно|своими силами|ourselves|myself|on our own|in-house)`;
const DESIRE = String.raw`(хоч\w*|хотим|хотят|хотел\w*|want\w*|would like|like to|wish\w*|планиру\w*|plan\w*|собира\w*)`;

export const OWN_OS_WORK = String.raw`\b${DESIRE}\b[^.!?\n]{0,40}\b(${SELF}\b[^.!?\n]{0,40}\b${OS_WORK}|${OS_WORK}[^.!?\n]{0,60}\b${SELF})\b`;
export const OWN_OS_WORK_ANCHORS = [
  'ос', 'os', 'operating', 'операционн', 'kernel', 'ядр', 'apt', 'firewall', 'файрвол', 'фаервол', 'брандмауер', 'iptables', 'nftables', 'fail2ban',
  'selinux', 'agent', 'агент',
] as const;
export const OWN_OS_WORK_LEADS = ['хоч', 'хот', 'want', 'like', 'wish', 'план', 'plan', 'собира'] as const;
